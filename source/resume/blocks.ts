import type { Token, Tokens } from "marked";
import { decodeEntities } from "./html-entities.js";
import { inlineFromTokens, inlineOf } from "./inline.js";
import type { Block, Inline } from "./model.js";
import { sanitizeCode, sanitizeInline, trimText } from "./sanitize.js";

/**
 * How many lists and quotes may hold one another. Views and the JSON export walk blocks
 * recursively, and a file may nest them thousands deep: what lies deeper is flattened
 * (see flattened), its text kept. A résumé nests two or three.
 */
export const MAX_NESTING = 20;

/**
 * Marked's block tokens → model blocks; `depth` is how many lists and quotes hold them.
 * HTML blocks, link definitions and blank space carry no text.
 */
export function blocksFromTokens(tokens: readonly Token[], depth = 0): Block[] {
	const blocks: Block[] = [];
	for (const token of tokens) {
		if (depth >= MAX_NESTING && isNesting(token)) {
			for (const block of flattened(token)) blocks.push(block);
			continue;
		}
		const block = blockFromToken(token, depth);
		if (block) blocks.push(block);
	}
	return blocks;
}

function isNesting(token: Token): token is Tokens.List | Tokens.Blockquote {
	return token.type === "list" || token.type === "blockquote";
}

function blockFromToken(token: Token, depth: number): Block | undefined {
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
			return {
				...listOf(list),
				items: list.items.map((item) => {
					const { text, rest } = itemParts(item);
					return { text, children: blocksFromTokens(rest, depth + 1) };
				}),
			};
		}
		case "code": {
			const code = token as Tokens.Code;
			return {
				kind: "code",
				language: trimText(sanitizeInline(code.lang ?? "")),
				text: sanitizeCode(code.text),
			};
		}
		case "blockquote":
			return {
				kind: "quote",
				blocks: blocksFromTokens((token as Tokens.Blockquote).tokens, depth + 1),
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
			const words = trimText(sanitizeInline(decodeEntities(stripTags((token as Tokens.HTML).text))));
			return words ? { kind: "paragraph", text: [{ text: words.replace(/\s+/g, " ") }] } : undefined;
		}
		default:
			return undefined;
	}
}

function listOf(list: Tokens.List): { kind: "list"; ordered: boolean; start: number } {
	return { kind: "list", ordered: list.ordered, start: typeof list.start === "number" ? list.start : 1 };
}

function stripTags(html: string): string {
	return html
		.replace(/<!--[\s\S]*?(?:-->|$)/g, " ")
		.replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, " ")
		.replace(/<\/?[a-zA-Z][^>]*>?/g, " ");
}

/**
 * A list item's own text and the tokens below it. A tight item's first token is its text;
 * what follows (nested lists, further paragraphs) becomes the item's children.
 * In a tight task list, marked puts the checkbox before that text token.
 */
function itemParts(item: Tokens.ListItem): { text: Inline; rest: readonly Token[] } {
	const leading = item.tokens[0]?.type === "checkbox" ? item.tokens.slice(0, 1) : [];
	const tokens = item.tokens.slice(leading.length);
	const [first, ...rest] = tokens;
	const leadsWithText = first !== undefined && (first.type === "text" || first.type === "paragraph");
	return leadsWithText ? { text: inlineOf(first, leading), rest } : { text: inlineFromTokens(leading), rest: tokens };
}

type FlatList = { kind: "list"; ordered: boolean; start: number; items: { text: Inline; children: Block[] }[] };

// Marks where a list's items end while flattening.
const LIST_END = Symbol("end of list");

/**
 * A list or quote past MAX_NESTING with all it holds, in document order and without
 * recursion: every list item inside a list, however deep, is an item of one flat list, and
 * what else it holds (paragraphs, code, tables) its children; a quote's content stands in
 * its place. Nothing is dropped, and no block holds more than one list below this one.
 */
function flattened(root: Tokens.List | Tokens.Blockquote): Block[] {
	const blocks: Block[] = [];
	let list: FlatList | undefined;
	let listsOpen = 0;
	const pending: (Token | typeof LIST_END)[] = [root];
	for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
		if (next === LIST_END) {
			listsOpen -= 1;
			if (listsOpen === 0) list = undefined;
		} else if (next.type === "list") {
			const nested = next as Tokens.List;
			if (!list) {
				list = { ...listOf(nested), items: [] };
				blocks.push(list);
			}
			listsOpen += 1;
			pending.push(LIST_END);
			pushInReverse(pending, nested.items);
		} else if (next.type === "list_item") {
			const { text, rest } = itemParts(next as Tokens.ListItem);
			list?.items.push({ text, children: [] });
			pushInReverse(pending, rest);
		} else if (next.type === "blockquote") {
			pushInReverse(pending, (next as Tokens.Blockquote).tokens);
		} else {
			const block = blockFromToken(next, MAX_NESTING);
			const item = list?.items.at(-1);
			if (block && item) item.children.push(block);
			else if (block) blocks.push(block);
		}
	}
	return blocks;
}

/** Onto a stack, so that the first token is the next popped. */
function pushInReverse<T>(stack: T[], tokens: readonly T[]): void {
	for (let index = tokens.length - 1; index >= 0; index -= 1) stack.push(tokens[index] as T);
}
