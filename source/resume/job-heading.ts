import { splitPlaceAndDates } from "./dates.js";
import { plainText } from "./inline.js";
import type { DateRange, Inline } from "./model.js";
import { trimText } from "./sanitize.js";

export type JobTitle = {
	readonly organisation: string;
	readonly role: string;
	readonly place?: string;
	readonly dates?: DateRange;
};

/**
 * A job heading in the shapes people write it, split into organisation, role, place and dates:
 * - the template's "Datadog _Senior Software Engineer_ _Paris, April 2020 - Present_";
 * - "Analytical Engines Ltd — Principal Engineer (2019–present)";
 * - "Senior Engineer at Remington Rand, 1949–1957";
 * - "UNIVAC | Director of Automatic Programming | 1957 - 1966";
 * - "**Harvard Computation Lab**, Research Programmer, 1944 – 1949" (a bold line).
 * Anything else is the organisation alone, with no role: views then show the heading as written.
 */
export function jobTitleOf(heading: Inline): JobTitle {
	if (heading.some((span) => span.emphasis)) return templateTitle(heading);
	const first = heading[0];
	const text = trimText(plainText(heading));
	const boldName = first?.strong && heading.length > 1 ? trimText(first.text) : undefined;
	return (boldName && withBoldName(boldName, text.slice(first?.text.length).trim())) || plainTitle(text);
}

/**
 * A paragraph that starts a job of its own, alone on its line: a bold name followed by a role or
 * dates ("**NACA**, Computer, 1953 – 1958"), or plain words that say a role and dates
 * ("NASA | Aerospace Technologist | 1958 - 1986", "Teacher at Marion schools, 1937 - 1953").
 */
export function isJobLine(line: Inline): boolean {
	if (line.length === 0 || line.some((span) => span.text.includes("\n"))) return false;
	if (!line[0]?.strong) {
		const title = jobTitleOf(line);
		return plainText(line).length <= MAX_JOB_LINE && title.role !== "" && title.dates !== undefined;
	}
	if (/:\s*$/u.test(line[0].text)) return false;
	const rest = plainText(line.slice(1)).trim();
	if (rest !== "" && !SEPARATOR_FIRST.test(rest)) return false;
	const title = jobTitleOf(line);
	return title.role !== "" || title.dates !== undefined;
}

/** "Datadog _Senior Software Engineer_ _Paris, April 2020 - Present_" → organisation, role, place, dates. */
function templateTitle(text: Inline): JobTitle {
	const emphasised = text.filter((span) => span.emphasis);
	const firstEmphasis = text.findIndex((span) => span.emphasis);
	const organisation = trimText(plainText(firstEmphasis === -1 ? text : text.slice(0, firstEmphasis)));
	const role = trimText(emphasised[0]?.text ?? "");
	const { place, dates } = emphasised[1] ? splitPlaceAndDates(emphasised[1].text) : {};
	return { organisation, role, ...(place ? { place } : {}), ...(dates ? { dates } : {}) };
}

/** A job's line is a heading's length: a longer paragraph is a sentence about the job. */
const MAX_JOB_LINE = 160;

// What may follow a bold name on a job's line: a separator, "at", or dates in parentheses.
const SEPARATOR_FIRST = /^(?:[,|—–-]|at\s|@\s|\()/iu;
// Between organisation, role and place: " | ", " — ", " – ", " - ", or a lone "|". Each run of
// white space is tried from its first character only: tried from each, a long run would cost its
// length squared (as in inline.ts).
const STRONG_SEPARATOR = /(?<!\s)\s+[|—–-]\s+|(?<!\s)\s*\|\s*/u;
const AT = /^(.+?)(?<!\s)\s+(?:at|@)\s+(.+)$/iu;
const PARENTHESISED_AT_END = /(?<!\s)\s*\(([^()]*)\)$/u;

function withBoldName(organisation: string, rest: string): JobTitle | undefined {
	const title = plainTitle(rest.replace(/^[,|—–-]\s*/u, ""), true);
	if (!title.organisation && !title.dates) return undefined;
	const role = title.role ? [title.organisation, title.role].join(", ") : title.organisation;
	return compactTitle(organisation, role, title.place, title.dates);
}

/** `nameless`: the text follows a bold name, so it starts with the role. */
function plainTitle(text: string, nameless = false): JobTitle {
	const { words, dates } = datesAtEnd(text);
	const parts = words.split(STRONG_SEPARATOR).map((part) => part.trim());
	const [head = "", ...tail] = parts.length > 1 ? parts : splitAtFirstComma(words, dates !== undefined);
	if (nameless) return compactTitle([head, ...tail].join(", "), "", undefined, dates);
	const at = AT.exec(head);
	if (at?.[1] && at[2]) return compactTitle(at[2], at[1], tail.join(", ") || undefined, dates);
	if (tail.length === 0) return dates ? compactTitle(head, "", undefined, dates) : { organisation: text, role: "" };
	return compactTitle(head, tail[0] ?? "", tail.slice(1).join(", ") || undefined, dates);
}

/** "Google, Software Engineer"; without dates, only before two words or more ("Acme, Inc." is one name). */
function splitAtFirstComma(text: string, dated: boolean): string[] {
	const comma = text.indexOf(", ");
	if (comma === -1) return [text];
	const after = text.slice(comma + 2);
	return dated || /\S\s+\S/u.test(after) ? [text.slice(0, comma), after] : [text];
}

/** "… (2019–present)", "…, 1949–1957", "… | 1957 - 1966": the dates and the words before them. */
function datesAtEnd(text: string): { words: string; dates?: DateRange } {
	const parenthesised = PARENTHESISED_AT_END.exec(text);
	if (parenthesised?.[1] !== undefined) {
		const inside = splitPlaceAndDates(parenthesised[1]);
		if (inside.dates && !inside.place) return { words: text.slice(0, parenthesised.index).trim(), dates: inside.dates };
	}
	const { place, dates } = splitPlaceAndDates(text);
	if (!dates) return { words: text };
	return { words: (place ?? "").trimEnd().replace(/[|,]$/u, "").trim(), dates };
}

function compactTitle(organisation: string, role: string, place?: string, dates?: DateRange): JobTitle {
	return {
		organisation: organisation.trim(),
		role: role.trim(),
		...(place?.trim() ? { place: place.trim() } : {}),
		...(dates ? { dates } : {}),
	};
}
