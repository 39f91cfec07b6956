import { compact } from "../compact.js";
import { splitPlaceAndDates } from "../dates.js";
import { plainText } from "../inline.js";
import { jobTitleOf } from "../job-heading.js";
import type { Block, DateRange, Group } from "../model.js";
import type { Collected } from "./collected.js";
import { fullyIso } from "./iso-dates.js";
import { firstHref, linesOf, textOf } from "./plain-lines.js";
import { keepUnmapped, type Where } from "./unmapped.js";

/** A school group → one education entry; what it cannot hold is kept unmapped. */
export function collectEducation(where: Where, group: Group, into: Collected): void {
	const headed = group.date === undefined ? headingShape(group) : undefined;
	const { score, blocks } = withoutScore(group.blocks);
	if (headed) {
		into.education.push(
			compact({ institution: headed.institution, url: firstHref(group.heading), ...headed.fields, score }),
		);
		keepUnmapped(into, where, linesOf(blocks, "\n"), !headed.kept);
		return;
	}
	const [first, ...rest] = blocks;
	const degree = first?.kind === "paragraph" ? degreeOf(textOf(first.text, " ")) : {};
	const range = group.date ? splitPlaceAndDates(group.date).dates : undefined;
	const dates = range ? isoRange(range) : undefined;
	into.education.push(
		compact({
			institution: plainText(group.heading),
			url: firstHref(group.heading),
			...degree,
			...dates,
			score,
		}),
	);
	const leftover = linesOf(first?.kind === "paragraph" ? rest : blocks, "\n");
	// A date that is not ISO would be gone from the entry: keep the group here so it is not lost.
	const dateLost = group.date !== undefined && !(range && fullyIso(range));
	keepUnmapped(into, where, leftover, dateLost);
}

/**
 * "Yale University — PhD in Mathematics (1930–1934)": a heading in a job's shape names the school,
 * the degree and the dates. `kept`: whether the fields say all the heading did.
 */
function headingShape(group: Group): { institution: string; fields: object; kept: boolean } | undefined {
	const title = jobTitleOf(group.heading);
	if (!title.role && !title.dates) return undefined;
	const degree = title.role ? degreeOf(title.role) : {};
	const dates = title.dates ? { startDate: title.dates.startIso, endDate: title.dates.endIso } : {};
	const kept = !title.place && (!title.dates || fullyIso(title.dates));
	return { institution: title.organisation, fields: { ...degree, ...dates }, kept };
}

// A degree named before the first " in " after it: "Bachelor of Science in Physics" → "Bachelor of Science", "Physics".
const DEGREE = /\b(?:degree|bachelor|master|licen[cs]e|diploma|diplôme|doctorate|ph\.?d|mba|msc|bsc)\b/iu;
// From the first of a run of white space only: tried from each, a long run would cost its length squared.
const IN = /(?<!\s)\s+in\s+/gu;

// A degree's short name before its subject: "MSc Computer Science", "B.A. in History".
const SHORT_DEGREE =
	/^((?:B|M|D)\.?(?:Sc|S|A|Eng|Phil|Ed|Arch|Des|Mus|Tech)\.?|Ph\.?D\.?|MBA|LL\.?[BM]\.?)\s+(?:in\s+|of\s+)?(\S.*)$/u;

/** "Master’s degree in computer science" → studyType "Master’s degree", area "computer science". */
function degreeOf(text: string): { studyType?: string; area?: string } {
	const short = SHORT_DEGREE.exec(text);
	if (short?.[1] && short[2]) return { studyType: short[1], area: short[2] };
	const degree = DEGREE.exec(text);
	if (!degree) return { area: text };
	const degreeEnd = degree.index + degree[0].length;
	for (const match of text.matchAll(IN)) {
		const area = text.slice(match.index + match[0].length);
		if (match.index >= degreeEnd && area) return { studyType: text.slice(0, match.index), area };
	}
	return { area: text };
}

/** A single date is when the schooling ended; a range has both ends. */
function isoRange(range: DateRange): { startDate?: string; endDate?: string } {
	if (range.end === undefined) return { endDate: range.startIso };
	return { startDate: range.startIso, endDate: range.endIso };
}

// "GPA 3.9", "GPA: 3.9/4.0", "Grade: First-class honours", "Score: 4.0" (as a JSON Resume import writes it).
const SCORE = /^(?:GPA|CGPA|grade|score|mark|note|mention)\s*[:\-–—]?\s+(\S.{0,80})$/iu;

/** A line of its own that gives the grade → score; the other blocks as they were. */
function withoutScore(blocks: readonly Block[]): { score?: string; blocks: readonly Block[] } {
	const index = blocks.findIndex((block) => block.kind === "paragraph" && SCORE.test(textOf(block.text, " ")));
	const found = blocks[index];
	if (found?.kind !== "paragraph") return { blocks };
	const score = SCORE.exec(textOf(found.text, " "))?.[1]?.trim();
	return { score, blocks: blocks.filter((_, at) => at !== index) };
}
