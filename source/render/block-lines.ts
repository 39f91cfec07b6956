import type { Block, ListItem } from "../resume/model.js";
import { type InlineOptions, inlineToAnsi } from "./inline-text.js";
import { UNLIMITED, wrapHanging } from "./wrap.js";

export type TableBlock = Extract<Block, { kind: "table" }>;
export type CodeBlock = Extract<Block, { kind: "code" }>;

/**
 * Bordered tables and laid-out code blocks (rich-blocks.ts). Loaded only for a
 * résumé that has such blocks (load-rich-blocks.ts); without it they print plainly.
 */
export type RichBlockRenderer = {
	/** The table's lines, or undefined when it cannot be drawn within the width. */
	readonly table: (block: TableBlock, indent: string, options: LayoutOptions) => string[] | undefined;
	readonly code: (block: CodeBlock, indent: string, options: LayoutOptions) => string[];
};

export type LayoutOptions = InlineOptions & {
	/** Columns available; UNLIMITED for piped output, which is never wrapped. */
	readonly width: number;
	readonly richBlocks?: RichBlockRenderer;
};

/** Blocks → wrapped ANSI lines, `indent` columns in, a blank line between blocks. */
export function blockLines(blocks: readonly Block[], indent: number, options: LayoutOptions): string[] {
	return nestedBlockLines(blocks, indent, options, deepestIndent(options.width));
}

/**
 * However deep lists and quotes nest, text keeps at least half the width:
 * levels past that stay at the deepest indentation instead of pushing lines
 * past the edge.
 */
function deepestIndent(width: number): number {
	return width === UNLIMITED ? UNLIMITED : Math.floor(width / 2);
}

/** `maxIndent`: the columns of indentation still allowed, counted from this level's left edge. */
function nestedBlockLines(
	blocks: readonly Block[],
	indent: number,
	options: LayoutOptions,
	maxIndent: number,
): string[] {
	const lines: string[] = [];
	for (const block of blocks) {
		if (lines.length > 0) lines.push("");
		lines.push(...linesOfBlock(block, Math.min(indent, maxIndent), options, maxIndent));
	}
	return lines;
}

function linesOfBlock(block: Block, columns: number, options: LayoutOptions, maxIndent: number): string[] {
	const { width, styles } = options;
	const indent = " ".repeat(columns);
	switch (block.kind) {
		case "paragraph":
			return wrapHanging(inlineToAnsi(block.text, options), width, indent);
		case "heading":
			return wrapHanging(styles.strong(inlineToAnsi(block.text, options)), width, indent);
		case "list":
			return block.items.flatMap((item, index) =>
				listItemLines(item, indent, block.ordered ? `${block.start + index}. ` : "• ", options, maxIndent),
			);
		case "code":
			return (
				options.richBlocks?.code(block, indent, options) ??
				block.text.split("\n").flatMap((line) => wrapHanging(styles.code(line), width, `${indent}  `))
			);
		case "quote":
			return quoteLines(block.blocks, columns, options, maxIndent);
		case "table":
			return (
				options.richBlocks?.table(block, indent, options) ??
				[block.header, ...block.rows].flatMap((row) =>
					wrapHanging(row.map((cell) => inlineToAnsi(cell, options)).join(styles.muted(" │ ")), width, indent),
				)
			);
		case "rule":
			return [indent + styles.muted("─".repeat(Math.min(40, Math.max(1, width - columns))))];
	}
}

function listItemLines(
	item: ListItem,
	indent: string,
	marker: string,
	options: LayoutOptions,
	maxIndent: number,
): string[] {
	const prefix = indent + options.styles.bullet(marker);
	const hanging = indent + " ".repeat(marker.length);
	const text = item.text.length > 0 ? inlineToAnsi(item.text, options) : "";
	const lines = wrapHanging(text, options.width, prefix, hanging);
	const nested = nestedBlockLines(item.children, hanging.length, options, maxIndent);
	return [...lines, ...nested];
}

/** A quote's blocks laid out in the width left after its indentation and bar, the bar before each line. */
function quoteLines(blocks: readonly Block[], columns: number, options: LayoutOptions, maxIndent: number): string[] {
	const bar = `${options.styles.muted("│")} `;
	const barColumns = 2;
	// Too deep for another bar: the quote's blocks stay at this level.
	if (columns + barColumns > maxIndent) return nestedBlockLines(blocks, columns, options, maxIndent);
	const inner = { ...options, width: options.width - columns - barColumns };
	const indent = " ".repeat(columns);
	return nestedBlockLines(blocks, 0, inner, maxIndent - columns - barColumns).map((line) => indent + bar + line);
}
