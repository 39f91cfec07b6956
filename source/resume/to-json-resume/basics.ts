import { compact, nonEmpty } from "../compact.js";
import { contactKindSpec, networkOf } from "../contact-kinds.js";
import type { Basics, Contact } from "../model.js";
import { textOf } from "./plain-lines.js";
import type { JsonResumeBasics, JsonResumeLocation, JsonResumeProfile } from "./types.js";

export type SortedContacts = {
	readonly email?: Contact;
	readonly website?: Contact;
	readonly phone?: Contact;
	readonly profiles: readonly Contact[];
	readonly others: readonly Contact[];
};

/** Which contact fills which basics field, as the contact table says; what fills none is unmapped. */
export function sortContacts(contacts: readonly Contact[]): SortedContacts {
	const first = (place: string) => contacts.find((contact) => contactKindSpec(contact.kind).jsonResume === place);
	const email = first("email");
	const website = first("url");
	const phone = first("phone");
	const profiles = contacts.filter((contact) => contactKindSpec(contact.kind).jsonResume === "profile");
	const used = new Set([email, website, phone, ...profiles]);
	return {
		email,
		website,
		phone,
		profiles,
		others: contacts.filter((contact) => !used.has(contact)),
	};
}

export function basicsOf(basics: Basics, contacts: SortedContacts): JsonResumeBasics {
	return compact({
		name: basics.name,
		label: basics.title,
		email: contacts.email ? emailAddress(contacts.email.url) : undefined,
		phone: contacts.phone?.label,
		url: contacts.website?.url,
		location: basics.location ? locationOf(basics.location) : undefined,
		profiles: nonEmpty(contacts.profiles.map(profileOf)),
	});
}

/** What the header says that basics has no field for: other contacts, then stray lines. */
export function headerLeftovers(basics: Basics, contacts: SortedContacts): string[] {
	return [...contacts.others.map((contact) => contactText(contact)), ...basics.extra.map((line) => textOf(line, "\n"))];
}

/** The schema wants a bare address: "mailto:a@b.org?subject=Hi" → "a@b.org". */
function emailAddress(url: string): string {
	const address = /^mailto:([^?]*)/i.exec(url)?.[1] ?? url;
	try {
		return decodeURIComponent(address);
	} catch {
		return address;
	}
}

// Country names a résumé header is likely to end with; anything else stays words, as the region.
// A Map, not an object: "Paris, constructor" must not find Object.prototype.constructor.
const COUNTRY_CODES: ReadonlyMap<string, string> = new Map([
	["france", "FR"],
	["spain", "ES"],
	["españa", "ES"],
	["espagne", "ES"],
	["germany", "DE"],
	["allemagne", "DE"],
	["belgium", "BE"],
	["belgique", "BE"],
	["switzerland", "CH"],
	["suisse", "CH"],
	["italy", "IT"],
	["portugal", "PT"],
	["netherlands", "NL"],
	["ireland", "IE"],
	["united kingdom", "GB"],
	["uk", "GB"],
	["united states", "US"],
	["usa", "US"],
	["canada", "CA"],
]);

/** "Romainville, France" → city "Romainville", countryCode "FR". */
function locationOf(text: string): JsonResumeLocation {
	const [city, ...rest] = text
		.split(",")
		.map((part) => part.trim())
		.filter(Boolean);
	const countryCode = COUNTRY_CODES.get(rest.at(-1)?.toLowerCase() ?? "");
	const region = (countryCode ? rest.slice(0, -1) : rest).join(", ");
	return compact({ city, region: region || undefined, countryCode });
}

/** A profile under its network's name, with the user name where the address says it (github.com/name). */
function profileOf(contact: Contact): JsonResumeProfile {
	const network = networkOf(contact.kind, contact.url, contact.label);
	const path = new URL(contact.url).pathname.split("/").filter(Boolean);
	const username = path.length === 1 || (path.length === 2 && path[0] === "in") ? path.at(-1) : undefined;
	return compact({ network, username: username?.replace(/^@/u, ""), url: contact.url });
}

function contactText(contact: Contact): string {
	return textOf([{ text: contact.label || contact.url, href: contact.url }], " ");
}
