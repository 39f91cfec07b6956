import stringWidth from "string-width";
import stripAnsi from "strip-ansi";
import { foldQuery, foldText } from "./fold-text.js";

/** Text that can be searched: the header (place -1) or a section's tab, as laid out lines. */
export type SearchPlace = { readonly place: number; readonly lines: readonly string[] };

/** Columns [from, to) of one laid-out line covered by a match. */
export type LineRange = { readonly line: number; readonly from: number; readonly to: number };

export type Match = {
	readonly place: number;
	/** The line the match starts on: what is scrolled into view. */
	readonly line: number;
	/** A match can run on from one wrapped line to the next. */
	readonly ranges: readonly LineRange[];
};

type Position = { readonly line: number; readonly index: number };

/**
 * Every match of `query` in the places, in reading order. Lines are searched
 * as one text (a phrase wrapped over two lines is still found), case, accents
 * and spacing folded away (see foldText).
 */
export function findMatches(places: readonly SearchPlace[], query: string): Match[] {
	const needle = foldQuery(query);
	if (needle === "") return [];
	return places.flatMap(({ place, lines }) => matchesIn(place, lines, needle));
}

function matchesIn(place: number, lines: readonly string[], needle: string): Match[] {
	const plain = lines.map((line) => stripAnsi(line));
	let haystack = "";
	const origins: Position[] = [];
	plain.forEach((text, line) => {
		const folded = foldText(text);
		// Wrapping took a space away between two lines: put one back.
		if (haystack !== "" && !haystack.endsWith(" ") && !folded.text.startsWith(" ")) {
			haystack += " ";
			origins.push({ line, index: 0 });
		}
		haystack += folded.text;
		for (const index of folded.origin) origins.push({ line, index });
	});

	const matches: Match[] = [];
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
		const start = origins[at];
		const last = origins[at + needle.length - 1];
		if (!start || !last) continue;
		matches.push({ place, line: start.line, ranges: rangesBetween(plain, start, last) });
	}
	return matches;
}

/** The columns covered from `start` to `last` (included), line by line. */
function rangesBetween(plain: readonly string[], start: Position, last: Position): LineRange[] {
	const ranges: LineRange[] = [];
	for (let line = start.line; line <= last.line; line++) {
		const text = plain[line] ?? "";
		const fromIndex = line === start.line ? start.index : text.length - text.trimStart().length;
		const toIndex = line === last.line ? endOfCharacter(text, last.index) : text.trimEnd().length;
		if (toIndex > fromIndex) {
			ranges.push({
				line,
				from: stringWidth(text.slice(0, fromIndex)),
				to: stringWidth(text.slice(0, toIndex)),
			});
		}
	}
	return ranges;
}

function endOfCharacter(text: string, index: number): number {
	const codePoint = text.codePointAt(index);
	return index + (codePoint !== undefined && codePoint > 0xffff ? 2 : 1);
}
