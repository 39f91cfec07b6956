/** basics → the header: name, title, location, the contacts a viewer can open and the lines it cannot. */

import { compact } from "../compact.js";
import { type ContactKind, kindOfLink, numberOtherLinks } from "../contact-kinds.js";
import type { Basics, Contact, Inline } from "../model.js";
import { safeUrl } from "../sanitize.js";
import { linked } from "./text.js";
import { type Json, oneLine, record, records, safeUrlOf } from "./values.js";

/** `keptHeaderLines` are the header lines the exporter kept in meta.unmapped, read back as contacts where they are. */
export function basicsOf(json: Json, name: string, keptHeaderLines: readonly string[]): Basics {
	const contacts: FoundContact[] = [];
	const extra: Inline[] = [];
	const email = oneLine(json.email);
	const mailto = email ? safeUrl(`mailto:${email}`) : undefined;
	if (email && mailto) contacts.push({ kind: "email", label: email, url: mailto });
	else if (email) extra.push(linked(email));
	const phone = oneLine(json.phone);
	const phoneUrl = phone && telUrl(phone);
	if (phone && phoneUrl) contacts.push({ kind: "phone", label: phone, url: phoneUrl });
	else if (phone) extra.push(linked(phone));
	const website = safeUrlOf(json.url);
	if (website) contacts.push({ kind: "website", label: website, url: website });
	for (const profile of records(json.profiles)) {
		const contact = profileOf(profile);
		if (contact && "url" in contact) contacts.push(contact);
		else if (contact) extra.push(linked(contact.text));
	}
	const location = record(json.location);
	const address = location && [oneLine(location.address), oneLine(location.postalCode)].filter(Boolean).join(", ");
	if (address) extra.push(linked(address));
	for (const line of keptHeaderLines) {
		const contact = contactOfLine(line);
		if (contact) contacts.push(contact);
		else extra.push(linked(line));
	}
	return compact({
		name,
		title: oneLine(json.label),
		location: locationOf(location),
		contacts: numberOtherLinks(contacts),
		extra,
	});
}

type FoundContact = Omit<Contact, "kind"> & { readonly kind?: ContactKind };

/** "(912) 555-4321" → "tel:9125554321": the address a phone is kept under; never opened. */
function telUrl(phone: string): string | undefined {
	const digits = phone.replace(/\D/gu, "");
	if (digits.length < 3 || digits.length > 20) return undefined;
	return `tel:${phone.trimStart().startsWith("+") ? "+" : ""}${digits}`;
}

/** A profile is the contact of its network's kind (GitHub, LinkedIn) or the next other link, labelled with its network. */
function profileOf(profile: Json): FoundContact | { readonly text: string } | undefined {
	const network = oneLine(profile.network);
	const username = oneLine(profile.username);
	const onGitHub = network?.toLowerCase() === "github";
	const url = safeUrlOf(profile.url) ?? (onGitHub && username ? safeUrl(`https://github.com/${username}`) : undefined);
	if (url) {
		const kind = kindOfLink(url, [network ?? ""]);
		const named = kind === "github" || kind === "linkedin";
		// The user name is worth reading when the address does not say it ("@kj@example.social").
		const said =
			username && !url.includes(username.replace(/^@/u, "")) ? `${network ?? ""} ${username}`.trim() : network;
		return { ...(named ? { kind } : {}), label: named ? url : (said ?? url), url };
	}
	// No address to open: what the profile says is still worth reading.
	const text = [network, username].filter(Boolean).join(": ");
	return text ? { text } : undefined;
}

// "name@host.tld". The look-ahead reads the domain once: without it, a long one that does not
// end the text would be read again from each of its dots.
const EMAIL_ADDRESS = /^[^\s@:/]+@(?=[^\s@/]+$)[^\s@/]+\.[^\s@/]+$/u;

/**
 * A header line the exporter kept: "PDF version (https://…/resume.pdf)", a bare URL or address.
 * Read back as the contact it was, so the viewer can open it again.
 */
function contactOfLine(line: string): FoundContact | undefined {
	const labelled = /^(.*\S)\s+\((\S+)\)$/u.exec(line);
	const [label, raw] = labelled?.[1] && labelled[2] ? [labelled[1], labelled[2]] : [line, line];
	const address = EMAIL_ADDRESS.test(raw);
	const url = safeUrl(address ? `mailto:${raw}` : raw);
	if (!url || /\s/u.test(raw)) return undefined;
	if (address) return { kind: "email", label, url };
	const kind = kindOfLink(url, [label]);
	return { ...(kind ? { kind } : {}), label, url };
}

// Built on first use: creating it loads ICU's region names, ~30 ms that a
// résumé without a country code (and every start-up) should not pay.
let countryNames: Intl.DisplayNames | undefined;

/** { city, region, countryCode: "FR" } → "Romainville, France": what the exporter reads back as FR. */
function locationOf(location: Json | undefined): string | undefined {
	if (!location) return undefined;
	const code = oneLine(location.countryCode);
	const parts = [oneLine(location.city), oneLine(location.region), code && countryName(code)];
	return parts.filter(Boolean).join(", ") || undefined;
}

function countryName(code: string): string {
	try {
		countryNames ??= new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
		return countryNames.of(code.toUpperCase()) ?? code;
	} catch {
		// Not a two-letter code: as written.
		return code;
	}
}
