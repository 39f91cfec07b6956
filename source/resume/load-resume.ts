/**
 * `--file <path>`: a résumé from disk, Markdown or JSON Resume. Whatever can go wrong with
 * someone else's file is a value here, one line saying what is wrong and what to do.
 */

import { type FileHandle, open } from "node:fs/promises";
import { extname } from "node:path";
import type { Resume } from "./model.js";
import { sanitizeText } from "./sanitize.js";

/**
 * The real résumé is 8 KB (9 KB as JSON Resume); a file past its format's limit is the wrong
 * file, refused before it is parsed (before it is read when its size and extension say so).
 *
 * Markdown may be as long as a long academic CV. Marked's inline lexer takes time that grows with
 * the square of a paragraph's emphasis marks on some text (markedjs/marked#4099: "_a" repeated
 * takes ~2 s at 32 KiB, ~40 s at 128 KiB on a two-core machine); slow-markdown.ts refuses such
 * text before marked reads it, so the size limit no longer has to bound it. Reading JSON takes
 * time in proportion to its size, so a JSON document may be bigger still; its limit bounds what
 * the views then lay out (about a second for the 65,000 one-word bullets that fit in it).
 */
export const MAX_MARKDOWN_BYTES = 128 * 1024;
export const MAX_JSON_BYTES = 256 * 1024;
/** The most read of a file whose format only its content tells. */
const MAX_RESUME_BYTES = Math.max(MAX_MARKDOWN_BYTES, MAX_JSON_BYTES);

/**
 * `code` is the exit status: 2 when the path names no file to read (a usage mistake, like an
 * unknown flag), 1 when there is a file but it cannot be read or is no résumé.
 */
export type LoadResult =
	| { readonly ok: true; readonly resume: Resume }
	| { readonly ok: false; readonly error: string; readonly code: 1 | 2 };

type Failure = Extract<LoadResult, { ok: false }>;

export async function loadResumeFile(path: string): Promise<LoadResult> {
	// The path goes into messages on stderr: it must not carry escape sequences there.
	const shown = sanitizeText(path);
	const byExtension = formatByExtension(path);
	const read = await readBytes(path, shown, byExtension);
	if (!read.ok) return read;
	const decoded = decode(read.bytes, shown);
	if (!decoded.ok) return decoded;
	const { text } = decoded;

	const format = byExtension ?? formatOf(text);
	if (format && read.bytes.length > MAX_BYTES[format]) return tooBig(shown, format, read.bytes.length);
	if (format === "json") {
		const parsed = parseJson(text, shown);
		if (!parsed.ok) return parsed;
		const { fromJsonResume } = await import("./from-json-resume/from-json-resume.js");
		const result = fromJsonResume(parsed.value);
		return result.ok ? result : failure(`${shown}: ${result.error}`, 1);
	}
	if (format === "markdown") {
		// Each reader is loaded when its format is met (esbuild evaluates it lazily): start-up with the
		// built-in résumé initialises neither marked nor the JSON Resume reader.
		const { parseMarkdown } = await import("./parse-markdown.js");
		const result = parseMarkdown(text);
		return result.ok ? result : failure(`${shown}: ${result.error}`, 1);
	}
	return failure(
		`${shown}: neither Markdown with a # heading nor JSON starting with {; name it .md or .json to say which`,
		1,
	);
}

function failure(error: string, code: 1 | 2): Failure {
	return { ok: false, error, code };
}

// ── reading ─────────────────────────────────────────────────────────────────

