import type { Token, Tokens } from "marked";
import { inlineFromTokens, plainText } from "./inline.js";

/** Inline tokens cut at each line break, soft or hard, outside styled text. */
export function splitAtLineBreaks(tokens: readonly Token[]): Token[][] {
	const lines: Token[][] = [[]];
	const current = () => lines[lines.length - 1] as Token[];
	for (const token of tokens) {
		if (token.type === "br" || (token.type === "html" && /^<br\s*\/?>$/i.test(token.raw.trim()))) {
			lines.push([]);
		} else if (token.type === "text" && !("tokens" in token && token.tokens?.length) && token.text.includes("\n")) {
			const pieces: string[] = (token as Tokens.Text).text.split("\n");
			pieces.forEach((piece: string, index: number) => {
				if (index > 0) lines.push([]);
				if (piece) current().push({ type: "text", raw: piece, text: piece } as Token);
			});
		} else {
			current().push(token);
		}
	}
	return lines.filter((line) => line.length > 0);
}

// "Cloud: AWS, GCP": a few words, a colon, then what they name.
const LABELLED_LINE = /^[^:\n]{1,60}:\s+\S/u;

/**
 * Paragraphs of "Area: a, b, c" lines, one per line of the file, keep each line its own: a
 * soft line break would otherwise join "Cloud: …" and "Practices: …" into one line (and one
 * skill). A paragraph of sentences, or with any line not labelled so, reads as Markdown says.
 */
export function withLabelledLinesKept(tokens: readonly Token[]): Token[] {
	return tokens.map((token) => {
		if (token.type !== "paragraph") return token;
		const lines = splitAtLineBreaks((token as Tokens.Paragraph).tokens);
		if (lines.length < 2 || !lines.every((line) => LABELLED_LINE.test(plainText(inlineFromTokens(line))))) return token;
		const breaks = lines.flatMap((line, index) => (index > 0 ? [LINE_BREAK, ...line] : line));
		return { ...token, tokens: breaks } as Token;
	});
}

const LINE_BREAK = { type: "br", raw: "\n" } as Token;
