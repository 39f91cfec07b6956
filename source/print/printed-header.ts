import type { LayoutOptions } from "../render/block-lines.js";
import { hyperlink, inlineToAnsi } from "../render/inline-text.js";
import { wrapHanging } from "../render/wrap.js";
import { contactKindSpec, labelIsKindName, opensUrl, shownContact } from "../resume/contact-kinds.js";
import type { Basics, Contact } from "../resume/model.js";

/** The name, title, location and contacts as plain lines (the printer's header; no big text). */
export function printedHeaderLines(basics: Basics, options: LayoutOptions): string[] {
	const { styles, width } = options;
	const lines = wrapHanging(styles.name(basics.name), width, "");
	const subtitle = [basics.title, basics.location].filter(Boolean).join(" · ");
	if (subtitle) lines.push(...wrapHanging(subtitle, width, ""));
	for (const extra of basics.extra) lines.push(...wrapHanging(inlineToAnsi(extra, options), width, ""));
	for (const contact of basics.contacts) lines.push(...contactLines(contact, options));
	return lines;
}

/** One contact as "Email:    address", wrapped under its value: an OSC 8 link, or the URL to copy. */
export function contactLines(contact: Contact, options: LayoutOptions): string[] {
	const { styles, width, links } = options;
	const shown = shownContact(contact);
	// "LinkedIn: LinkedIn https://…" says the kind twice: its title is enough.
	const text = labelIsKindName(contact) ? shown : contact.label;
	const label = styles.muted(`${contactKindSpec(contact.kind).title}:`.padEnd(9));
	const value =
		links === "hyperlink" && opensUrl(contact.kind)
			? hyperlink(styles.link(text === shown ? shown : `${text} (${shown})`), contact.url)
			: text === shown
				? styles.link(shown)
				: `${text} ${styles.link(shown)}`;
	return wrapHanging(value, width, `${label} `, " ".repeat(10));
}