/** At most the limit of the format the extension names, or the largest when it names none. */
async function readBytes(
	path: string,
	shown: string,
	format: Format | undefined,
): Promise<{ ok: true; bytes: Uint8Array } | Failure> {
	const limit = format ? MAX_BYTES[format] : MAX_RESUME_BYTES;
	let handle: FileHandle;
	try {
		handle = await open(path, "r");
	} catch (error) {
		return readFailure(error, shown);
	}
	try {
		// Asked of the open file, not the path, so that what is checked is what is read.
		const stats = await handle.stat();
		if (stats.isDirectory()) return directory(shown);
		if (stats.size > limit) return tooBig(shown, format, stats.size);
		// A pipe or device has no size: read one byte past the limit to know it went over.
		const bytes = await readAtMost(handle, limit + 1);
		return bytes.length > limit ? tooBig(shown, format) : { ok: true, bytes };
	} catch (error) {
		return readFailure(error, shown);
	} finally {
		await handle.close();
	}
}

async function readAtMost(handle: FileHandle, limit: number): Promise<Uint8Array> {
	const buffer = Buffer.allocUnsafe(limit);
	let length = 0;
	for (;;) {
		const { bytesRead } = await handle.read(buffer, length, limit - length, null);
		length += bytesRead;
		if (bytesRead === 0 || length === limit) return buffer.subarray(0, length);
	}
}

function readFailure(error: unknown, shown: string): Failure {
	const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
	switch (code) {
		case "ENOENT":
		case "ENOTDIR":
			return failure(`no such file: ${shown}`, 2);
		case "EISDIR":
			return directory(shown);
		case "EACCES":
		case "EPERM":
			return failure(`cannot read ${shown}: permission denied (check its permissions, e.g. chmod u+r)`, 1);
		default:
			return failure(`cannot read ${shown}: ${code || (error instanceof Error ? error.message : String(error))}`, 1);
	}
}

function directory(shown: string): Failure {
	return failure(`${shown} is a directory: give the path of a résumé file (.md or .json)`, 2);
}

function tooBig(shown: string, format: Format | undefined, size?: number): Failure {
	const limit = sizeText(format ? MAX_BYTES[format] : MAX_RESUME_BYTES);
	const what =
		size === undefined ? `more than ${limit}` : `${size.toLocaleString("en-US")} bytes (${sizeText(size, 1)})`;
	const resume = format ? `${format === "json" ? "a JSON" : "a Markdown"} résumé` : "a résumé";
	return failure(`${shown} is ${what}, over the ${limit} ${resume} may be: is it the right file?`, 1);
}

/** "16 KiB", "2 MiB"; "5.0 MiB" with one decimal. */
function sizeText(bytes: number, decimals = 0): string {
	const [amount, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, "MiB"] : [bytes / 1024, "KiB"];
	return `${amount.toFixed(decimals)} ${unit}`;
}

// ── decoding ────────────────────────────────────────────────────────────────

/** Binary sniffing reads no further than git does for the same question. */
const SNIFFED_BYTES = 8000;

function decode(bytes: Uint8Array, shown: string): { ok: true; text: string } | Failure {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		return failure(`${shown} is UTF-16 text: save it as UTF-8`, 1);
	if (bytes.subarray(0, SNIFFED_BYTES).includes(0))
		return failure(`${shown} is a binary file, not a résumé: give a Markdown (.md) or JSON Resume (.json) file`, 1);
	let text: string;
	try {
		// A UTF-8 byte order mark is allowed and dropped by the decoder.
		text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		return failure(`${shown} is not UTF-8 text${invalidAt(bytes)}: save it as UTF-8`, 1);
	}
	if (text.trim() === "")
		return failure(`${shown} is empty: write the résumé in Markdown (# Name, then sections) or JSON Resume`, 1);
	return { ok: true, text };
}

/**
 * " (byte 0xE9 at offset 1234, line 56)". TextDecoder's error does not say where; a lenient decode
 * marks the spot with U+FFFD, and everything before it is valid, so re-encodes to the same bytes.
 * A U+FFFD the file really holds re-encodes as EF BF BD and is skipped.
 */
