import type { Pressed } from "./keymap.js";
import { scrollAction } from "./scroll-actions.js";
import { clampOffset } from "./scroll-position.js";

/** What the viewer shows, owned by the app root and changed only by key presses. */
export type ViewerState = {
	readonly active: number;
	readonly helpOpen: boolean;
	/** One offset per tab, the help screen's last; clamped where read, since the pane's size changes on resize. */
	readonly offsets: readonly number[];
	readonly quitting: boolean;
};

export type PaneSize = { readonly totalLines: number; readonly visibleLines: number };

export type KeyEvent = {
	readonly pressed: Pressed;
	/** Esc quits, except over the help screen, which it closes. */
	readonly isEscape: boolean;
	readonly sectionCount: number;
	/** The size of a tab's text (or the help's, at index sectionCount) as laid out now. */
	readonly paneSize: (tab: number) => PaneSize;
};

export function initialViewerState(active: number): ViewerState {
	return { active, helpOpen: false, offsets: [], quitting: false };
}

/**
 * A reducer, not setters closed over the last render: keys that arrive in one
 * read (a held arrow, a paste, a slow SSH link) each see the state the previous
 * one left.
 */
export function reduceViewer(state: ViewerState, { pressed, isEscape, sectionCount, paneSize }: KeyEvent): ViewerState {
	const { action } = pressed;
	if (state.helpOpen && (action === "toggleHelp" || (action === "quit" && isEscape)))
		return { ...state, helpOpen: false };
	switch (action) {
		case "quit":
			return { ...state, quitting: true };
		case "toggleHelp":
			return { ...state, helpOpen: true };
		case "previousTab":
			return { ...state, helpOpen: false, active: Math.max(0, state.active - 1) };
		case "nextTab":
			return { ...state, helpOpen: false, active: Math.min(sectionCount - 1, state.active + 1) };
		case "jumpToTab":
			return pressed.digit !== undefined && pressed.digit <= sectionCount
				? { ...state, helpOpen: false, active: pressed.digit - 1 }
				: state;
		case "openGithub":
		case "openWebsite":
		case "openPdf":
		case "openEmail":
			return state;
		default: {
			const tab = state.helpOpen ? sectionCount : state.active;
			const { totalLines, visibleLines } = paneSize(tab);
			const current = clampOffset(state.offsets[tab] ?? 0, totalLines, visibleLines);
			const next = clampOffset(scrollAction(action, current, visibleLines), totalLines, visibleLines);
			const offsets = [...state.offsets];
			offsets[tab] = next;
			return { ...state, offsets };
		}
	}
}
