import type { Pressed } from "./keymap.js";
import { scrollAction } from "./scroll-actions.js";
import { clampOffset } from "./scroll-position.js";
import type { Match } from "./search/find-matches.js";
import { editQuery, type SearchState, stepMatch } from "./search/search-state.js";

/** What the viewer shows, owned by the app root and changed only by key presses. */
export type ViewerState = {
	readonly active: number;
	readonly helpOpen: boolean;
	/** One offset per tab, the help screen's last; clamped where read, since the pane's size changes on resize. */
	readonly offsets: readonly number[];
	readonly quitting: boolean;
	/** Absent when no search is on. */
	readonly search?: SearchState;
};

export type PaneSize = { readonly totalLines: number; readonly visibleLines: number };

export type KeyEvent = {
	readonly kind: "key";
	readonly pressed: Pressed;
	/** Esc quits, except over the help screen, which it closes. */
	readonly isEscape: boolean;
	readonly sectionCount: number;
	/** The size of a tab's text (or the help's, at index sectionCount) as laid out now. */
	readonly paneSize: (tab: number) => PaneSize;
	/** Every match of the search's query, in reading order (place -1 is the header). */
	readonly matches: () => readonly Match[];
};

/** A key typed into the search prompt. */
export type SearchInputEvent = {
	readonly kind: "searchInput";
	readonly input: string;
	readonly key: {
		readonly backspace: boolean;
		readonly delete: boolean;
		readonly return: boolean;
		readonly escape: boolean;
	};
	readonly sectionCount: number;
	readonly paneSize: (tab: number) => PaneSize;
	readonly matches: (query: string) => readonly Match[];
};

export type ViewerEvent = KeyEvent | SearchInputEvent;

export function initialViewerState(active: number): ViewerState {
	return { active, helpOpen: false, offsets: [], quitting: false };
}

/**
 * A reducer, not setters closed over the last render: keys that arrive in one
 * read (a held arrow, a paste, a slow SSH link) each see the state the previous
 * one left.
 */
export function reduceViewer(state: ViewerState, event: ViewerEvent): ViewerState {
	return event.kind === "searchInput" ? reduceSearchInput(state, event) : reduceKey(state, event);
}

function reduceKey(state: ViewerState, { pressed, isEscape, sectionCount, paneSize, matches }: KeyEvent): ViewerState {
	const { action } = pressed;
	if (state.helpOpen && (action === "toggleHelp" || (action === "quit" && isEscape)))
		return { ...state, helpOpen: false };
	// Esc ends a search before it quits anything.
	if (state.search && action === "quit" && isEscape) return withoutSearch(state);
	switch (action) {
		case "quit":
			return { ...state, quitting: true };
		case "toggleHelp":
			return { ...state, helpOpen: true };
		case "search":
			return { ...state, search: { query: "", editing: true } };
		case "nextMatch":
		case "previousMatch": {
			if (!state.search) return state;
			const all = matches();
			const current = stepMatch(state.search.current, all.length, action === "nextMatch" ? 1 : -1);
			return jumpTo(
				{ ...state, search: { ...state.search, ...(current === undefined ? {} : { current }) } },
				all[current ?? -1],
				paneSize,
			);
		}
		case "previousTab":
			return { ...state, helpOpen: false, active: Math.max(0, state.active - 1) };
		case "nextTab":
			return { ...state, helpOpen: false, active: Math.min(sectionCount - 1, state.active + 1) };
		case "jumpToTab":
			return pressed.digit !== undefined && pressed.digit <= sectionCount
				? { ...state, helpOpen: false, active: pressed.digit - 1 }
				: state;
		case "openLink":
			return state;
		default: {
			const tab = state.helpOpen ? sectionCount : state.active;
			const { totalLines, visibleLines } = paneSize(tab);
			const current = clampOffset(state.offsets[tab] ?? 0, totalLines, visibleLines);
			const next = clampOffset(scrollAction(action, current, visibleLines), totalLines, visibleLines);
			return withOffset(state, tab, next);
		}
	}
}

function reduceSearchInput(state: ViewerState, { input, key, paneSize, matches }: SearchInputEvent): ViewerState {
	const search = state.search;
	if (!search) return state;
	if (key.escape) return withoutSearch(state);
	if (key.return) {
		const all = matches(search.query);
		if (all.length === 0)
			return search.query === "" ? withoutSearch(state) : { ...state, search: { ...search, editing: false } };
		return jumpTo({ ...state, search: { query: search.query, editing: false, current: 0 } }, all[0], paneSize);
	}
	// Backspace on an empty prompt closes it, as in less and vim.
	if ((key.backspace || key.delete) && search.query === "") return withoutSearch(state);
	return { ...state, search: { query: editQuery(search.query, input, key), editing: true } };
}

/** The match's tab shown, its first line scrolled into view with a little context above. */
function jumpTo(state: ViewerState, match: Match | undefined, paneSize: (tab: number) => PaneSize): ViewerState {
	if (!match) return state;
	const shown = match.place < 0 ? { ...state, helpOpen: false } : { ...state, helpOpen: false, active: match.place };
	if (match.place < 0) return shown;
	const { totalLines, visibleLines } = paneSize(match.place);
	const offset = clampOffset(shown.offsets[match.place] ?? 0, totalLines, visibleLines);
	if (match.line >= offset && match.line < offset + visibleLines) return shown;
	const context = Math.min(CONTEXT_LINES, Math.floor(visibleLines / 3));
	return withOffset(shown, match.place, clampOffset(match.line - context, totalLines, visibleLines));
}

/** Lines kept above a match scrolled into view, so it is seen in its paragraph. */
const CONTEXT_LINES = 2;

function withOffset(state: ViewerState, tab: number, offset: number): ViewerState {
	const offsets = [...state.offsets];
	offsets[tab] = offset;
	return { ...state, offsets };
}

function withoutSearch({ search: _search, ...state }: ViewerState): ViewerState {
	return state;
}
