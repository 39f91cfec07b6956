import type { DateRange } from "./model.js";
import { trimText } from "./sanitize.js";

// Keys are lower-case and accent-free: see monthNumber.
// biome-ignore format: one month per row reads as a table
const MONTHS: Readonly<Record<string, number>> = {
	jan: 1, january: 1, janv: 1, janvier: 1,
	feb: 2, february: 2, fev: 2, fevr: 2, fevrier: 2,
	mar: 3, march: 3, mars: 3,
	apr: 4, april: 4, avr: 4, avril: 4,
	may: 5, mai: 5,
	jun: 6, june: 6, juin: 6,
	jul: 7, july: 7, juil: 7, juillet: 7,
	aug: 8, august: 8, aout: 8,
	sep: 9, sept: 9, september: 9, septembre: 9,
	oct: 10, october: 10, octobre: 10,
	nov: 11, november: 11, novembre: 11,
	dec: 12, december: 12, decembre: 12,
};

const ONGOING_WORDS = "present|présent|now|today|current|ongoing|aujourd['’]hui";
const ONGOING = new RegExp(`^(?:${ONGOING_WORDS})$`, "iu");

// "April 2020", "04/2020", "2020". Marks are allowed in the month so that a decomposed
// "février" still reads, but not first: a date never starts with a mark (see trimText).
// The month starts at the start of a word only: tried from every letter of a long word,
// it would cost the word's length squared, and a heading may be any length.
const DATE = String.raw`(?:(?<![\p{Letter}\p{Mark}])\p{Letter}[\p{Letter}\p{Mark}]*\.?\s+)?(?:\d{1,2}/)?\d{4}`;
const RANGE_AT_END = new RegExp(String.raw`(${DATE})(?:\s*(?:-|–|—|to|à)\s*(${DATE}|${ONGOING_WORDS}))?\s*$`, "iu");

/** "Paris, April 2020 - Present" → place "Paris" and the range April 2020 → Present. */
export function splitPlaceAndDates(text: string): {
	place?: string;
	dates?: DateRange;
} {
	const trimmed = trimText(text);
	const match = RANGE_AT_END.exec(trimmed);
	if (!match?.[1]) return trimmed ? { place: trimmed } : {};
	// The look-behind starts at the first of a run of separators, not at each of them.
	const place = trimmed.slice(0, match.index).replace(/(?<![\s,;–—-])[\s,;–—-]+$/u, "");
	const dates = dateRange(match[1].trim(), match[2]?.trim());
	return place ? { place, dates } : { dates };
}

export function dateRange(start: string, end?: string): DateRange {
	const startIso = isoDate(start);
	const endIso = end === undefined ? undefined : isoDate(end);
	return {
		start,
		...(end === undefined ? {} : { end }),
		...(startIso ? { startIso } : {}),
		...(endIso ? { endIso } : {}),
	};
}

/** "April 2020" → "2020-04", "2004" → "2004"; "Present" and unreadable text → undefined. */
export function isoDate(text: string): string | undefined {
	const trimmed = text.trim();
	if (ONGOING.test(trimmed)) return undefined;
	const numeric = /^(\d{1,2})\/(\d{4})$/.exec(trimmed);
	if (numeric?.[1] && numeric[2]) return withMonth(numeric[2], Number(numeric[1]));
	const named = /^(?:([\p{Letter}\p{Mark}]+)\.?\s+)?(\d{4})$/u.exec(trimmed);
	if (!named?.[2]) return undefined;
	return withMonth(named[2], named[1] === undefined ? undefined : monthNumber(named[1]));
}

/** "2020-04"; only the year when the month is missing or is no month (13, "Summer"). */
function withMonth(year: string, month: number | undefined): string {
	return month !== undefined && month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, "0")}` : year;
}

function monthNumber(name: string): number | undefined {
	return MONTHS[
		name
			.normalize("NFD")
			.replace(/\p{Diacritic}/gu, "")
			.toLowerCase()
	];
}
