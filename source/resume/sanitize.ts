/**
 * The one gate text passes on its way into the model. A résumé is someone
 * else's text: nothing in it may reach a terminal as a control sequence, and
 * no link may point anywhere but the web or a mail client.
 */

// Whole terminal escape sequences, so that their parameters ("[31m",
// "]8;;https://…") do not linger as stray printable text once ESC is gone:
// CSI; OSC, DCS, SOS, PM and APC up to their terminator (or the end of the
// line, never further); any other ESC sequence. 7-bit and C1 introducers alike.
const ESCAPE_SEQUENCES = new RegExp(
	[
		String.raw`(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]`,
		String.raw`(?:\u001B[\]PX^_]|[\u0090\u0098\u009D-\u009F])[^\u0007\u001B\u009C\n]*(?:\u0007|\u001B\\|\u009C)?`,
		String.raw`\u001B[ -/]*[0-~]`,
	].join("|"),
	"g",
);

// C0 controls but tab and newline, DEL, C1 controls: whatever the sequences
// above left, such as a lone ESC.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
// can make text display in another order than it reads, so they are removed.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Printable text only: escape sequences, control characters and bidi overrides removed, CRLF/CR made LF. */
export function sanitizeText(text: string): string {
	return text
		.replace(/\r\n?/g, "\n")
		.replace(ESCAPE_SEQUENCES, "")
		.replace(CONTROL_CHARACTERS, "")
		.replace(BIDI_CONTROLS, "");
}

/**
 * Text of a span or of a one-line field: sanitised, and each tab one space. A tab is as wide
 * as the column it starts at makes it, which text that views wrap and indent cannot know; what
 * it says between two words is a space. (A tab left in would count as no column at all when
 * views measure text, and jump to the next multiple of 8 in a terminal.)
 */
export function sanitizeInline(text: string): string {
	return sanitizeText(text).replaceAll("\t", " ");
}

/** Columns between tab stops in code: CommonMark's tab stop, and a common editor setting. */
const CODE_TAB_STOP = 4;

const LEADING_MARKS = /^\p{Mark}+/u;
const COMBINING_MARK = /^\p{Mark}$/u;

/**
 * A code block's text: sanitised, each tab expanded to spaces up to the next multiple of
 * CODE_TAB_STOP columns from the start of its line, as expand(1) does, counting one column a
 * character (a combining mark none), so that what the code aligns stays aligned. A combining
 * mark at the start of a line has nothing to combine with and is dropped (see trimText).
 */
export function sanitizeCode(text: string): string {
	return sanitizeText(text)
		.split("\n")
		.map((line) => expandTabs(line.slice(leadingMarks(line).length)))
		.join("\n");
}

function expandTabs(line: string): string {
	if (!line.includes("\t")) return line;
	let expanded = "";
	let column = 0;
	for (const character of line) {
		if (character === "\t") {
			const spaces = CODE_TAB_STOP - (column % CODE_TAB_STOP);
			expanded += " ".repeat(spaces);
			column += spaces;
		} else {
			expanded += character;
			if (!COMBINING_MARK.test(character)) column += 1;
		}
	}
	return expanded;
}

/** The combining marks a text starts with, if any. */
export function leadingMarks(text: string): string {
	return LEADING_MARKS.exec(text)?.[0] ?? "";
}

/**
 * Trimmed, and without combining marks at the start. A mark there has no character of its
 * own to combine with, so it would combine with whatever a view writes before it: wrap-ansi
 * normalises "\u001B[36m" + U+0301 into "\u001B[36ḿ", and the colour code is broken.
 */
export function trimText(text: string): string {
	return trimTextStart(text).trimEnd();
}

const LEADING_MARKS_AND_SPACE = /^[\p{Mark}\s]+/u;

/** White space and combining marks at the start dropped, however they alternate. */
export function trimTextStart(text: string): string {
	return text.replace(LEADING_MARKS_AND_SPACE, "");
}

const OPENABLE_PROTOCOLS = new Set(["https:", "http:", "mailto:"]);
const PRINTABLE_ASCII = /^[\x21-\x7E]+$/;

/**
 * The URL if it is one we may link to or open, otherwise undefined.
 * The template writes addresses as `email:someone@example.org`, which becomes mailto:.
 */
export function safeUrl(raw: string): string | undefined {
	const trimmed = sanitizeText(raw).trim();
	const withMailto = /^email:/i.test(trimmed) ? `mailto:${trimmed.slice("email:".length)}` : trimmed;
	let url: URL;
	try {
		url = new URL(withMailto);
	} catch {
		return undefined;
	}
	if (!OPENABLE_PROTOCOLS.has(url.protocol)) return undefined;
	if (url.protocol !== "mailto:" && url.hostname === "") return undefined;
	// URL reads past tabs and line breaks, and accepts spaces and non-ASCII text, none of
	// which may reach a terminal's hyperlink: printable ASCII is kept as written, anything
	// else as URL serialises it (without those characters, percent-encoded, punycode). It
	// leaves the spaces of a mailto: address as they are ("mailto:a b@example.org").
	if (PRINTABLE_ASCII.test(withMailto)) return withMailto;
	const serialised = url.href.replaceAll(" ", "%20");
	return PRINTABLE_ASCII.test(serialised) ? serialised : undefined;
}
