import terminalLink from "terminal-link";
import type { Styles } from "../../render/styles.js";
import { opensUrl } from "../../resume/contact-kinds.js";
import { type BigName, drawBigText } from "./big-name.js";
import { CONTACT_GAP, type ContactItem, type HeaderLayout, INFO_SEPARATOR } from "./header-layout.js";

/**
 * What the header writes, as text: the Ink header draws these strings, and so does the first
 * frame painted before Ink loads (source/first-frame), so the two cannot drift apart.
 */

/** The big name as cfonts draws it (see drawBigText), uncoloured: the header colours it line by line. */
export function bigNameText(bigName: BigName): string {
	return drawBigText(bigName.text, bigName.font);
}

/** Name, title and location rows: the name in its colour, the rest in the info colour. */
export function infoRowTexts(layout: HeaderLayout, styles: Styles): string[] {
	return layout.infoRows.map((row, rowIndex) =>
		row
			.map((part, index) => (rowIndex === 0 && index === 0 ? styles.name(part) : styles.headerInfo(part)))
			.join(styles.separator(INFO_SEPARATOR)),
	);
}

/**
 * One contact: its key, then its text, an OSC 8 link where this process's stdout takes one
 * (terminal-link decides, as ink-link does in the Ink header); no fallback, since the text is then the URL itself.
 */
export function contactText(item: ContactItem, styles: Styles): string {
	// A phone number is never a link (see CONTACT_KINDS): its text alone, as the Ink header writes it.
	const link = opensUrl(item.contact.kind)
		? terminalLink(styles.link(item.text), item.contact.url, { fallback: false })
		: styles.link(item.text);
	return item.key ? `${styles.contactKey(item.key)} ${link}` : link;
}

/** Columns between two contacts on a row. */
export { CONTACT_GAP };
