import type { LayoutOptions } from "../render/block-lines.js";
import { hyperlink } from "../render/inline-text.js";
import { wrapHanging } from "../render/wrap.js";
import { shownContact } from "../resume/contact-kinds.js";
import type { Basics, Contact } from "../resume/model.js";
import { contactLines } from "./printed-header.js";

/** The card stays in the reader's history, under their own commands: a few lines, not a page. */
export const MAX_CARD_LINES = 8;

/**
 * What the viewer leaves on the normal screen when it quits: the name and
 * title, then each contact on its own line (an OSC 8 link, or the URL to copy),
 * so the links outlive the viewer. No line is wider than `options.width`; a
 * contact that does not fit in the line budget whole is left out rather than cut.
 * Ends with a newline, so the reader's prompt comes back on a line of its own.
 */
export function contactCard(basics: Basics, options: LayoutOptions): string {
	const heading = [options.styles.name(basics.name), basics.title].filter(Boolean).join(" · ");
	const lines = wrapHanging(heading, options.width, "").slice(0, MAX_CARD_LINES);
	for (const contact of basics.contacts) {
		const contactRows = compactContactLines(contact, options);
		if (lines.length + contactRows.length > MAX_CARD_LINES) break;
		lines.push(...contactRows);
	}
	return `${lines.map((line) => line.trimEnd()).join("\n")}\n`;
}

/**
 * "GitHub:   github.com/ada https://github.com/ada" when it fits on a line;
 * otherwise the URL alone, which is what the reader needs, from the first column.
 */
function compactContactLines(contact: Contact, options: LayoutOptions): string[] {
	const labelled = contactLines(contact, options);
	if (labelled.length === 1) return labelled;
	const shown = shownContact(contact);
	const link = options.styles.link(shown);
	return wrapHanging(options.links === "hyperlink" ? hyperlink(link, contact.url) : link, options.width, "");
}
