import sliceAnsi from "slice-ansi";
import type { LineRange } from "./find-matches.js";

export type Highlight = { readonly range: LineRange; readonly style: (text: string) => string };

/** An ANSI line with the given column ranges restyled, its own colours and links kept around them. */
export function highlightLine(line: string, highlights: readonly Highlight[]): string {
	let result = "";
	let column = 0;
	for (const { range, style } of [...highlights].sort((a, b) => a.range.from - b.range.from)) {
		if (range.from < column) continue;
		result += sliceAnsi(line, column, range.from) + style(sliceAnsi(line, range.from, range.to));
		column = range.to;
	}
	return result + sliceAnsi(line, column);
}
