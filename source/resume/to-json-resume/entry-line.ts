import { splitPlaceAndDates } from "../dates.js";
import { fullyIso } from "./iso-dates.js";

export type EntryLine = {
	/** What the line is about: an award's title, a publication's name, a language. */
	readonly name: string;
	/** The parts after it, as written: "Proceedings of the ACM", "DPMA". */
	readonly details: readonly string[];
	/** A single date ending the line, in ISO form ("1952", "1991-06"). */
	readonly date?: string;
};

// Between a name and what follows: " — ", " – ", " - ", " | ", ", ", ": ".
// Each run of white space is tried from its first character only (see inline.ts).
const PARTS = /(?<!\s)\s+[—–|-]\s+|,\s+|:\s+/u;

/**
 * "The Education of a Computer — Proceedings of the ACM, 1952" → name, details and date: how
 * people write an award, a certificate or a publication on one line. A date that ISO cannot say
 * as written ("Summer 1952") stays in the details, so nothing is lost.
 */
export function entryLine(text: string): EntryLine {
	const { place, dates } = splitPlaceAndDates(text);
	const single = dates && dates.end === undefined && fullyIso(dates) ? dates.startIso : undefined;
	const words = single ? (place ?? "") : text;
	const [name = "", ...details] = words
		.split(PARTS)
		.map((part) => part.trim())
		.filter(Boolean);
	return { name, details, ...(single ? { date: single } : {}) };
}

/** "Languages: Go, Rust, C" → name and keywords; undefined for a line without "Name: list". */
export function namedList(text: string): { name: string; keywords: string[] } | undefined {
	const colon = /^([^:]{1,60}):\s+(.+)$/u.exec(text);
	if (!colon?.[1] || !colon[2]) return undefined;
	const keywords = colon[2]
		.split(/\s*[,;]\s*/u)
		.map((keyword) => keyword.trim())
		.filter(Boolean);
	return { name: colon[1].trim(), keywords };
}
