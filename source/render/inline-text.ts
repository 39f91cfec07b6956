import { shownAddress } from "../resume/contact-kinds.js";
import type { Inline, Span } from "../resume/model.js";
import type { Styles } from "./styles.js";

/**
 * How links are written: OSC 8 hyperlinks where the terminal supports them,
 * otherwise the text followed by the URL so it can still be copied.
 */
export type LinkStyle = "hyperlink" | "text";

export type InlineOptions = {
	readonly styles: Styles;
	readonly links: LinkStyle;
};

/** Styled spans → one ANSI string (hard breaks stay as "\n"). */
export function inlineToAnsi(inline: Inline, options: InlineOptions): string {
	return inline.map((span) => spanToAnsi(span, options)).join("");
}

function spanToAnsi(span: Span, { styles, links }: InlineOptions): string {
	if (span.text === "\n") return "\n";
	let text = span.text;
	if (span.code) text = styles.code(text);
	if (span.strong) text = styles.strong(text);
	if (span.emphasis) text = styles.emphasis(text);
	if (!span.href) return text;
	if (links === "hyperlink") return hyperlink(styles.link(text), span.href);
	const visibleUrl = shownAddress(span.href);
	return visibleUrl === span.text ? styles.link(text) : `${styles.link(text)} ${styles.muted(`<${visibleUrl}>`)}`;
}

/** OSC 8: `ESC ] 8 ; ; URL ST text ESC ] 8 ; ; ST`. The URL passed sanitize.safeUrl on its way in. */
export function hyperlink(text: string, url: string): string {
	return `\u001B]8;;${osc8Uri(url)}\u0007${text}\u001B]8;;\u0007`;
}

const utf8 = new TextEncoder();

/**
 * OSC 8 carries a URI in printable ASCII only: a control character would end
 * the sequence early, a line feed split it across lines, a space end it in some
 * terminals, and a wide character misplace a line break. Whatever else a URL
 * holds is percent-encoded, as the OSC 8 specification asks.
 */
function osc8Uri(url: string): string {
	return url.replace(/[^\u0021-\u007E]/gu, (character) =>
		Array.from(utf8.encode(character), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
	);
}
