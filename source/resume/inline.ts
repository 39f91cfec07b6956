import type { Token, Tokens } from "marked";
import { decodeEntities } from "./html-entities.js";
import type { Inline, Span } from "./model.js";
import { leadingMarks, safeUrl, sanitizeInline, trimTextStart } from "./sanitize.js";

type Style = Omit<Span, "text">;

/** Marked's inline tokens → styled spans. Raw HTML is understood as markup and never shown. */
export function inlineFromTokens(tokens: readonly Token[]): Inline {
	const spans: Span[] = [];
	collect(tokens, {}, spans);
	return mergeAdjacent(spans);
}

/**
 * The inline tokens of a heading, paragraph or list item, whichever field marked filled,
 * after `leading` ones (a task item's checkbox).
 */
export function inlineOf(token: Token, leading: readonly Token[] = []): Inline {
	if ("tokens" in token && Array.isArray(token.tokens)) return inlineFromTokens([...leading, ...token.tokens]);
	const text = "text" in token && typeof token.text === "string" ? token.text : "";
	return inlineFromTokens([...leading, { type: "text", raw: text, text }]);
}

// What sits between <script> or <style> and its closing tag is code for a browser, not words to read.
const HIDDEN_ELEMENT_OPEN = /^<(script|style)\b/i;
const HIDDEN_ELEMENT_CLOSE = /^<\/(script|style)\s*>$/i;

function collect(tokens: readonly Token[], style: Style, out: Span[]): void {
	let hidden = false;
	for (const token of tokens) {
		if (token.type === "html") {
			const tag = (token as Tokens.HTML).text.trim();
			if (HIDDEN_ELEMENT_OPEN.test(tag))
				hidden = !HIDDEN_ELEMENT_CLOSE.test(tag) && !/<\/(script|style)\s*>$/i.test(tag);
			else if (HIDDEN_ELEMENT_CLOSE.test(tag)) hidden = false;
		}
		if (hidden) continue;
		switch (token.type) {
			case "strong":
				collect(childrenOf(token), { ...style, strong: true }, out);
				break;
			case "em":
				collect(childrenOf(token), { ...style, emphasis: true }, out);
				break;
			case "del":
				collect(childrenOf(token), style, out);
				break;
			case "codespan":
				// Code is shown as written: "&amp;" in a code span is five characters (CommonMark).
				out.push({
					...style,
					code: true,
					text: sanitizeInline((token as Tokens.Codespan).text),
				});
				break;
			case "br":
				out.push({ ...style, text: "\n" });
				break;
			case "link": {
				// Marked leaves entities in link destinations as written; CommonMark reads them.
				const href = safeUrl(decodeEntities((token as Tokens.Link).href));
				collect(childrenOf(token), href ? { ...style, href } : style, out);
				break;
			}
			case "image": {
				const image = token as Tokens.Image;
				if (image.text) out.push({ ...style, text: cleanText(image.text) });
				break;
			}
			case "html":
				// Icons, spans and comments: layout for the web page, nothing to read.
				// A <br> is the one tag that says something about the text: a line break.
				if (/^<br\s*\/?>$/i.test((token as Tokens.HTML).text.trim())) out.push({ ...style, text: "\n" });
				break;
			case "checkbox":
				// A task-list box is kept as it reads in plain text.
				out.push({
					...style,
					text: (token as Tokens.Checkbox).checked ? "[x] " : "[ ] ",
				});
				break;
			case "text":
			case "escape":
				if ("tokens" in token && Array.isArray(token.tokens) && token.tokens.length > 0) {
					collect(token.tokens, style, out);
				} else {
					// A soft line break inside a paragraph reads as a space, and the spaces
					// around it are not part of the text (CommonMark). The look-behind starts
					// a match at the first space of a run only: tried from each, a long run
					// without a line break would cost its length squared.
					out.push({
						...style,
						text: cleanText(token.text).replace(/(?<![ \t])[ \t]*\n[ \t]*/g, " "),
					});
				}
				break;
			default:
				if ("text" in token && typeof token.text === "string") out.push({ ...style, text: cleanText(token.text) });
		}
	}
}

function childrenOf(token: Token): readonly Token[] {
	return "tokens" in token && Array.isArray(token.tokens) ? token.tokens : [];
}

function cleanText(text: string): string {
	return sanitizeInline(decodeEntities(text));
}

function sameStyle(a: Span, b: Span): boolean {
	return a.strong === b.strong && a.emphasis === b.emphasis && a.code === b.code && a.href === b.href;
}

/**
 * Neighbours of one style made one span. A combining mark belongs with the character before
 * it, which may end the span before ("**e**\u0301"): no span starts with one (see trimText),
 * and after a hard break, or at the start, there is nothing for it to combine with.
 */
function mergeAdjacent(spans: readonly Span[]): Inline {
	const merged: Span[] = [];
	for (const span of spans) {
		const marks = leadingMarks(span.text);
		const previous = merged.at(-1);
		if (marks && previous && previous.text !== "\n") {
			merged[merged.length - 1] = { ...previous, text: previous.text + marks };
		}
		const text = span.text.slice(marks.length);
		if (text === "") continue;
		const last = merged.at(-1);
		if (last && last.text !== "\n" && text !== "\n" && sameStyle(last, span)) {
			merged[merged.length - 1] = { ...last, text: last.text + text };
		} else {
			merged.push({ ...span, text });
		}
	}
	return trimInline(merged);
}

/** Leading and trailing white space dropped, inner runs of spaces kept as written; no mark left leading. */
export function trimInline(spans: readonly Span[]): Inline {
	let from = 0;
	while (from < spans.length && trimTextStart(spans[from]?.text ?? "") === "") from += 1;
	let to = spans.length;
	while (to > from && spans[to - 1]?.text.trim() === "") to -= 1;
	const result = spans.slice(from, to);
	const first = result[0];
	if (first) result[0] = { ...first, text: trimTextStart(first.text) };
	const last = result.at(-1);
	if (last) result[result.length - 1] = { ...last, text: last.text.trimEnd() };
	return result.filter((span) => span.text !== "");
}

/** The text of some spans without styling: for matching, slugs and JSON. */
export function plainText(inline: Inline): string {
	return inline.map((span) => span.text).join("");
}

/** Letters and digits only, lower-case: for telling whether two texts say the same words. */
export function lettersOf(text: string): string {
	return text.replace(/[^\p{Letter}\p{Number}]/gu, "").toLowerCase();
}
