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
	const lines: string[] = [];
	for (const block of blocks) {
		if (lines.length > 0) lines.push("");
		lines.push(...linesOfBlock(block, " ".repeat(indent), options));
	}
	return lines;
}

function linesOfBlock(block: Block, indent: string, options: LayoutOptions): string[] {
	const { width, styles } = options;
	switch (block.kind) {
		case "paragraph":
			return wrapHanging(inlineToAnsi(block.text, options), width, indent);
		case "heading":
			return wrapHanging(styles.strong(inlineToAnsi(block.text, options)), width, indent);
		case "list":
			return block.items.flatMap((item, index) =>
				listItemLines(item, indent, block.ordered ? `${block.start + index}. ` : "• ", options),
			);
		case "code":
			return (
				options.richBlocks?.code(block, indent, options) ??
				block.text.split("\n").flatMap((line) => wrapHanging(styles.code(line), width, `${indent}  `))
			);
		case "quote":
			return blockLines(block.blocks, 0, quoteOptions(options)).map((line) => `${indent}${styles.muted("│")} ${line}`);
		case "table":
			return (
				options.richBlocks?.table(block, indent, options) ??
				[block.header, ...block.rows].flatMap((row) =>
					wrapHanging(row.map((cell) => inlineToAnsi(cell, options)).join(styles.muted(" │ ")), width, indent),
				)
			);
		case "rule":
			return [indent + styles.muted("─".repeat(Math.min(40, Math.max(1, width - indent.length))))];
	}
}

function listItemLines(item: ListItem, indent: string, marker: string, options: LayoutOptions): string[] {
	const prefix = indent + options.styles.bullet(marker);
	const hanging = indent + " ".repeat(marker.length);
	const text = item.text.length > 0 ? inlineToAnsi(item.text, options) : "";
	const lines = wrapHanging(text, options.width, prefix, hanging);
	const nested = blockLines(item.children, hanging.length, options);
	return [...lines, ...nested];
}

function quoteOptions(options: LayoutOptions): LayoutOptions {
	return options.width === UNLIMITED ? options : { ...options, width: Math.max(1, options.width - 2) };
}
