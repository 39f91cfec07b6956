import type { DateRange } from "./model.js";

const MONTHS: Readonly<Record<string, number>> = {
	jan: 1, january: 1, janvier: 1,
	feb: 2, february: 2, fevrier: 2, février: 2,
	mar: 3, march: 3, mars: 3,
	apr: 4, april: 4, avril: 4,
	may: 5, mai: 5,
	jun: 6, june: 6, juin: 6,
	jul: 7, july: 7, juillet: 7,
	aug: 8, august: 8, aout: 8, août: 8,
	sep: 9, sept: 9, september: 9, septembre: 9,
	oct: 10, october: 10, octobre: 10,
	nov: 11, november: 11, novembre: 11,
	dec: 12, december: 12, decembre: 12, décembre: 12,
};

const ONGOING = /^(present|now|today|current|aujourd'hui)$/i;

// "April 2020", "04/2020", "2020"; matched against a short heading fragment only.
const DATE = String.raw`(?:[\p{Letter}]+\.?\s+)?(?:\d{1,2}/)?\d{4}`;
const RANGE_AT_END = new RegExp(
	String.raw`(${DATE})(?:\s*(?:-|–|—|to|à)\s*(${DATE}|present|now|today|current))?\s*$`,
	"iu",
);

/** "Paris, April 2020 - Present" → place "Paris" and the range April 2020 → Present. */
export function splitPlaceAndDates(text: string): { place?: string; dates?: DateRange } {
	const trimmed = text.trim();
	const match = RANGE_AT_END.exec(trimmed);
	if (!match?.[1]) return trimmed ? { place: trimmed } : {};
	const place = trimmed.slice(0, match.index).replace(/[\s,;–—-]+$/u, "");
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
	if (ONGOING.test(text.trim())) return undefined;
	const numeric = /^(\d{1,2})\/(\d{4})$/.exec(text.trim());
	if (numeric?.[1] && numeric[2]) return `${numeric[2]}-${numeric[1].padStart(2, "0")}`;
	const named = /^(?:([\p{Letter}]+)\.?\s+)?(\d{4})$/u.exec(text.trim());
	if (!named?.[2]) return undefined;
	if (!named[1]) return named[2];
	const month = MONTHS[named[1].toLowerCase()];
	return month ? `${named[2]}-${String(month).padStart(2, "0")}` : named[2];
}
