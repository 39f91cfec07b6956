/** Text from the document → the model's spans and blocks, its web and mail addresses linked. */

import type { Block, Inline, Span } from "../model.js";
import { leadingMarks, safeUrl } from "../sanitize.js";
import { multiLine, oneLine, safeUrlOf, strings } from "./values.js";

/** The text, linking to the URL when it is one we may open. */
export function link(textField: unknown, urlField?: unknown): Inline {
	const text = oneLine(textField);
	const url = safeUrlOf(urlField);
	if (!text) return url ? [{ text: url, href: url }] : [];
	return [{ text, ...(url ? { href: url } : {}) }];
}

/** Paragraphs are separated by blank lines; a single line break is a hard break within one. */
export function paragraphs(value: unknown): Block[] {
	const text = multiLine(value);
	if (!text) return [];
	return text.split(/\n[ \t]*\n\s*/u).map((paragraph) => ({ kind: "paragraph", text: linked(paragraph) }));
}

export function list(value: unknown): Block[] {
	const items = Array.isArray(value) ? strings(value, multiLine) : [];
	if (items.length === 0) return [];
	return [
		{ kind: "list", ordered: false, start: 1, items: items.map((item) => ({ text: linked(item), children: [] })) },
	];
}

// A URL in running text, without the punctuation that ends a sentence or closes a parenthesis after it.
const URL_IN_TEXT = /\b(?:https?:\/\/|mailto:)[^\s<>"()]*[^\s<>"().,;:!?'’]/giu;

/**
 * Sanitised text → spans: web and mail addresses become links, line breaks hard breaks.
 * A combining mark that starts a line has nothing to combine with there, and no span
 * starts with one (see trimText).
 */
export function linked(text: string): Inline {
	return text
		.split("\n")
		.flatMap((line, index) => [
			...(index > 0 ? [{ text: "\n" }] : []),
			...linkedLine(line.slice(leadingMarks(line).length)),
		]);
}

function linkedLine(line: string): Span[] {
	const spans: Span[] = [];
	let plainFrom = 0;
	for (const match of line.matchAll(URL_IN_TEXT)) {
		if (match.index > plainFrom) spans.push({ text: line.slice(plainFrom, match.index) });
		const href = safeUrl(match[0]);
		spans.push({ text: match[0], ...(href ? { href } : {}) });
		plainFrom = match.index + match[0].length;
	}
	if (plainFrom < line.length) spans.push({ text: line.slice(plainFrom) });
	return spans;
}
