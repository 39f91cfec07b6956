/**
 * Safe readers of someone else's JSON: a field of the wrong type reads as absent, and every
 * string is sanitised on the way in, as Markdown is.
 */

import { setField } from "../compact.js";
import { safeUrl, sanitizeInline, sanitizeText, trimText } from "../sanitize.js";

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

/** Past this depth a value is dropped: a résumé's fields nest four deep, a hostile file thousands. */
const MAX_KEPT_DEPTH = 32;

/**
 * A value of the document kept as it was, every string in it sanitised (but not trimmed: it is
 * written back as read). Views never read these: they read the text made from them.
 */
export function keptValue(value: unknown, depth = 0): unknown {
	if (typeof value === "string") return sanitizeText(value);
	if (typeof value !== "object" || value === null) return value;
	if (depth >= MAX_KEPT_DEPTH) return undefined;
	if (Array.isArray(value)) return value.map((item) => keptValue(item, depth + 1) ?? null);
	const kept: Record<string, unknown> = {};
	for (const [key, field] of Object.entries(value)) {
		const inner = keptValue(field, depth + 1);
		if (inner !== undefined) setField(kept, sanitizeText(key), inner);
	}
	return kept;
}

/** A record of the document kept as it was (see keptValue). */
export function keptRecord<T>(value: Json): T {
	return keptValue(value) as T;
}
