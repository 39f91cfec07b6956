import type { Token, Tokens } from "marked";
import { withBareDomainLinks } from "./bare-domains.js";
import { type ContactKind, kindOfLink, numberOtherLinks } from "./contact-kinds.js";
import { decodeEntities } from "./html-entities.js";
import { inlineFromTokens, inlineOf, plainText } from "./inline.js";
import { splitAtLineBreaks } from "./line-breaks.js";
import type { Basics, Contact, Inline } from "./model.js";
import { safeUrl, trimText } from "./sanitize.js";

/**
 * The header: everything before the first section. The template marks each
 * line with a Font Awesome icon (`<i class="fa-solid fa-envelope">`); those
 * classes tell a location from an e-mail or a PDF link better than any guess.
 */
export function basicsFromHeader(name: string, fallbackTitle: string | undefined, tokens: readonly Token[]): Basics {
	let title: string | undefined;
	let location: string | undefined;
	const found: FoundContact[] = [];
	const extra: Inline[] = [];

	for (const { line: written, icons, linkIcons } of linesOfHeader(tokens)) {
		// "linkedin.com/in/sam" is as much a link as "https://linkedin.com/in/sam".
		const line = withBareDomainLinks(written);
		const segments = plainText(line.filter((span) => !span.href))
			.split(SEPARATORS)
			.map((segment) => segment.trim())
			.filter(Boolean);
		// "Site: ada.dev": a label says what the link is, and is not worth a line of its own.
		const label = segments.length === 1 ? LABEL.exec(segments[0] ?? "")?.[1] : undefined;
		const phones = segments.flatMap((segment) => phoneOf(segment, icons) ?? []);
		const rest = segments.filter((segment) => segment !== label && !phoneOf(segment, icons) && !LABEL.test(segment));
		const links = linksIn(line, linkIcons, label);
		if (links.length > 0 || phones.length > 0) {
			for (const link of links) found.push(link);
			for (const phone of phones) found.push(phone);
			if (rest.length > 0 && label === undefined) extra.push(line);
		} else if (location === undefined && icons.some((icon) => icon.includes("location"))) {
			location = plainText(line);
		} else if (title === undefined && icons.length === 0 && !looksLikePlace(line)) {
			// "Principal Engineer — London, UK": a title and where the person lives.
			const [role, place] = titleAndPlace(plainText(line));
			title = role;
			if (place && location === undefined) location = place;
			else if (place) extra.push(line);
		} else if (location === undefined && looksLikePlace(line)) {
			location = plainText(line);
		} else {
			extra.push(line);
		}
	}
	return { name, title: title ?? fallbackTitle, location, contacts: numberOtherLinks(withWebsite(found)), extra };
}

/** Without a link that says it is the website, the first bare address of no other kind is ("https://ada.dev"). */
function withWebsite(found: readonly FoundContact[]): FoundContact[] {
	if (found.some((contact) => contact.kind === "website")) return [...found];
	const bare = (contact: FoundContact) =>
		contact.kind === undefined && withoutScheme(contact.label) === withoutScheme(contact.url);
	const index = found.findIndex(bare);
	return found.map((contact, at) => (at === index ? { ...contact, kind: "website" } : contact));
}

