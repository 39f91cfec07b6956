import type { Basics, Contact } from "../model.js";
import { compact, nonEmpty } from "./compact.js";
import { textOf } from "./plain-lines.js";
import type { JsonResumeBasics, JsonResumeLocation, JsonResumeProfile } from "./types.js";

export type SortedContacts = {
	readonly email?: Contact;
	readonly website?: Contact;
	readonly profiles: readonly Contact[];
	readonly others: readonly Contact[];
};

/** Which contact fills which basics field; what fills none is unmapped. */
export function sortContacts(contacts: readonly Contact[]): SortedContacts {
	const email = contacts.find((contact) => contact.kind === "email");
	const website = contacts.find((contact) => contact.kind === "website");
	const profiles = contacts.filter((contact) => contact.kind === "github");
	const used = new Set([email, website, ...profiles]);
	return {
		email,
		website,
		profiles,
		others: contacts.filter((contact) => !used.has(contact)),
	};
}

export function basicsOf(basics: Basics, contacts: SortedContacts): JsonResumeBasics {
	return compact({
		name: basics.name,
		label: basics.title,
		email: contacts.email ? emailAddress(contacts.email.url) : undefined,
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

function profileOf(contact: Contact): JsonResumeProfile {
	const url = new URL(contact.url);
	const onGitHub = /^(www\.)?github\.com$/i.test(url.hostname);
	const username = onGitHub ? url.pathname.split("/").find(Boolean) : undefined;
	return compact({ network: "GitHub", username, url: contact.url });
}

function contactText(contact: Contact): string {
	return textOf([{ text: contact.label || contact.url, href: contact.url }], " ");
}
