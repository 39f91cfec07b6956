import { useCallback, useMemo } from "react";
import type { SectionText } from "../pane/use-section-lines.js";
import { findMatches, type Match } from "./find-matches.js";
import { type Highlight, highlightLine } from "./highlight-line.js";
import type { SearchState } from "./search-state.js";

export type Search = {
	/** Every match of a query over the header and all sections, as laid out now. */
	readonly matchesFor: (query: string) => readonly Match[];
	readonly matches: readonly Match[];
	/**
	 * Lines of a place (-1 the header, else a tab) with the matches on them
	 * highlighted; `firstLine` is the index of the first one given in the place's text.
	 */
	readonly highlight: (place: number, lines: readonly string[], firstLine?: number) => readonly string[];
};

const NO_MATCHES: readonly Match[] = [];

/**
 * Without colour (NO_COLOR, --no-color) the theme styles nothing, yet matches
 * must still show: inverse video and underline are attributes, not colours.
 */
const COLOURLESS = {
	searchMatch: (text: string) => `\u001B[4m${text}\u001B[24m`,
	searchCurrent: (text: string) => `\u001B[7m${text}\u001B[27m`,
};

/**
 * Search over what the reader sees: the header's rows and each section's
 * wrapped lines. Matches follow the layout, so they are found again after a
 * resize; the current one is drawn differently from the others.
 */
export function useSearch(
	search: SearchState | undefined,
	headerRows: readonly string[],
	sectionCount: number,
	linesOf: (tab: number) => SectionText,
	styles: { readonly searchMatch: (text: string) => string; readonly searchCurrent: (text: string) => string },
): Search {
	const matchesFor = useCallback(
		(query: string) =>
			findMatches(
				[
					{ place: -1, lines: headerRows },
					...Array.from({ length: sectionCount }, (_, tab) => ({ place: tab, lines: linesOf(tab).lines })),
				],
				query,
			),
		[headerRows, sectionCount, linesOf],
	);
	const query = search?.query ?? "";
	const matches = useMemo(() => (query ? matchesFor(query) : NO_MATCHES), [matchesFor, query]);

	const highlightsByLine = useMemo(() => {
		const shown = styles.searchCurrent("x") === "x" ? COLOURLESS : styles;
		const byLine = new Map<string, Highlight[]>();
		matches.forEach((match, index) => {
			const style = index === search?.current ? shown.searchCurrent : shown.searchMatch;
			for (const range of match.ranges) {
				const key = `${match.place}:${range.line}`;
				byLine.set(key, [...(byLine.get(key) ?? []), { range, style }]);
			}
		});
		return byLine;
	}, [matches, search?.current, styles]);

	const highlight = useCallback(
		(place: number, lines: readonly string[], firstLine = 0) =>
			highlightsByLine.size === 0
				? lines
				: lines.map((line, index) => {
						const highlights = highlightsByLine.get(`${place}:${firstLine + index}`);
						return highlights ? highlightLine(line, highlights) : line;
					}),
		[highlightsByLine],
	);

	return { matchesFor, matches, highlight };
}

/** The footer's words for a search: the prompt while typing, then where one is among the matches. */
export function describeSearch(search: SearchState, matchCount: number): string {
	const count = matchCount === 0 ? "no match" : matchCount === 1 ? "1 match" : `${matchCount} matches`;
	if (search.editing)
		return `/${search.query}▏  ${search.query ? count : "type to search, Enter to jump, Esc to cancel"}`;
	if (search.current === undefined) return `no match for “${search.query}” · Esc ends the search`;
	return `match ${search.current + 1} of ${matchCount} · n next · N previous · Esc ends the search`;
}
