import { plainText } from "../inline.js";
import type { Block, Inline, ListItem, Span } from "../model.js";

/** One line per paragraph, list item or table row; `lineBreak` stands for a hard break within one. */
export function linesOf(blocks: readonly Block[], lineBreak: string): string[] {
	return blocks.flatMap((block) => blockLines(block, lineBreak)).filter((line) => line !== "");
}

function blockLines(block: Block, lineBreak: string): string[] {
	switch (block.kind) {
		case "paragraph":
		case "heading":
			return [textOf(block.text, lineBreak)];
		case "list":
			return block.items.map((item) => itemText(item, lineBreak));
		case "code":
			return [block.text];
		case "quote":
			return linesOf(block.blocks, lineBreak);
		case "table":
			return [block.header, ...block.rows].map((row) => row.map((cell) => textOf(cell, lineBreak)).join(" | "));
		case "rule":
			return [];
	}
}

/** A list item with its nested items folded in: "Blogs: Golang News; Kubernetes Weekly". */
export function itemText(item: ListItem, lineBreak: string): string {
	const text = textOf(item.text, lineBreak);
	const children = linesOf(item.children, lineBreak).join("; ");
	if (!children) return text;
	if (!text) return children;
	return `${text}${text.endsWith(":") ? " " : ": "}${children}`;
}

/** Plain text where a link reads "text (url)", unless its text already is the url. */
export function textOf(inline: Inline, lineBreak: string): string {
	return linkRuns(inline)
		.map(({ spans, href }) => {
			// Each run of spaces is tried from its first only (see inline.ts).
			const text = plainText(spans).replace(/(?<![ \t])[ \t]*\n[ \t]*/g, lineBreak);
			if (!href || [href, href.replace(/^mailto:/i, "")].includes(text.trim())) return text;
			return `${text} (${href})`;
		})
		.join("");
}

/** Consecutive spans sharing a link: one link may be split by styling ("**Go** docs"). */
function linkRuns(inline: Inline): { spans: Inline; href?: string }[] {
	const runs: { spans: Span[]; href?: string }[] = [];
	for (const span of inline) {
		const last = runs.at(-1);
		if (last && last.href === span.href) last.spans.push(span);
		else runs.push({ spans: [span], href: span.href });
	}
	return runs;
}

/** The web address a heading links to; a mailto: link is no website. */
export function firstHref(inline: Inline): string | undefined {
	return inline.find((span) => span.href && !span.href.startsWith("mailto:"))?.href;
}
