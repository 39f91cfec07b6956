/**
 * A pre-check for the Markdown that marked takes too long to read, so that no file can hang the
 * program. Marked's inline lexer matches emphasis delimiters (`_`, `*`, `~`) against one another
 * within a paragraph or list item, in time that grows with the square of their number
 * (markedjs/marked#4099: 16,000 of them take two seconds, 64,000 forty). A résumé writes a few
 * dozen per paragraph; a file that writes thousands is refused before marked sees it.
 *
 * Blocks are found by lines, erring on the side of one larger block: a blank line, a heading or a
 * list item starts one; anything else (a quote's next line, a table row) may continue a paragraph.
 */

/** Delimiters one block may hold: ~0.15 s of marked's time on a two-core machine at worst. */
export const MAX_DELIMITERS_PER_BLOCK = 4000;
/** The sum of each block's delimiters squared: bounds the whole file as the limit above bounds one block. */
const MAX_DELIMITER_WORK = 2 * MAX_DELIMITERS_PER_BLOCK * MAX_DELIMITERS_PER_BLOCK;

const BLOCK_START = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]|1[.)][ \t])/u;
const DELIMITERS = /[_*~]/gu;

/** Why marked would be too slow on this text, in a line; undefined when it is not. */
export function tooSlowToRead(text: string): string | undefined {
	let work = 0;
	let count = 0;
	let startLine = 1;
	const close = (): string | undefined => {
		if (count > MAX_DELIMITERS_PER_BLOCK)
			return `the paragraph at line ${startLine} holds ${count.toLocaleString("en-US")} _, * or ~ marks, more than ${MAX_DELIMITERS_PER_BLOCK.toLocaleString("en-US")}: Markdown that marked would take too long to read; split it or escape them`;
		work += count * count;
		count = 0;
		return undefined;
	};
	const lines = text.split("\n");
	for (const [index, line] of lines.entries()) {
		const blank = line.trim() === "";
		if (blank || BLOCK_START.test(line)) {
			const refused = close();
			if (refused) return refused;
			// A blank line ends a block; the next starts on the line after it, a heading or an item on its own.
			startLine = blank ? index + 2 : index + 1;
		}
		count += line.match(DELIMITERS)?.length ?? 0;
	}
	const refused = close();
	if (refused) return refused;
	if (work > MAX_DELIMITER_WORK)
		return "too many _, * or ~ marks in its paragraphs: Markdown that marked would take too long to read";
	return undefined;
}
