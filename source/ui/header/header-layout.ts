import stringWidth from "string-width";
import { shownContact } from "../../resume/contact-kinds.js";
import { plainText } from "../../resume/inline.js";
import type { Basics, Contact } from "../../resume/model.js";
import { linkBinding } from "../keymap.js";
import { type BigName, chooseBigName } from "./big-name.js";

export type ContactItem = {
	readonly contact: Contact;
	/** The key that opens it ("g"), if any. */
	readonly key?: string;
	/** What is shown: the résumé's label when the terminal makes it clickable, else the URL to copy. */
	readonly text: string;
	readonly width: number;
};

export type HeaderLayout = {
	readonly bigName?: BigName;
	/** Name, title and location, packed into as few rows as the width allows. */
	readonly infoRows: readonly (readonly string[])[];
	readonly contactRows: readonly (readonly ContactItem[])[];
	readonly height: number;
};

const INFO_SEPARATOR = " · ";
const CONTACT_GAP = 3;

/**
 * The richest header that fits `maxHeight` rows: big text, then a plain name,
 * then fewer rows of details. Contacts never vanish unannounced: when they no
 * longer fit, the keys that open them are still listed in the footer and help.
 */
export function layoutHeader(basics: Basics, columns: number, maxHeight: number, hyperlinks: boolean): HeaderLayout {
	const info = [basics.name, basics.title, basics.location].filter((part): part is string => Boolean(part));
	const packedInfo = packRows(info, columns, stringWidth, INFO_SEPARATOR.length);
	// Every other header line on a row of its own, as the printer writes it: shown and searched.
	const extraRows = basics.extra.map((line) => [plainText(line).replace(/\s*\n\s*/gu, " ")]);
	const infoRows = [...packedInfo, ...extraRows];
	const contactItems = basics.contacts.map((contact) => contactItem(contact, hyperlinks));
	const contactRows = packRows(contactItems, columns, (item) => item.width, CONTACT_GAP);

	const bigName = chooseBigName(basics.name, columns, maxHeight - infoRows.length - contactRows.length);
	const candidates: HeaderLayout[] = [
		...(bigName ? [withHeight({ bigName, infoRows, contactRows })] : []),
		withHeight({ infoRows, contactRows }),
		withHeight({ infoRows: [info, ...extraRows], contactRows }),
		withHeight({ infoRows: packedInfo, contactRows }),
		withHeight({ infoRows: [info], contactRows }),
		withHeight({ infoRows, contactRows: [] }),
		withHeight({ infoRows: [info], contactRows: [] }),
	];
	return (
		candidates.find((candidate) => candidate.height <= maxHeight) ?? withHeight({ infoRows: [info], contactRows: [] })
	);
}

/** The info rows as the header writes them: what search looks through (place -1). */
export function headerSearchRows(layout: HeaderLayout): string[] {
	return layout.infoRows.map((row) => row.join(INFO_SEPARATOR));
}

function withHeight(layout: Omit<HeaderLayout, "height">): HeaderLayout {
	return {
		...layout,
		height: (layout.bigName?.height ?? 0) + layout.infoRows.length + layout.contactRows.length,
	};
}

function contactItem(contact: Contact, hyperlinks: boolean): ContactItem {
	const key = linkBinding(contact.kind)?.label;
	const url = shownContact(contact);
	const label = contact.label.replace(/^https?:\/\//, "");
	const text = hyperlinks ? label : url;
	return {
		contact,
		key,
		text,
		width: stringWidth(text) + (key ? key.length + 1 : 0),
	};
}

/** Greedy packing of items into rows no wider than `columns`. */
function packRows<T>(items: readonly T[], columns: number, widthOf: (item: T) => number, gap: number): T[][] {
	const rows: T[][] = [];
	let used = 0;
	for (const item of items) {
		const width = widthOf(item);
		const row = rows.at(-1);
		if (row && used + gap + width <= columns) {
			row.push(item);
			used += gap + width;
		} else {
			rows.push([item]);
			used = width;
		}
	}
	return rows;
}

export { CONTACT_GAP, INFO_SEPARATOR };
