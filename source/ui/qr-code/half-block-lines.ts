import type { QrMatrix } from "./qr-matrix.js";
import type { QrPaint } from "./qr-paint.js";

/** The light margin around a QR code that the standard asks for, in modules. */
export const QUIET_ZONE = 4;

/** Columns and rows a code of `modules` modules a side takes, quiet zone included, two modules a row. */
export function halfBlockSize(modules: number): { readonly columns: number; readonly rows: number } {
	const side = modules + 2 * QUIET_ZONE;
	return { columns: side, rows: Math.ceil(side / 2) };
}

/**
 * A QR code as text: one character cell per column of modules and per two rows of them (upper
 * and lower half blocks), inside its quiet zone, each row painted with `paint`. A code has an
 * odd number of rows: the last cell row's lower half is light, a sliver more of quiet zone.
 */
export function halfBlockLines(matrix: QrMatrix, paint: QrPaint): string[] {
	const side = matrix.length + 2 * QUIET_ZONE;
	const isDark = (x: number, y: number) => matrix[y - QUIET_ZONE]?.[x - QUIET_ZONE] === true;
	// Past the last row is light too: the quiet zone's sliver.
	const inked = (x: number, y: number) => isDark(x, y) === paint.inkIsDark;
	const lines: string[] = [];
	for (let y = 0; y < side; y += 2) {
		let row = "";
		for (let x = 0; x < side; x++) row += cell(inked(x, y), inked(x, y + 1));
		lines.push(paint.colour(row));
	}
	return lines;
}

function cell(upper: boolean, lower: boolean): string {
	if (upper && lower) return "█";
	if (upper) return "▀";
	if (lower) return "▄";
	return " ";
}
