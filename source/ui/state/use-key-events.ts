import { type Key, useInput } from "ink";
import type { ViewerEvent } from "./viewer-events.js";
import type { ViewerState } from "./viewer-state.js";

type KeyEvent = Extract<ViewerEvent, { kind: "key" }>;

export type KeyEvents = {
	readonly dispatch: (event: ViewerEvent) => void;
	/** The state as the previous key left it (see useViewer). */
	readonly current: () => ViewerState;
	/** What a key's event carries besides the key, as laid out now for that state. */
	readonly context: (state: ViewerState) => Pick<KeyEvent, "screen" | "found">;
	readonly isActive: boolean;
};

/** Each key Ink reads, as one `key` event. */
export function useKeyEvents({ dispatch, current, context, isActive }: KeyEvents): void {
	useInput(
		(text: string, key: Key) => {
			// Characters typed faster than they are read ("/go", a paste) come as one string:
			// each is a key of its own, and "/" may open the prompt the rest is typed into.
			const keys =
				text.length > 1 && isPlainText(key)
					? [...text].map((character) => keyOf(character, key))
					: [[text, key] as const];
			for (const [input, characterKey] of keys)
				dispatch({ kind: "key", input, key: characterKey, ...context(current()) });
		},
		{ isActive },
	);
}

/**
 * The key a character of such a string stands for, as Ink would report it alone:
 * Enter, Backspace, Tab, or Ctrl and a letter (a Ctrl-C typed right after "/x").
 */
function keyOf(character: string, key: Key): readonly [string, Key] {
	if (character === "\r" || character === "\n") return [character, { ...key, return: true }];
	if (character === "\u007F" || character === "\b") return [character, { ...key, backspace: true }];
	if (character === "\t") return [character, { ...key, tab: true }];
	const code = character.charCodeAt(0);
	if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...key, ctrl: true }];
	return [character, key];
}

/** Printable characters, with no named key or modifier that would give the string another meaning. */
function isPlainText(key: Key): boolean {
	return !(key.ctrl || key.meta || key.escape || key.return || key.tab || key.backspace || key.delete);
}
