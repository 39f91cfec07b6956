/** A search in progress: typed in the footer's prompt, then browsed with n/N. */
export type SearchState = {
	readonly query: string;
	/** The prompt is open and keys type into it; false once Enter was pressed. */
	readonly editing: boolean;
	/** Index of the current match among all matches, once one was jumped to. */
	readonly current?: number;
};

/** What a key does to the prompt's text, as in a shell's line editor. */
export function editQuery(
	query: string,
	input: string,
	key: { readonly backspace: boolean; readonly delete: boolean; readonly ctrl: boolean; readonly meta: boolean },
): string {
	if (key.backspace || key.delete) return [...query].slice(0, -1).join("");
	if (key.ctrl && input === "u") return "";
	// The word before the cursor, and the spaces after it.
	if (key.ctrl && input === "w") return query.replace(/\S*\s*$/u, "");
	// Other control keys type nothing: Ctrl-X is not an "x".
	if (key.ctrl || key.meta) return query;
	// Printable text only: a paste may bring several characters at once, never a control character.
	// biome-ignore lint/suspicious/noControlCharactersInRegex: what is removed is control characters
	return query + input.replace(/[\u0000-\u001F\u007F-\u009F]/g, "");
}

/** The match after (step 1) or before (step -1) the current one, going round. */
export function stepMatch(current: number | undefined, count: number, step: 1 | -1): number | undefined {
	if (count === 0) return undefined;
	if (current === undefined) return step === 1 ? 0 : count - 1;
	return (current + step + count) % count;
}