function withoutScheme(url: string): string {
	return url.replace(/^https?:\/\//iu, "").replace(/\/$/u, "");
}

type FoundContact = Omit<Contact, "kind"> & { readonly kind?: ContactKind };

/** What separates the parts of a header line: "a@b.org · +33 6 12 34 56 78 | Paris". */
const SEPARATORS = /\s[|·•]\s|\s{2,}|^[|·•]\s|\s[|·•]$/u;

// A number of 7 to 15 digits, as written, possibly after "Phone:"; never a date range ("2019 - 2021").
const PHONE = /^(?:(?:phone|tel|telephone|mobile|cell)\.?\s*:?\s*)?(\+?[\d(][\d\s()./-]{5,}\d)$/iu;

function phoneOf(segment: string, icons: readonly string[]): FoundContact | undefined {
	const number = PHONE.exec(segment)?.[1];
	const digits = number?.replace(/\D/gu, "") ?? "";
	if (!number || digits.length < 7 || digits.length > 15) return undefined;
	if (/^\d{4}\s*[-–]\s*\d{4}$/u.test(number) && !icons.some((icon) => /phone|mobile/i.test(icon))) return undefined;
	const plus = number.trimStart().startsWith("+") ? "+" : "";
	return { kind: "phone", label: number, url: `tel:${plus}${digits}` };
}

/** "Principal Engineer — London, UK", "… | Hampton, Virginia" → the title, and the place after the last separator when it reads as one. */
function titleAndPlace(text: string): [string, string | undefined] {
	// The last dash: found in one pass, where a look-ahead for a later one would rescan the rest each time.
	const dash = [...text.matchAll(/\s[—–|·-]\s/gu)].at(-1);
	if (!dash) return [text, undefined];
	const place = text.slice(dash.index + dash[0].length).trim();
	const role = text.slice(0, dash.index).trim();
	return role && PLACE.test(place) ? [role, place] : [text, undefined];
}

type HeaderLine = {
	readonly line: Inline;
	readonly icons: readonly string[];
	/** Each link's URL → the icon written just before it. */
	readonly linkIcons: ReadonlyMap<string, string>;
};

/**
 * One line per line of a paragraph, heading or list item, however deep the lists: walked without
 * recursion, since a file may nest lists as deep as marked can read. A header written as one
 * paragraph ("Title — Place", then an address on the next line) is one line a person reads per
 * line of the file.
 */
function linesOfHeader(tokens: readonly Token[]): HeaderLine[] {
	const lines: HeaderLine[] = [];
	const pending = [...tokens].reverse();
	for (let token = pending.pop(); token !== undefined; token = pending.pop()) {
		switch (token.type) {
			case "paragraph":
			case "heading":
			case "text": {
				const inner = "tokens" in token && Array.isArray(token.tokens) ? (token.tokens as Token[]) : undefined;
				for (const part of inner ? splitAtLineBreaks(inner) : [undefined]) {
					const line = part ? inlineFromTokens(part) : inlineOf(token);
					const from = part ?? inner ?? [];
					if (line.length > 0) lines.push({ line, icons: iconsIn(from), linkIcons: linkIconsIn(from) });
				}
				break;
			}
			case "list": {
				const items = (token as Tokens.List).items;
				for (let index = items.length - 1; index >= 0; index -= 1) {
					const inner = items[index]?.tokens ?? [];
					for (let at = inner.length - 1; at >= 0; at -= 1) pending.push(inner[at] as Token);
				}
				break;
			}
		}
	}
	return lines;
}

function iconsIn(tokens: readonly Token[]): string[] {
	const icons: string[] = [];
	const visit = (inner: readonly Token[]) => {
		for (const child of inner) {
			if (child.type === "html") {
				const classes = /class\s*=\s*"([^"]*)"/.exec(child.text)?.[1];
				if (classes) icons.push(classes);
			}
			if ("tokens" in child && Array.isArray(child.tokens)) visit(child.tokens);
		}
	};
	visit(tokens);
	return icons;
}

/**
 * The icon that introduces each link, keyed by the link's URL as the model holds it.
 * Pairing by position instead would give a link the icon of a location, or of an
 * unsafe link dropped before it.
 */
function linkIconsIn(tokens: readonly Token[]): Map<string, string> {
	const icons = new Map<string, string>();
	let pending: string | undefined;
	const visit = (inner: readonly Token[]) => {
		for (const child of inner) {
			if (child.type === "html") {
				pending = /class\s*=\s*"([^"]*)"/.exec(child.text)?.[1] ?? pending;
			} else if (child.type === "link") {
				const url = safeUrl(decodeEntities((child as Tokens.Link).href));
				if (url && pending !== undefined && !icons.has(url)) icons.set(url, pending);
				pending = undefined;
			}
			if ("tokens" in child && Array.isArray(child.tokens)) visit(child.tokens);
		}
	};
	visit(tokens);
	return icons;
}

/** A few words and a colon before a link: "Email:", "Site:", "Online résumé:". */
const LABEL = /^([\p{L}\p{M}' -]{1,24}):?$/u;

/** Each distinct link in a header line, labelled with its text, its kind read from its URL, icon and words. */
function linksIn(line: Inline, icons: ReadonlyMap<string, string>, label?: string): FoundContact[] {
	const contacts: FoundContact[] = [];
	for (const span of line) {
		if (!span.href) continue;
		const previous = contacts.at(-1);
		if (previous?.url === span.href) {
			contacts[contacts.length - 1] = { ...previous, label: previous.label + span.text };
			continue;
		}
		const url = safeUrl(span.href);
		if (url) contacts.push({ label: span.text, url });
	}
	return contacts.map((contact) => {
		const text = trimText(contact.label);
		const kind = kindOfLink(contact.url, [icons.get(contact.url) ?? "", label ?? "", text]);
		return { ...(kind ? { kind } : {}), label: text, url: contact.url };
	});
}

const PLACE = /^[\p{Letter} '’.-]+,[\p{Letter} '’.-]+$/u;

function looksLikePlace(line: Inline): boolean {
	return PLACE.test(plainText(line));
}
