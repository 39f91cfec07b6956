import type { Match } from "../search/find-matches.js";
import type { Found, Screen } from "./viewer-events.js";
import { shownTab, type ViewerState } from "./viewer-state.js";

/** What the app has laid out when an event comes; the reducer gets numbers and matches from it, never a callback. */
export type LaidOut = {
	readonly sectionCount: number;
	/** Rows of the pane. */
	readonly visibleLines: number;
	/** Lines of a tab's text as laid out now, the help's and the vCard's after the sections' (see shownTab). */
	readonly linesIn: (tab: number) => number;
	readonly matchesFor: (query: string) => readonly Match[];
	/** The window is too small for the frame (see Screen). */
	readonly tooSmall: boolean;
};

/** The pane the state shows: what scrolling it needs. */
export function screenFor(viewer: ViewerState, laidOut: LaidOut): Screen {
	const { sectionCount, visibleLines, linesIn, tooSmall } = laidOut;
	return { sectionCount, visibleLines, shownLines: linesIn(shownTab(viewer, sectionCount)), tooSmall };
}

/** Matches only while a query is on or remembered: the keys that jump to one need them. */
export function foundFor({ search, lastQuery }: ViewerState, laidOut: LaidOut): Found | undefined {
	const query = search?.query || lastQuery;
	if (!query) return undefined;
	const sectionLines = Array.from({ length: laidOut.sectionCount }, (_, tab) => laidOut.linesIn(tab));
	return { query, matches: laidOut.matchesFor(query), sectionLines };
}
