import { type ContactKind, contactKindSpec } from "../resume/contact-kinds.js";
import type { Contact } from "../resume/model.js";
import { escapeText, type VcardProperty } from "./content-line.js";

/**
 * The vCard property of a contact. The address decides first (mailto: is an EMAIL, tel: a TEL,
 * whatever the kind), then the kind: the résumé's own pages are URLs; any other kind of the
 * contact table (GitHub, and the networks to come) is a profile, an X-SOCIALPROFILE typed with
 * the table's title. So a kind added to the table needs no change here unless it is a page.
 */
export function contactProperty(contact: Contact): VcardProperty {
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(contact.url)?.[1]?.toLowerCase();
	if (scheme === "mailto") return { name: "EMAIL", value: escapeText(emailAddress(contact.url)) };
	if (scheme === "tel") return { name: "TEL", parameters: [["VALUE", "uri"]], value: contact.url };
	const page = PAGE_PARAMETERS[contact.kind];
	if (page) return { name: "URL", ...(page.length > 0 ? { parameters: page } : {}), value: contact.url };
	return { name: "X-SOCIALPROFILE", parameters: [["TYPE", profileType(contact.kind)]], value: contact.url };
}

/** Kinds that are pages rather than profiles, with what their URL line says about them. */
const PAGE_PARAMETERS: Partial<Record<ContactKind, readonly (readonly [string, string])[]>> = {
	website: [],
	pdf: [["MEDIATYPE", "application/pdf"]],
	link: [],
};

/** "GitHub" → "github": the form Apple's and others' X-SOCIALPROFILE TYPE takes. */
function profileType(kind: ContactKind): string {
	return (
		contactKindSpec(kind)
			.title.toLowerCase()
			.replace(/[^a-z0-9-]/g, "") || kind
	);
}

/** "mailto:a%40b@c.org?subject=Hi" → "a@b@c.org": the address alone, decoded. */
function emailAddress(url: string): string {
	const address = url.replace(/^mailto:/i, "").replace(/\?.*$/s, "");
	try {
		return decodeURIComponent(address);
	} catch {
		return address;
	}
}

/** The contacts in the résumé's order, each address once: a page linked twice is one URL. */
export function contactProperties(contacts: readonly Contact[]): VcardProperty[] {
	const seen = new Set<string>();
	return contacts.filter((contact) => !seen.has(contact.url) && seen.add(contact.url)).map(contactProperty);
}
