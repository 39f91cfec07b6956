import type { Key } from "ink";
import { clampOffset } from "../pane/scroll-position.js";
import type { Match } from "../search/find-matches.js";
import { editQuery, stepMatch } from "../search/search-state.js";
import type { Found, Screen } from "./viewer-events.js";
import { only, type Update, type ViewerState, withOffset } from "./viewer-state.js";

/** A key typed while the search prompt is open. */
export function editPrompt(state: ViewerState, input: string, key: Key, screen: Screen, found?: Found): Update {
	const search = state.search;
	if (!search) return only(state);
	if (key.escape) return only(closeSearch(state));
	if (key.return) {
		const matches = found?.query === search.query ? found.matches : [];
		if (matches.length === 0)
			return only(search.query === "" ? closeSearch(state) : { ...state, search: { ...search, editing: false } });
		const started = { ...state, search: { query: search.query, editing: false, current: 0 }, lastQuery: search.query };
		return only(jumpTo(started, matches[0], found?.sectionLines ?? [], screen));
	}
	// Backspace on an empty prompt closes it, as in less and vim.
	if ((key.backspace || key.delete) && search.query === "") return only(closeSearch(state));
	return only({ ...state, search: { query: editQuery(search.query, input, key), editing: true } });
}

/** n or N: the next or previous match of the search on, or of the last one (taken up again after Esc). */
export function jumpToMatch(state: ViewerState, step: 1 | -1, screen: Screen, found?: Found): ViewerState {
	const search = state.search ?? (state.lastQuery ? { query: state.lastQuery, editing: false } : undefined);
	if (!search || found?.query !== search.query) return state;
	const current = stepMatch(search.current, found.matches.length, step);
	return jumpTo(
		{ ...state, search: { ...search, current } },
		current === undefined ? undefined : found.matches[current],
		found.sectionLines,
		screen,
	);
}

/** The search ended: its query stays for n and N. */
export function closeSearch({ search, ...state }: ViewerState): ViewerState {
	return search?.query ? { ...state, lastQuery: search.query } : state;
}

/** Lines kept above a match scrolled into view, so it is seen in its paragraph. */
const CONTEXT_LINES = 2;

/** The match's tab shown, its first line scrolled into view with a little context above. */
function jumpTo(
	state: ViewerState,
	match: Match | undefined,
	sectionLines: readonly number[],
	{ visibleLines }: Screen,
): ViewerState {
	if (!match) return state;
	if (match.place < 0) return { ...state, helpOpen: false, qrOpen: false };
	const shown = { ...state, helpOpen: false, qrOpen: false, active: match.place };
	const totalLines = sectionLines[match.place] ?? 0;
	const offset = clampOffset(shown.offsets[match.place] ?? 0, totalLines, visibleLines);
	if (match.line >= offset && match.line < offset + visibleLines) return shown;
	const context = Math.min(CONTEXT_LINES, Math.floor(visibleLines / 3));
	return withOffset(shown, match.place, clampOffset(match.line - context, totalLines, visibleLines));
}
