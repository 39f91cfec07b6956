import { splitPlaceAndDates } from "../dates.js";
import { plainText } from "../inline.js";
import type { DateRange, Group } from "../model.js";
import type { Collected } from "./collected.js";
import { compact } from "./compact.js";
import { fullyIso } from "./iso-dates.js";
import { firstHref, linesOf, textOf } from "./plain-lines.js";
import { keepUnmapped, type Where } from "./unmapped.js";

/** A school group → one education entry; what it cannot hold is kept unmapped. */
export function collectEducation(where: Where, group: Group, into: Collected): void {
	const [first, ...rest] = group.blocks;
	const degree = first?.kind === "paragraph" ? degreeOf(textOf(first.text, " ")) : {};
	const range = group.date ? splitPlaceAndDates(group.date).dates : undefined;
	const dates = range ? isoRange(range) : undefined;
	into.education.push(
		compact({
			institution: plainText(group.heading),
			url: firstHref(group.heading),
			...degree,
			...dates,
		}),
	);
	const leftover = linesOf(first?.kind === "paragraph" ? rest : group.blocks, "\n");
	// A date that is not ISO would be gone from the entry: keep the group here so it is not lost.
	const dateLost = group.date !== undefined && !(range && fullyIso(range));
	keepUnmapped(into, where, leftover, dateLost);
}

// A degree named before the first " in ": "Bachelor of Science in Physics" → "Bachelor of Science", "Physics".
const DEGREE_IN_AREA =
	/^(.*?\b(?:degree|bachelor|master|licen[cs]e|diploma|diplôme|doctorate|ph\.?d|mba|msc|bsc)\b.*?)\s+in\s+(.+)$/iu;

/** "Master’s degree in computer science" → studyType "Master’s degree", area "computer science". */
function degreeOf(text: string): { studyType?: string; area?: string } {
	const match = DEGREE_IN_AREA.exec(text);
	return match?.[1] && match[2] ? { studyType: match[1], area: match[2] } : { area: text };
}

/** A single date is when the schooling ended; a range has both ends. */
function isoRange(range: DateRange): { startDate?: string; endDate?: string } {
	if (range.end === undefined) return { endDate: range.startIso };
	return { startDate: range.startIso, endDate: range.endIso };
}
