import { compact } from "../compact.js";
import type { Collected } from "./collected.js";

/** Where unmapped lines sat in the résumé; absent fields are the header or a section's own text. */
export type Where = {
	readonly section?: string;
	readonly heading?: string;
	readonly date?: string;
};

/** Records lines nothing else holds; `always` keeps the entry even without lines (its heading is the content). */
export function keepUnmapped(into: Collected, where: Where, lines: readonly string[], always = false): void {
	if (lines.length > 0 || always) into.unmapped.push(compact({ ...where, lines }));
}
