import stringWidth from "string-width";
import wrapAnsi from "wrap-ansi";
import { LazyGraphemeSegmenter } from "./lazy-grapheme-segmenter.js";
import { SINGLE_COLUMN_CHARACTERS } from "./single-column-text.js";

/** No wrapping at all: piped output keeps one paragraph or bullet on one line. */
export const UNLIMITED = Number.POSITIVE_INFINITY;

/** Columns taken by a CJK character or an emoji: no narrower room can show every character. */
const WIDEST_CHARACTER = 2;

/**
 * Wraps ANSI text to `width` columns with a hanging indent: the first line
 * starts with `firstPrefix`, the others with `restPrefix` (by default spaces as
 * wide as `firstPrefix`). Words too long for a line are broken rather than
 * allowed to overflow; no line is ever wider than `width`.
 */
export function wrapHanging(text: string, width: number, firstPrefix: string, restPrefix?: string): string[] {
	const indent = restPrefix ?? " ".repeat(stringWidth(firstPrefix));
	const prefixWidth = Math.max(stringWidth(firstPrefix), stringWidth(indent));
	// A prefix that leaves no room for a wide character (a long list number in
	// a narrow pane) is wrapped with the text instead of pushing it past the edge.
	if (width !== UNLIMITED && prefixWidth > 0 && width - prefixWidth < WIDEST_CHARACTER)
		return wrapHanging(firstPrefix + text, width, "", "");
	const lines: string[] = [];
	for (const paragraph of text.split("\n")) {
		const wrapped = width === UNLIMITED ? [paragraph] : wrapToWidth(paragraph, width - prefixWidth);
		for (const line of wrapped) lines.push((lines.length === 0 ? firstPrefix : indent) + line);
	}
	return lines;
}

/**
 * wrap-ansi measures with the same string-width as this module (both 8.x) and
 * keeps an OSC 8 hyperlink whole, closing and reopening it around a break. A
 * row it leaves too wide is cut again, anywhere (see cutToWidth); text of
 * one-column characters cannot leave one, and is not measured again.
 */
function wrapToWidth(text: string, width: number): string[] {
	const rows = wrapAnsi(text, width, { hard: true, trim: true }).split("\n");
	if (ONE_COLUMN_TEXT.test(text)) return rows;
	return rows.flatMap((row) => (stringWidth(row) <= width ? [row] : cutToWidth(row, width, { trim: true })));
}

/** Single-column characters, and the ESC and BEL of our colours and links. */
const ONE_COLUMN_TEXT = new RegExp(`^[\\u0007\\u001B${SINGLE_COLUMN_CHARACTERS}]*$`, "u");

/**
 * ANSI text cut into rows of at most `width` columns (2 or more) wherever a row
 * is full, words or not: what a terminal does with a line too long for it.
 * Two things wrap-ansi cannot break are broken here: a grapheme cluster wider
 * than a row (a letter and thirty spacing vowel signs), split between its code
 * points; and, when trimming, a space before a word of no width (a lone U+2060)
 * at the end of a full row, which starts the next row instead.
 */
export function cutToWidth(text: string, width: number, { trim = false } = {}): string[] {
	const breakable = stringWidth(text) <= width ? text : breakWideClusters(text, width);
	return wrapAnsi(breakable, width, { hard: true, trim, wordWrap: false })
		.split("\n")
		.map((line) => line.replaceAll(CLUSTER_BREAK, ""));
}

/**
 * A control character, which no text holds once sanitised and which ends a
 * grapheme cluster, put between the code points of a cluster wider than a row
 * so that wrap-ansi may break there; removed again once the text is wrapped.
 */
const CLUSTER_BREAK = "\u0001";
const graphemes = new LazyGraphemeSegmenter();

function breakWideClusters(text: string, width: number): string {
	let result = "";
	for (const { segment } of graphemes.segment(text))
		result += stringWidth(segment) > width ? [...segment].join(CLUSTER_BREAK) : segment;
	return result;
}

/**
 * `left` and `right` on one line after `leftIndent`, `right` flush with the
 * edge; when they do not fit, `left` wrapped and `right` below it, `rightIndent` in.
 */
export function spreadOrStack(
	left: string,
	right: string,
	width: number,
	leftIndent = "",
	rightIndent = `${leftIndent}  `,
): string[] {
	if (!right) return wrapHanging(left, width, leftIndent);
	if (width === UNLIMITED) return [`${leftIndent}${left}  ${right}`];
	const gap = width - stringWidth(leftIndent) - stringWidth(left) - stringWidth(right);
	if (gap >= 2) return [leftIndent + left + " ".repeat(gap) + right];
	return [...wrapHanging(left, width, leftIndent), ...wrapHanging(right, width, rightIndent)];
}
