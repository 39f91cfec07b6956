import type { Token, Tokens } from "marked";
import { decodeEntities } from "./html-entities.js";
import { inlineFromTokens, inlineOf } from "./inline.js";
import type { Block, ListItem } from "./model.js";
import { sanitizeText } from "./sanitize.js";

/** Marked's block tokens → model blocks. HTML blocks, link definitions and blank space carry no text. */
export function blocksFromTokens(tokens: readonly Token[]): Block[] {
	const blocks: Block[] = [];
	for (const token of tokens) {
		const block = blockFromToken(token);
		if (block) blocks.push(block);
	}
	return blocks;
}

function blockFromToken(token: Token): Block | undefined {
	switch (token.type) {
		case "paragraph":
		case "text": {
			const text = inlineOf(token);
			return text.length > 0 ? { kind: "paragraph", text } : undefined;
		}
		case "heading": {
			const text = inlineOf(token);
			return text.length > 0 ? { kind: "heading", depth: (token as Tokens.Heading).depth, text } : undefined;
		}
		case "list": {
			const list = token as Tokens.List;
			const start = typeof list.start === "number" ? list.start : 1;
			return {
				kind: "list",
				ordered: list.ordered,
				start,
				items: list.items.map(listItemFromToken),
			};
		}
		case "code": {
			const code = token as Tokens.Code;
			return {
				kind: "code",
				language: sanitizeText(code.lang ?? ""),
				text: sanitizeText(code.text),
			};
		}
		case "blockquote":
			return {
				kind: "quote",
				blocks: blocksFromTokens((token as Tokens.Blockquote).tokens),
			};
		case "table": {
			const table = token as Tokens.Table;
			return {
				kind: "table",
				header: table.header.map((cell) => inlineFromTokens(cell.tokens)),
				rows: table.rows.map((row) => row.map((cell) => inlineFromTokens(cell.tokens))),
			};
		}
		case "hr":
			return { kind: "rule" };
		case "html": {
			// A block of raw HTML is markup, but text written inside it (a <p>hello</p>)
			// is still the author's text: keep the words, never the tags.
			const words = sanitizeText(decodeEntities(stripTags((token as Tokens.HTML).text))).trim();
			return words ? { kind: "paragraph", text: [{ text: words.replace(/\s+/g, " ") }] } : undefined;
		}
		default:
			return undefined;
	}
}

function stripTags(html: string): string {
	return html
		.replace(/<!--[\s\S]*?(?:-->|$)/g, " ")
		.replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, " ")
		.replace(/<\/?[a-zA-Z][^>]*>?/g, " ");
}

function listItemFromToken(item: Tokens.ListItem): ListItem {
	// A tight item's first token is its text; what follows (nested lists,
	// further paragraphs) becomes the item's children.
	// In a tight task list, marked puts the checkbox before that text token.
	const leading = item.tokens[0]?.type === "checkbox" ? item.tokens.slice(0, 1) : [];
	const tokens = item.tokens.slice(leading.length);
	const [first, ...rest] = tokens;
	const leadsWithText = first !== undefined && (first.type === "text" || first.type === "paragraph");
	const text = leadsWithText ? inlineOf(first, leading) : inlineFromTokens(leading);
	const children = blocksFromTokens(leadsWithText ? rest : tokens);
	return { text, children };
}
