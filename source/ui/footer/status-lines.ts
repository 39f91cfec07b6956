import stringWidth from "string-width";
import { cutToWidth, wrapHanging } from "../../render/wrap.js";

/**
 * A footer status ("Could not start firefox: copy https://…") on as many rows
 * as it needs at `width` columns, so the URL a reader is told to copy is never
 * cut. Only a window too small to give it `maxRows` rows ends it with "…".
 */
export function statusLines(status: string, width: number, maxRows: number): string[] {
	const lines = wrapHanging(status, width, "");
	const rows = Math.max(1, maxRows);
	if (lines.length <= rows) return lines;
	const last = lines[rows - 1] ?? "";
	const shortened = stringWidth(last) < width ? last : (cutToWidth(last, Math.max(1, width - 1))[0] ?? "");
	return [...lines.slice(0, rows - 1), `${shortened}…`];
}
