import type { Token, Tokens } from "marked";
import { blocksFromTokens } from "./blocks.js";
import { splitPlaceAndDates } from "./dates.js";
import { inlineOf, plainText, trimInline } from "./inline.js";
import { isJobLine, jobTitleOf } from "./job-heading.js";
import { withLabelledLinesKept } from "./line-breaks.js";
import type { Group, Inline, Job, Section } from "./model.js";
import { trimText } from "./sanitize.js";
import { sectionKindOf } from "./section-kinds.js";
import { slugify } from "./slug.js";

/** One top-level section's tokens, heading first. */
export type SectionTokens = {
	/** A heading, or for a job written on a line of its own (bold or not), that paragraph. */
	readonly heading: Token;
	readonly body: readonly Token[];
};

export function sectionFromTokens({ heading, body }: SectionTokens): Section {
	const title = plainText(inlineOf(heading));
	const { category, list } = sectionKindOf(title);
	const base = { title, slug: slugify(title) || "section", ...(list ? { list } : {}) };
	const lines = list === "skills" || list === "languages" || list === "interests";
	const [blockTokens, entries] = splitOnShallowestHeading(lines ? withLabelledLinesKept(body) : body);
	if (category === "experience") {
		// A job written on a line of its own starts a job, before the first heading or within a job.
		const [before, lineJobs] = splitAtJobLines(blockTokens);
		const jobs = [
			...lineJobs,
			...entries.flatMap(({ heading: jobHeading, body: jobBody }) => {
				const [own, more] = splitAtJobLines(jobBody);
				return [{ heading: jobHeading, body: own }, ...more];
			}),
		];
		return { ...base, kind: "experience", blocks: blocksFromTokens(before), jobs: jobs.map(jobFromTokens) };
	}
	// A school written on a line of its own ("**TU Berlin** — MSc Computer Science, 2010–2012") is an entry too.
	const [before, lineEntries] = category === "education" ? splitAtJobLines(blockTokens) : [blockTokens, []];
	return {
		...base,
		kind: "groups",
		category,
		blocks: blocksFromTokens(before),
		groups: [...lineEntries, ...entries].map(groupFromTokens),
	};
}

function splitAtJobLines(tokens: readonly Token[]): [Token[], SectionTokens[]] {
	const before: Token[] = [];
	const jobs: { heading: Token; body: Token[] }[] = [];
	for (const token of tokens) {
		if (token.type === "paragraph" && isJobLine(inlineOf(token))) jobs.push({ heading: token, body: [] });
		else (jobs.at(-1)?.body ?? before).push(token);
	}
	return [before, jobs];
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

/** "Datadog _Senior Software Engineer_ _Paris, April 2020 - Present_" → organisation, role, place, dates. */
function jobFromTokens({ heading, body }: SectionTokens): Job {
	const text = inlineOf(heading);
	const [blockTokens, groups] = splitOnShallowestHeading(body);
	return {
		...jobTitleOf(text),
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
