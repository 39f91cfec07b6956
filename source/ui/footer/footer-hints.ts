import stringWidth from "string-width";
import type { Styles } from "../../render/styles.js";
import type { ContactKind } from "../../resume/contact-kinds.js";
import { type Action, KEYMAP } from "../keymap.js";

/** Between the hints and the scroll position on the footer's row. */
export const HINTS_POSITION_GAP = 2;

/** Between two hints in the footer. */
export const HINT_SEPARATOR = " · ";

/**
 * Hints a narrow footer gives up first. Help and quit are never given up:
 * the help lists everything else, and nobody should be left not knowing how to leave.
 */
const GIVEN_UP_FIRST: readonly Action[] = ["toggleQr", "openLink", "search", "lineDown", "nextTab"];

const HINTS = KEYMAP.flatMap((binding) =>
	binding.hint ? [{ action: binding.action, contact: binding.contact, hint: binding.hint }] : [],
);

/**
 * The footer's hints, in keymap order, as many as fit `columns`. A link's hint ("g GitHub") only
 * where the résumé has that link (`links`: the kinds of contact it has; all of them when not given).
 */
export function fittingHints(columns: number, links?: ReadonlySet<ContactKind>): string[] {
	let shown = HINTS.filter(({ contact }) => !contact || !links || links.has(contact));
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

/** "←→ sections · ↑↓ scroll · …" as far as `columns` allows, each key in the key colour. */
export function hintsText(styles: Styles, columns: number, links?: ReadonlySet<ContactKind>): string {
	return fittingHints(columns, links)
		.map((hint) => {
			const [key = "", ...words] = hint.split(" ");
			return `${styles.footerKey(key)} ${styles.footerText(words.join(" "))}`;
		})
		.join(styles.footerText(HINT_SEPARATOR));
}
