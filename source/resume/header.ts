import type { Token, Tokens } from "marked";
import { decodeEntities } from "./html-entities.js";
import { inlineOf, plainText } from "./inline.js";
import type { Basics, Contact, ContactKind, Inline } from "./model.js";
import { safeUrl, trimText } from "./sanitize.js";

/**
 * The header: everything before the first section. The template marks each
 * line with a Font Awesome icon (`<i class="fa-solid fa-envelope">`); those
 * classes tell a location from an e-mail or a PDF link better than any guess.
 */
export function basicsFromHeader(name: string, fallbackTitle: string | undefined, tokens: readonly Token[]): Basics {
	let title: string | undefined;
	let location: string | undefined;
	const contacts: Contact[] = [];
	const extra: Inline[] = [];

	for (const { line, icons, linkIcons } of headerLines(tokens)) {
		const leftover = plainText(line.filter((span) => !span.href))
			.replace(/[\s|·•,]+/g, " ")
			.trim();
		// "Site: ada.dev": a label says what the link is, and is not worth a line of its own.
		const label = LABEL.exec(leftover)?.[1];
		const links = linksIn(line, linkIcons, label);
		if (links.length > 0) {
			for (const link of links) contacts.push(link);
			if (leftover && label === undefined) extra.push(line);
		} else if (location === undefined && icons.some((icon) => icon.includes("location"))) {
			location = plainText(line);
		} else if (title === undefined && icons.length === 0 && !looksLikePlace(line)) {
			title = plainText(line);
		} else if (location === undefined && looksLikePlace(line)) {
			location = plainText(line);
		} else {
			extra.push(line);
		}
	}
	return { name, title: title ?? fallbackTitle, location, contacts, extra };
}

type HeaderLine = {
	readonly line: Inline;
	readonly icons: readonly string[];
	/** Each link's URL → the icon written just before it. */
	readonly linkIcons: ReadonlyMap<string, string>;
};

/**
 * One line per paragraph, heading or list item, however deep the lists: walked without
 * recursion, since a file may nest lists as deep as marked can read.
 */
function headerLines(tokens: readonly Token[]): HeaderLine[] {
	const lines: HeaderLine[] = [];
	const pending = [...tokens].reverse();
	for (let token = pending.pop(); token !== undefined; token = pending.pop()) {
		switch (token.type) {
			case "paragraph":
			case "heading":
			case "text": {
				const line = inlineOf(token);
				if (line.length > 0) lines.push({ line, icons: iconsIn(token), linkIcons: linkIconsIn(token) });
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

function iconsIn(token: Token): string[] {
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
	if ("tokens" in token && Array.isArray(token.tokens)) visit(token.tokens);
	return icons;
}

/**
 * The icon that introduces each link, keyed by the link's URL as the model holds it.
 * Pairing by position instead would give a link the icon of a location, or of an
 * unsafe link dropped before it.
 */
function linkIconsIn(token: Token): Map<string, string> {
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
	if ("tokens" in token && Array.isArray(token.tokens)) visit(token.tokens);
	return icons;
}

/** Each distinct link in a header line, labelled with its text. */
/** A few words and a colon before a link: "Email:", "Site:", "Online résumé:". */
const LABEL = /^([\p{L}\p{M}' -]{1,24}):?$/u;

/** Labels that make a plain link the online résumé or website (`w`). */
const WEBSITE_LABEL = /^(?:site|web ?site|web|home ?page|blog|portfolio|online (?:resume|résumé|cv))$/iu;

function linksIn(line: Inline, icons: ReadonlyMap<string, string>, label?: string): Contact[] {
	const contacts: Contact[] = [];
	for (const span of line) {
		if (!span.href) continue;
		const previous = contacts.at(-1);
		if (previous?.url === span.href) {
			contacts[contacts.length - 1] = {
				...previous,
				label: previous.label + span.text,
			};
			continue;
		}
		const url = safeUrl(span.href);
		if (url)
			contacts.push({
				kind: labelledKind(contactKind(url, icons.get(url) ?? ""), label),
				label: span.text,
				url,
			});
	}
	return contacts.map((contact) => ({
		...contact,
		label: trimText(contact.label),
	}));
}

function labelledKind(kind: ContactKind, label: string | undefined): ContactKind {
	return kind === "link" && label !== undefined && WEBSITE_LABEL.test(label.trim()) ? "website" : kind;
}

function contactKind(url: string, icon: string): ContactKind {
	if (url.startsWith("mailto:") || icon.includes("envelope")) return "email";
	if (/^https?:\/\/(www\.)?github\.com\//i.test(url) || icon.includes("github")) return "github";
	if (/\.pdf(?:[?#]|$)/i.test(url) || icon.includes("pdf")) return "pdf";
	if (icon.includes("user") || icon.includes("globe") || icon.includes("link")) return "website";
	return "link";
}

function looksLikePlace(line: Inline): boolean {
	return /^[\p{Letter} '’.-]+,[\p{Letter} '’.-]+$/u.test(plainText(line));
}