function invalidAt(bytes: Uint8Array): string {
	const lenient = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
	for (let index = lenient.indexOf("\uFFFD"); index !== -1; index = lenient.indexOf("\uFFFD", index + 1)) {
		const offset = Buffer.byteLength(lenient.slice(0, index));
		if (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd) continue;
		const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
		const line = bytes.subarray(0, offset).filter((value) => value === 0x0a).length + 1;
		return ` (byte 0x${byte} at offset ${offset}, line ${line})`;
	}
	return "";
}

// ── format ──────────────────────────────────────────────────────────────────

type Format = "markdown" | "json";

const MAX_BYTES: Readonly<Record<Format, number>> = { markdown: MAX_MARKDOWN_BYTES, json: MAX_JSON_BYTES };

// Any other name (.txt, no extension) says nothing: the content does.
const FORMAT_BY_EXTENSION: ReadonlyMap<string, Format> = new Map([
	[".md", "markdown"],
	[".markdown", "markdown"],
	[".json", "json"],
]);

// An ATX heading, a setext one (a line underlined with = or -), or front matter, which can name the person.
const MARKDOWN_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)|^ {0,3}\S[^\n]*\n {0,3}(?:=+|-+)[ \t]*$|^---[ \t]*\n/mu;

/** The extension says first. */
function formatByExtension(path: string): Format | undefined {
	return FORMAT_BY_EXTENSION.get(extname(path).toLowerCase());
}

/** Else the content: a JSON document is an object; a résumé in Markdown has headings. */
function formatOf(text: string): Format | undefined {
	if (text.trimStart().startsWith("{")) return "json";
	return MARKDOWN_HEADING.test(text.replace(/\r\n?/g, "\n")) ? "markdown" : undefined;
}

// ── JSON ────────────────────────────────────────────────────────────────────

function parseJson(text: string, shown: string): { ok: true; value: unknown } | Failure {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return failure(`${shown} is not valid JSON: ${describeJsonError(message, text)}`, 1);
	}
}

/**
 * V8's SyntaxError message → "expected ',' or '}' after property value at line 3, column 5".
 * Node 20 says "… in JSON at position 41", Node 22 and later add "(line 3 column 5)"; an
 * unexpected token is reported with a quote of the text around it and no position at all.
 */
export function describeJsonError(message: string, text: string): string {
	const reason = sanitizeText(message)
		.replace(/ in JSON at position \d+.*$/su, "")
		.replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/su, "")
		.replace(/^./u, (first) => first.toLowerCase());
	const where = /\(line (\d+) column (\d+)\)/u.exec(message);
	if (where) return `${reason} at line ${where[1]}, column ${where[2]}`;
	const offset = positionIn(message) ?? (/end of JSON input/u.test(message) ? text.length : failingOffset(text));
	if (offset === undefined) return reason;
	const before = text.slice(0, offset);
	const line = before.split("\n").length;
	const column = offset - (before.lastIndexOf("\n") + 1) + 1;
	return `${reason} at line ${line}, column ${column}`;
}

function positionIn(message: string): number | undefined {
	const position = /at position (\d+)/u.exec(message)?.[1];
	return position === undefined ? undefined : Number(position);
}

/**
 * Where parsing breaks when V8 does not say: the shortest prefix of the text that fails for
 * another reason than ending too soon ends just after it. Found by bisection, a few parses.
 */
function failingOffset(text: string): number | undefined {
	if (!failsBeforeItsEnd(text)) return undefined;
	let fine = 0;
	let failing = text.length;
	while (failing - fine > 1) {
		const middle = Math.floor((fine + failing) / 2);
		if (failsBeforeItsEnd(text.slice(0, middle))) failing = middle;
		else fine = middle;
	}
	return failing - 1;
}

function failsBeforeItsEnd(prefix: string): boolean {
	try {
		JSON.parse(prefix);
		return false;
	} catch (error) {
		const message = error instanceof Error ? error.message : "";
		if (/end of JSON input/u.test(message)) return false;
		const position = positionIn(message);
		return position === undefined || position < prefix.length;
	}
}
