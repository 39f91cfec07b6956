import type { Key } from "ink";
import type { ContactKind } from "../../resume/contact-kinds.js";
import { actionFor, mouseActionFor, type Pressed } from "../keymap.js";
import { clampOffset } from "../pane/scroll-position.js";
import type { SearchState } from "../search/search-state.js";
import { copyLink, linkOutcome, openLink, startCopy } from "./link-update.js";
import { scrollAction } from "./scroll-actions.js";
import { closeSearch, editPrompt, jumpToMatch } from "./search-update.js";
import type { Effect, Found, Screen, ViewerEvent } from "./viewer-events.js";

/** What the viewer shows, owned by the app root and changed only by reduceViewer. */
export type ViewerState = {
	readonly active: number;
	readonly helpOpen: boolean;
	/** The contact's QR code is shown over the frame (in the screen-reader layout, the vCard's text). */
	readonly qrOpen: boolean;
	/** One offset per tab, then the help's and the vCard's (see shownTab); clamped where read, since the pane's size changes on resize. */
	readonly offsets: readonly number[];
	/** Absent when no search is on. */
	readonly search?: SearchState;
	/** The last query searched for, kept after Esc so that n and N can take it up again. */
	readonly lastQuery?: string;
	/** What just happened ("Opened …", "Copied …"), until the next key. */
	readonly status?: string;
	/** `y` was pressed: the next link key copies its link rather than opening it. */
	readonly copying: boolean;
	/** The résumé's links, by the kind of contact they reach. */
	readonly links: ReadonlyMap<ContactKind, string>;
	/** False where no browser can be launched (under `serve`): link keys copy instead. */
	readonly canOpenLinks: boolean;
};

/** A new state and the effects it asks for. */
export type Update = { readonly state: ViewerState; readonly effects: readonly Effect[] };

export type ViewerStart = {
	readonly active?: number;
	readonly links?: readonly { readonly kind: ContactKind; readonly url: string }[];
	readonly canOpenLinks?: boolean;
};

export function initialViewerState({ active = 0, links = [], canOpenLinks = true }: ViewerStart = {}): ViewerState {
	return {
		active,
		helpOpen: false,
		qrOpen: false,
		offsets: [],
		copying: false,
		links: new Map(links.map(({ kind, url }) => [kind, url])),
		canOpenLinks,
	};
}

/**
 * The index of the text shown, in `offsets` and for the layout: the active tab's, or past the
 * sections the help's (sectionCount) and the vCard's (sectionCount + 1) while they are open.
 */
export function shownTab({ active, helpOpen, qrOpen }: ViewerState, sectionCount: number): number {
	if (qrOpen) return sectionCount + 1;
	return helpOpen ? sectionCount : active;
}

/** The sections again, neither the help nor the QR code over them. */
function showingSections(state: ViewerState): ViewerState {
	return { ...state, helpOpen: false, qrOpen: false };
}

/** Nothing for the world to do. */
export function only(state: ViewerState): Update {
	return { state, effects: [] };
}

/**
 * The viewer's one reducer: pure, so a sequence of events can be replayed in a
 * test. Keys that arrive in one read (a held arrow, a paste, a slow SSH link)
 * each see the state the previous one left.
 */
export function reduceViewer(state: ViewerState, event: ViewerEvent): Update {
	switch (event.kind) {
		case "key":
			return reduceKey({ ...state, status: undefined }, event.input, event.key, event.screen, event.found);
		case "mouse": {
			const pressed = mouseActionFor(event.gesture);
			return pressed ? reduceAction(state, pressed, event.screen) : only(state);
		}
		case "opened":
			return linkOutcome(state, event.url, event.outcome);
	}
}

function reduceKey(state: ViewerState, input: string, key: Key, screen: Screen, found?: Found): Update {
	const pressed = actionFor(input, key);
	// Ctrl-C quits from everywhere, the search prompt and a pending `y` included.
	if (pressed?.action === "quit" && key.ctrl) return { state, effects: [{ kind: "quit" }] };
	// A window too small for the frame says "q quits", and nothing else shows: nothing else acts.
	if (screen.tooSmall) {
		const quits = pressed?.action === "quit" || pressed?.action === "escape";
		return quits ? { state, effects: [{ kind: "quit" }] } : only(state);
	}
	// Keys type into the search prompt while it is open: "g" there is a letter, not GitHub.
	if (state.search?.editing) return editPrompt(state, input, key, screen, found);
	if (state.copying) return copyLink({ ...state, copying: false }, pressed);
	return pressed ? reduceAction(state, pressed, screen, found) : only(state);
}

function reduceAction(state: ViewerState, pressed: Pressed, screen: Screen, found?: Found): Update {
	const { action } = pressed;
	const count = Math.max(1, screen.sectionCount);
	switch (action) {
		case "escape":
			if (state.qrOpen) return only({ ...state, qrOpen: false });
			if (state.helpOpen) return only({ ...state, helpOpen: false });
			if (state.search) return only(closeSearch(state));
			return { state, effects: [{ kind: "quit" }] };
		case "quit":
			return { state, effects: [{ kind: "quit" }] };
		case "toggleHelp":
			return only({ ...state, qrOpen: false, helpOpen: !state.helpOpen });
		// The QR code takes the help's place; closing it shows the tab it was opened over.
		case "toggleQr":
			return only({ ...state, helpOpen: false, qrOpen: !state.qrOpen });
		// The prompt is in the footer, the matches in the sections: the QR code makes way.
		case "search":
			return only({ ...state, qrOpen: false, search: { query: "", editing: true } });
		case "nextMatch":
		case "previousMatch":
			return only(jumpToMatch(state, action === "nextMatch" ? 1 : -1, screen, found));
		// Going round, as a browser's tabs do.
		case "previousTab":
			return only({ ...showingSections(state), active: (state.active - 1 + count) % count });
		case "nextTab":
			return only({ ...showingSections(state), active: (state.active + 1) % count });
		case "jumpToTab":
			return only(
				pressed.digit !== undefined && pressed.digit <= screen.sectionCount
					? { ...showingSections(state), active: pressed.digit - 1 }
					: state,
			);
		case "openLink":
			return pressed.contact ? openLink(state, pressed.contact) : only(state);
		case "copyLink":
			return startCopy(state);
		default: {
			let next = state;
			for (let time = 0; time < (pressed.times ?? 1); time++) next = scroll(next, action, screen);
			return only(next);
		}
	}
}

/** The shown pane scrolled as the action says, kept inside its text. */
function scroll(state: ViewerState, action: Pressed["action"], { sectionCount, shownLines, visibleLines }: Screen) {
	const tab = shownTab(state, sectionCount);
	const current = clampOffset(state.offsets[tab] ?? 0, shownLines, visibleLines);
	return withOffset(state, tab, clampOffset(scrollAction(action, current, visibleLines), shownLines, visibleLines));
}

export function withOffset(state: ViewerState, tab: number, offset: number): ViewerState {
	const offsets = [...state.offsets];
	offsets[tab] = offset;
	return { ...state, offsets };
}
