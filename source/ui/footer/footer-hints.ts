import stringWidth from "string-width";
import { type Action, KEYMAP } from "../keymap.js";

/** Between two hints in the footer. */
export const HINT_SEPARATOR = " · ";

/**
 * Hints a narrow footer gives up first. Help and quit are never given up:
 * the help lists everything else, and nobody should be left not knowing how to leave.
 */
const GIVEN_UP_FIRST: readonly Action[] = ["toggleQr", "openLink", "search", "lineDown", "nextTab"];

const HINTS = KEYMAP.flatMap((binding) => (binding.hint ? [{ action: binding.action, hint: binding.hint }] : []));

/** The footer's hints, in keymap order, as many as fit `columns`. */
export function fittingHints(columns: number): string[] {
	let shown = HINTS;
	for (const action of GIVEN_UP_FIRST) {
		if (widthOf(shown) <= columns) break;
		shown = shown.filter((hint) => hint.action !== action);
	}
	return shown.map(({ hint }) => hint);
}

function widthOf(hints: readonly { hint: string }[]): number {
	return hints.reduce(
		(total, { hint }, index) => total + stringWidth(hint) + (index > 0 ? HINT_SEPARATOR.length : 0),
		0,
	);
}
