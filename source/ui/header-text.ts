import CFonts from "cfonts";
import terminalLink from "terminal-link";
import type { Styles } from "../render/styles.js";
import { type BigName, CFONT_OPTIONS } from "./big-name.js";
import { CONTACT_GAP, type ContactItem, type HeaderLayout, INFO_SEPARATOR } from "./header-layout.js";

/**
 * What the header writes, as text: the Ink header draws these strings, and so does the first
 * frame painted before Ink loads (source/first-frame), so the two cannot drift apart.
 */

/**
 * The big name as cfonts draws it, uncoloured (the header colours it line by line). Kept per
 * text and font: the painted first frame draws it, then Ink's first render again, then each resize.
 */
export function bigNameText(bigName: BigName): string {
	const key = `${bigName.font}:${bigName.text}`;
	let text = drawnNames.get(key);
	if (text === undefined) {
		text = drawBigName(bigName);
		drawnNames.set(key, text);
	}
	return text;
}

const drawnNames = new Map<string, string>();

function drawBigName(bigName: BigName): string {
	// ink-big-text's defaults, which the header used to go through, then the header's own options.
	const options = {
		align: "left",
		backgroundColor: "transparent",
		lineHeight: 1,
		space: true,
		maxLength: 0,
		font: bigName.font,
		...CFONT_OPTIONS,
	};
	return (CFonts.render(bigName.text, options) as { string: string }).string;
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
 * (terminal-link decides, as ink-link did); no fallback, since the text is then the URL itself.
 */
export function contactText(item: ContactItem, styles: Styles): string {
	const link = terminalLink(styles.link(item.text), item.contact.url, { fallback: false });
	return item.key ? `${styles.contactKey(item.key)} ${link}` : link;
}

/** Columns between two contacts on a row. */
export { CONTACT_GAP };
