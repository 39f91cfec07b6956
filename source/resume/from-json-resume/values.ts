/**
 * Safe readers of someone else's JSON: a field of the wrong type reads as absent, and every
 * string is sanitised on the way in, as Markdown is.
 */

import { safeUrl, sanitizeInline, trimText } from "../sanitize.js";

export type Json = Readonly<Record<string, unknown>>;

export function record(value: unknown): Json | undefined {
	return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

export function records(value: unknown): Json[] {
	return Array.isArray(value) ? value.map(record).filter((item) => item !== undefined) : [];
}

export function strings(value: unknown, read: (item: unknown) => string | undefined = oneLine): string[] {
	return Array.isArray(value) ? value.map(read).filter((item) => item !== undefined) : [];
}

/** Sanitised text with its line breaks, a tab read as a space; numbers are text too (a score of 3.8). */
export function multiLine(value: unknown): string | undefined {
	const raw = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
	if (typeof raw !== "string") return undefined;
	return trimText(sanitizeInline(raw)) || undefined;
}

/** Text for a name or a heading: line breaks would break a header line, so they read as spaces. */
export function oneLine(value: unknown): string | undefined {
	// From the first of a run of white space only: tried from each, a long run would cost its length squared.
	return multiLine(value)?.replace(/(?<!\s)\s*\n\s*/gu, " ");
}

/** A URL we may open; an unsafe one reads as absent. */
export function safeUrlOf(value: unknown): string | undefined {
	const raw = oneLine(value);
	return raw ? safeUrl(raw) : undefined;
}
