import stringWidth from "string-width";
import { opensUrl, shownContact } from "../../resume/contact-kinds.js";
import type { Basics, Contact } from "../../resume/model.js";
import { KEYMAP, linkBinding } from "../keymap.js";

/** The linear layout read to a screen reader: every row a sentence, no drawing. */
export type ScreenReaderLayout = {
	readonly intro: string;
	readonly links: readonly string[];
	readonly keys: string;
	/** Rows left for the section's text once the rest is laid out. */
	readonly paneHeight: number;
};

const MIN_PANE_ROWS = 3;
/** The tab list's rows and the position row. */
const TAB_LIST_EXTRA_ROWS = 1;

export function screenReaderLayout(
	basics: Basics,
	sectionCount: number,
	columns: number,
	rows: number,
): ScreenReaderLayout {
	const intro = [basics.name, basics.title, basics.location].filter(Boolean).join(", ");
	const links = basics.contacts.map(spokenLink);
	const keys = `Keys: ${KEYMAP.flatMap((binding) => (binding.spokenHint ? [binding.spokenHint] : [])).join("; ")}.`;
	// Ink wraps what it writes to the width: count the rows each sentence really takes,
	// so the whole output fits the screen and Ink can erase it before the next one.
	const fixedRows =
		[intro, ...links, keys].reduce((total, line) => total + rowsOf(line, columns), 0) +
		sectionCount +
		TAB_LIST_EXTRA_ROWS +
		1;
	return { intro, links, keys, paneHeight: Math.max(MIN_PANE_ROWS, rows - 1 - fixedRows) };
}

function spokenLink(contact: Contact): string {
	const key = linkBinding(contact.kind)?.label;
	const address = shownContact(contact);
	const name = contact.label === address ? "" : `${contact.label}, `;
	return `${name}${address}${key ? `, press ${key} to ${opensUrl(contact.kind) ? "open" : "copy"}` : ""}`;
}

function rowsOf(text: string, columns: number): number {
	return Math.max(1, Math.ceil(stringWidth(text) / Math.max(1, columns)));
}

/** "Lines 12 to 31 of 96" rather than "12–31 of 96". */
export function spokenPosition(offset: number, visible: number, total: number): string {
	if (total <= visible) return `All ${total} lines shown.`;
	return `Lines ${offset + 1} to ${Math.min(total, offset + visible)} of ${total}.`;
}
