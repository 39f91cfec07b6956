import { contactKindSpec, networkOf } from "../resume/contact-kinds.js";
import type { Contact } from "../resume/model.js";
import { escapeText, type VcardParameter, type VcardProperty } from "./content-line.js";

/**
 * The vCard property of a contact. The address decides first (mailto: is an EMAIL, tel: a TEL,
 * whatever the kind), then the contact table: what `--json` writes as a profile (GitHub,
 * LinkedIn, the other links) is an X-SOCIALPROFILE typed with its network; the website and the
 * PDF are URLs. So a kind added to the table needs no change here.
 */
export function contactProperty(contact: Contact): VcardProperty {
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(contact.url)?.[1]?.toLowerCase();
	if (scheme === "mailto") return { name: "EMAIL", value: escapeText(emailAddress(contact.url)) };
	if (scheme === "tel") return { name: "TEL", parameters: [["VALUE", "uri"]], value: contact.url };
	if (contactKindSpec(contact.kind).jsonResume === "profile") {
		const type = profileType(networkOf(contact.kind, contact.url, contact.label));
		return { name: "X-SOCIALPROFILE", ...(type ? { parameters: [["TYPE", type]] } : {}), value: contact.url };
	}
	const parameters: VcardParameter[] = contact.kind === "pdf" ? [["MEDIATYPE", "application/pdf"]] : [];
	return { name: "URL", ...(parameters.length > 0 ? { parameters } : {}), value: contact.url };
}

/**
 * "GitHub" → "github", "Stack Overflow" → "stackoverflow", "Mastodon @me@host.social" → "mastodon":
 * the form Apple's and others' X-SOCIALPROFILE TYPE takes, the network's words without a handle.
 */
function profileType(network: string): string {
	return network
		.split(/\s+/u)
		.filter((word) => /^[\p{L}\p{N}.-]+$/u.test(word))
		.join("")
		.normalize("NFD")
		.toLowerCase()
		.replace(/[^a-z0-9.-]/g, "");
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
