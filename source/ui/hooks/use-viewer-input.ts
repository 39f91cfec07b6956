import { type Key, useInput } from "ink";
import type { OpenOutcome } from "../../open-url.js";
import type { Contact } from "../../resume/model.js";
import { actionFor } from "../keymap.js";
import { openActionStatus } from "../open-contact.js";
import type { Match } from "../search/find-matches.js";
import type { PaneSize, ViewerEvent, ViewerState } from "../viewer-state.js";

export type ViewerInput = {
	readonly apply: (event: ViewerEvent) => void;
	/** The state as the previous key left it (see useViewerState). */
	readonly current: () => ViewerState;
	readonly sectionCount: number;
	readonly paneSize: (tab: number) => PaneSize;
	readonly matchesFor: (query: string) => readonly Match[];
	readonly contacts: readonly Contact[];
	readonly openUrl: (url: string) => Promise<OpenOutcome>;
	readonly setStatus: (status: string | undefined) => void;
	readonly isActive: boolean;
};

/** Keys to viewer events: the keymap's actions, or text for the search prompt. */
export function useViewerInput(input: ViewerInput): void {
	useInput(
		(text: string, key: Key) => {
			input.setStatus(undefined);
			// Characters typed faster than they are read ("/go", a paste) come as one string:
			// each is a key of its own, and "/" may open the prompt the rest is typed into.
			const keys =
				text.length > 1 && isPlainText(key)
					? [...text].map((character) => [character, keyOf(character, key)] as const)
					: [[text, key] as const];
			for (const [character, characterKey] of keys) handleKey(input, character, characterKey);
		},
		{ isActive: input.isActive },
	);
}

function handleKey(input: ViewerInput, text: string, key: Key): void {
	const common = { sectionCount: input.sectionCount, paneSize: input.paneSize };
	const before = input.current();
	// Keys type into the search prompt while it is open: "g" there is a letter, not GitHub.
	if (before.search?.editing) {
		input.apply({ kind: "searchInput", input: text, key, ...common, matches: input.matchesFor });
		return;
	}
	const pressed = actionFor(text, key);
	if (!pressed) return;
	if (pressed.contact) openActionStatus(pressed.contact, input.contacts, input.openUrl, input.setStatus);
	input.apply({
		kind: "key",
		pressed,
		isEscape: key.escape,
		...common,
		matches: () => input.matchesFor(before.search?.query ?? ""),
	});
}

/** The key a character of such a string stands for: Enter and Backspace may be among them. */
function keyOf(character: string, key: Key): Key {
	if (character === "\r" || character === "\n") return { ...key, return: true };
	if (character === "\u007F" || character === "\b") return { ...key, backspace: true };
	if (character === "\t") return { ...key, tab: true };
	return key;
}

/** Printable characters, with no named key or modifier that would give the string another meaning. */
function isPlainText(key: Key): boolean {
	return !(key.ctrl || key.meta || key.escape || key.return || key.tab || key.backspace || key.delete);
}
