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

const OPENABLE_PROTOCOLS = new Set(["https:", "http:", "mailto:"]);

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
	return withMailto;
}
