import Renderer, { type RendererOptions, type TableOptions } from "marked-terminal";
import stringWidth from "string-width";
import stripAnsi from "strip-ansi";
import type { Inline } from "../resume/model.js";
import type { CodeBlock, LayoutOptions, RichBlockRenderer, TableBlock } from "./block-lines.js";
import { inlineToAnsi } from "./inline-text.js";
import { cutToWidth, UNLIMITED } from "./wrap.js";

/**
 * marked-terminal's renderer, fed the model's already-sanitised text: nothing
 * here parses Markdown. Import it through load-rich-blocks.ts, never directly,
 * so that a résumé without tables or code never loads it.
 */
export const richBlocks: RichBlockRenderer = { table: tableLines, code: codeLines };

const CODE_INDENT = 2;
const unchanged = (text: string) => text;

const rendererOptions: RendererOptions = {
	code: unchanged,
	table: unchanged,
	// The model already decoded entities and holds the text as written: decoding
	// again would turn a literal "&amp;" into "&", and ":name:" is not ours to replace.
	unescape: false,
	emoji: false,
	tab: CODE_INDENT,
};

// marked-terminal joins cells and rows with these markers and splits them
// apart again: a cell that contains one would be split in the wrong place.
const RENDERER_MARKERS = ["^*||*^", "*|*|*|*", "*#COLON|*"];

/** A cell is padded by one column each side, and every column has a border on its left, the last one on its right too. */
const CELL_PADDING = 2;
const BORDER = 1;

function tableLines(block: TableBlock, indent: string, options: LayoutOptions): string[] | undefined {
	if (block.header.length === 0) return undefined;
	const header = block.header.map((cell) => options.styles.strong(cellText(cell, options)));
	const rows = block.rows.map((row) => row.map((cell) => cellText(cell, options)));
	const cells = [header, ...rows].flat();
	if (cells.some((cell) => RENDERER_MARKERS.some((marker) => cell.includes(marker)))) return undefined;

	const available = options.width - indent.length;
	const tableOptions = tableOptionsFor([header, ...rows], available);
	if (!tableOptions) return undefined;

	const renderer = new Renderer({ ...rendererOptions, tableOptions });
	const row = (cells: readonly string[]) => renderer.tablerow(cells.map((cell) => renderer.tablecell(cell)).join(""));
	const lines = linesOf(renderer.table(row(header), rows.map(row).join("")));
	// cli-table3 truncates what it cannot wrap: a table that would not fit is printed plainly instead.
	if (lines.some((line) => stringWidth(line) > available)) return undefined;
	return lines.map((line) => indent + line);
}

/**
 * One line of text per cell. Links are written as text with their URL, since
 * cli-table3 measures text by removing colour codes only and would count an
 * OSC 8 hyperlink's URL as visible width; and a hard break becomes a space,
 * since marked-terminal splits rows on line feeds.
 */
function cellText(cell: Inline, options: LayoutOptions): string {
	const oneLine = cell.map((span) => (span.text === "\n" ? { text: " " } : span));
	return inlineToAnsi(oneLine, { styles: options.styles, links: "text" });
}

/**
 * Column widths for cli-table3: each column as wide as its longest cell when
 * the table fits, otherwise at least as wide as its longest word (so cli-table3
 * wraps between words and never truncates one), the spare columns shared out
 * evenly. Undefined when even the longest words do not fit side by side.
 */
function tableOptionsFor(rows: readonly (readonly string[])[], available: number): TableOptions | undefined {
	// Colours come from our Styles alone: cli-table3's own (red headers, grey
	// borders) would follow its own colour detection, not the chosen level.
	const style = { head: [], border: [] };
	if (available === UNLIMITED) return { style };

	const columnCount = Math.max(...rows.map((row) => row.length));
	const columns = Array.from({ length: columnCount }, (_, index) => rows.map((row) => row[index] ?? ""));
	const longest = columns.map((column) => Math.max(1, ...column.map((cell) => stringWidth(cell))));
	const widths = columns.map((column) => Math.max(1, ...column.flatMap((cell) => wordWidths(cell))));
	let spare = available - BORDER * (columnCount + 1) - CELL_PADDING * columnCount - sum(widths);
	if (spare < 0) return undefined;
	while (spare > 0 && widths.some((width, index) => width < (longest[index] ?? 0))) {
		widths.forEach((width, index) => {
			if (spare > 0 && width < (longest[index] ?? 0)) {
				widths[index] = width + 1;
				spare -= 1;
			}
		});
	}
	return { style, wordWrap: true, colWidths: widths.map((width) => width + CELL_PADDING) };
}

function wordWidths(text: string): number[] {
	return stripAnsi(text)
		.split(/\s+/)
		.map((word) => stringWidth(word));
}

function sum(numbers: readonly number[]): number {
	return numbers.reduce((total, value) => total + value, 0);
}

/**
 * marked-terminal's code layout: the block indented by CODE_INDENT columns.
 * Its highlighter is stubbed out of the bundle (scripts/build/without-highlighting.mjs); run from
 * source, the real one would colour by chalk's global colour level rather than
 * the chosen one, so whatever colour it adds is dropped and ours applied. A
 * line too long for the width continues on the next, as in a terminal.
 */
function codeLines(block: CodeBlock, indent: string, options: LayoutOptions): string[] {
	const renderer = new Renderer(rendererOptions);
	const laidOut = stripAnsi(renderer.code({ text: block.text, lang: block.language }));
	const available = Math.max(1, options.width - indent.length);
	return linesOf(laidOut).flatMap((line) => {
		const parts = options.width === UNLIMITED ? [line] : cutToWidth(line, available);
		return parts.map((part) => indent + (part.trim() === "" ? part : options.styles.code(part)));
	});
}

/** marked-terminal ends every block with a blank line; blockLines puts its own between blocks. */
function linesOf(rendered: string): string[] {
	return rendered.replace(/\n+$/, "").split("\n");
}
