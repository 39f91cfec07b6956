import type { Key } from "ink";
import type { OpenOutcome } from "../../open-url.js";
import type { Match } from "../search/find-matches.js";

/** The pane as laid out when the event happened: what scrolling needs to know. */
export type Screen = {
	readonly sectionCount: number;
	/** Rows of the pane. */
	readonly visibleLines: number;
	/** Lines of the text shown now: the active tab's, or the help's or the vCard's while open (see shownTab). */
	readonly shownLines: number;
	/** The window is below the viewer's smallest: it shows "Enlarge…, q quits", and only quitting keys act. */
	readonly tooSmall?: boolean;
};

/**
 * The matches of a query over the header and the sections as laid out now, with
 * each section's length: what a jump to a match needs. The app adds it to a key's
 * event while a query is on or remembered.
 */
export type Found = {
	readonly query: string;
	readonly matches: readonly Match[];
	readonly sectionLines: readonly number[];
};

/** What the mouse did, once the app knows what lies under it. */
export type MouseGesture =
	| { readonly kind: "wheel"; readonly direction: "up" | "down" }
	| { readonly kind: "clickTab"; readonly tab: number };

/** Everything that changes the viewer: data only, never a callback. */
export type ViewerEvent =
	| {
			readonly kind: "key";
			/** What Ink's useInput reports for one key. */
			readonly input: string;
			readonly key: Key;
			readonly screen: Screen;
			readonly found?: Found;
	  }
	| { readonly kind: "mouse"; readonly gesture: MouseGesture; readonly screen: Screen }
	/** The outcome of an `open` effect, fed back by the effect runner. */
	| { readonly kind: "opened"; readonly url: string; readonly outcome: OpenOutcome };

/** What the reducer asks the world to do; one place (useViewer) carries it out. */
export type Effect =
	| { readonly kind: "open"; readonly url: string }
	/** Onto the reader's clipboard, through the terminal (OSC 52). */
	| { readonly kind: "copy"; readonly text: string }
	| { readonly kind: "quit" };
