/** The document's ISO dates → the words the Markdown template writes, the ISO form kept alongside. */

import { compact } from "../compact.js";
import { dateRange } from "../dates.js";
import type { DateRange } from "../model.js";
import { oneLine } from "./values.js";

const MONTHS = "January February March April May June July August September October November December".split(" ");
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/** "2020-04" → "April 2020", "2020-04-15" → "15 April 2020"; anything else as written. */
function readableDate(text: string): string {
	const [, year, month, day] = ISO_DATE.exec(text) ?? [];
	const monthName = month ? MONTHS[Number(month) - 1] : undefined;
	if (!year || (month && !monthName)) return text;
	return [day && String(Number(day)), monthName, year].filter(Boolean).join(" ");
}

/** A job's dates: readable text for views, the document's own ISO dates kept for JSON Resume. */
export function rangeOf(startField: unknown, endField: unknown): DateRange | undefined {
	const start = oneLine(startField);
	const end = oneLine(endField);
	if (!start && !end) return undefined;
	const range = dateRange(start ? readableDate(start) : "", end ? readableDate(end) : start ? "Present" : undefined);
	return compact({
		...range,
		startIso: start && ISO_DATE.test(start) ? start : range.startIso,
		endIso: end && ISO_DATE.test(end) ? end : range.endIso,
	});
}

/** A group's date as the template writes it: "2004", "2019 - 2021", "2022 - Present". */
export function datesText(startField: unknown, endField: unknown): string | undefined {
	const range = rangeOf(startField, endField);
	return range && rangeText(range);
}

/** "April 2020 - Present", "2004": a range as a heading writes it; one that starts and ends on a day, that day. */
export function rangeText(range: DateRange): string {
	if (range.end === range.start) return range.start;
	return [range.start, range.end].filter(Boolean).join(" - ");
}
