import type { Token, Tokens } from "marked";
import { blocksFromTokens } from "./blocks.js";
import { splitPlaceAndDates } from "./dates.js";
import { inlineOf, plainText, trimInline } from "./inline.js";
import type { Group, Inline, Job, Section, SectionCategory } from "./model.js";
import { trimText } from "./sanitize.js";
import { slugify } from "./slug.js";

/** One top-level section's tokens, heading first. */
export type SectionTokens = {
	readonly heading: Tokens.Heading;
	readonly body: readonly Token[];
};

export function sectionFromTokens({ heading, body }: SectionTokens): Section {
	const title = plainText(inlineOf(heading));
	const base = { title, slug: slugify(title) || "section" };
	const category = categoryOf(title);
	const [blockTokens, entries] = splitOnShallowestHeading(body);
	const blocks = blocksFromTokens(blockTokens);
	if (category === "experience")
		return {
			...base,
			kind: "experience",
			blocks,
			jobs: entries.map(jobFromTokens),
		};
	return {
		...base,
		kind: "groups",
		category,
		blocks,
		groups: entries.map(groupFromTokens),
	};
}

/** Splits a run of tokens at its shallowest headings: what comes before, then one run per heading. */
export function splitOnShallowestHeading(tokens: readonly Token[]): [Token[], SectionTokens[]] {
	const depths = tokens.filter(isHeading).map((heading) => heading.depth);
	if (depths.length === 0) return [[...tokens], []];
	// Not Math.min(...depths): spread into arguments, a file of many headings overflows the stack.
	const depth = depths.reduce((shallowest, next) => Math.min(shallowest, next));
	const before: Token[] = [];
	const runs: { heading: Tokens.Heading; body: Token[] }[] = [];
	for (const token of tokens) {
		if (isHeading(token) && token.depth === depth) runs.push({ heading: token, body: [] });
		else (runs.at(-1)?.body ?? before).push(token);
	}
	return [before, runs];
}

export function isHeading(token: Token): token is Tokens.Heading {
	return token.type === "heading";
}

// Each word is matched at the start of a word of the title, so that plurals
// match ("Skills") but a word inside another does not ("Frameworks" is no "work").
const CATEGORIES: readonly [SectionCategory, RegExp][] = [
	["experience", atWordStart("experience|employment|work|career|expérience|parcours")],
	["education", atWordStart("education|training|formation|certification|diploma|études")],
	["languages", atWordStart("language|langue")],
	["skills", atWordStart("skill|competenc|compétence|technolog|expertise")],
	["misc", atWordStart("misc|interest|hobb|other|divers|loisir")],
];

function atWordStart(words: string): RegExp {
	return new RegExp(String.raw`(?<![\p{Letter}\p{Number}])(?:${words})`, "iu");
}

function categoryOf(title: string): SectionCategory {
	return CATEGORIES.find(([, pattern]) => pattern.test(title))?.[0] ?? "other";
}

/** "Datadog _Senior Software Engineer_ _Paris, April 2020 - Present_" → organisation, role, place, dates. */
function jobFromTokens({ heading, body }: SectionTokens): Job {
	const text = inlineOf(heading);
	const emphasised = text.filter((span) => span.emphasis);
	const firstEmphasis = text.findIndex((span) => span.emphasis);
	const organisation = trimText(plainText(firstEmphasis === -1 ? text : text.slice(0, firstEmphasis)));
	const role = trimText(emphasised[0]?.text ?? "");
	const { place, dates } = emphasised[1] ? splitPlaceAndDates(emphasised[1].text) : {};
	const [blockTokens, groups] = splitOnShallowestHeading(body);
	return {
		organisation,
		role,
		...(place ? { place } : {}),
		...(dates ? { dates } : {}),
		heading: text,
		blocks: blocksFromTokens(blockTokens),
		groups: groups.map(groupFromTokens),
	};
}

/** "ESIEE Paris _2004_" → heading "ESIEE Paris" and date "2004"; deeper headings stay inside. */
function groupFromTokens({ heading, body }: SectionTokens): Group {
	const { heading: text, date } = splitTrailingDate(inlineOf(heading));
	return {
		heading: text,
		...(date ? { date } : {}),
		blocks: blocksFromTokens(body),
	};
}

function splitTrailingDate(text: Inline): { heading: Inline; date?: string } {
	const last = text.at(-1);
	if (text.length < 2 || !last?.emphasis) return { heading: text };
	const { place, dates } = splitPlaceAndDates(last.text);
	if (!dates || place) return { heading: text };
	return { heading: trimInline(text.slice(0, -1)), date: trimText(last.text) };
}
