import stringWidth from "string-width";
import wrapAnsi from "wrap-ansi";

/** No wrapping at all: piped output keeps one paragraph or bullet on one line. */
export const UNLIMITED = Number.POSITIVE_INFINITY;

/**
 * Wraps ANSI text to `width` columns with a hanging indent: the first line
 * starts with `firstPrefix`, the others with spaces as wide as it. Words too
 * long for a line are broken rather than allowed to overflow.
 */
export function wrapHanging(text: string, width: number, firstPrefix: string, restPrefix?: string): string[] {
	const indent = restPrefix ?? " ".repeat(stringWidth(firstPrefix));
	const available = Math.max(1, width - stringWidth(firstPrefix));
	const paragraphs = text.split("\n");
	const lines: string[] = [];
	for (const paragraph of paragraphs) {
		const wrapped =
			width === UNLIMITED ? [paragraph] : wrapAnsi(paragraph, available, { hard: true, trim: true }).split("\n");
		for (const line of wrapped) lines.push((lines.length === 0 ? firstPrefix : indent) + line);
	}
	return lines;
}

/** `left` and `right` on one line, `right` flush with the edge; two lines when they do not fit. */
export function spreadOrStack(left: string, right: string, width: number, rightIndent = "  "): string[] {
	if (!right) return wrapHanging(left, width, "");
	if (width === UNLIMITED) return [`${left}  ${right}`];
	const gap = width - stringWidth(left) - stringWidth(right);
	if (gap >= 2) return [left + " ".repeat(gap) + right];
	return [...wrapHanging(left, width, ""), ...wrapHanging(right, width, rightIndent)];
}
