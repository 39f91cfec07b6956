/**
 * The typed résumé → a JSON Resume v1.0.0 document, for `--json`.
 *
 * Nothing the résumé says may be lost on the way out, yet JSON Resume has no
 * field for some of it (a security clearance, driving licences, a section it
 * does not know, contacts that are not profiles, paragraphs where only a list
 * fits). All of that goes to `meta.unmapped`, one entry per group with its
 * section, heading and text lines (see JsonResumeUnmapped). `meta` because the
 * schema declares it as the open object for tooling (additionalProperties is
 * allowed everywhere, and `meta` is the one place meant for it), so the document
 * stays valid and readers that do not know the key ignore it.
 *
 * Where the résumé and the schema do not line up one to one:
 * - basics: the first e-mail and website contacts fill `email` and `url`, GitHub links become
 *   profiles; other contacts (the PDF version) and stray header lines are unmapped.
 * - basics.location: "City, Country" → city and an ISO country code from a small table;
 *   a country not in it, or anything between city and country, is the region.
 * - work: a job's `###` groups (what the work was about) prefix each of their bullets:
 *   "Mentoring: Onboard …". Highlights are a flat list that themes print as separate
 *   bullets, so each must read alone and still say which theme it belongs to.
 *   Paragraphs before the first group are the summary; a job still running has no endDate.
 *   A heading off the "Org _Role_ _Place, dates_" template is unmapped as written.
 * - education: group heading → institution (its link → url), date → endDate (a range →
 *   start and end); a first paragraph "X degree in Y" → studyType X, area Y (together they
 *   read back as the sentence); any other first paragraph is the area. The rest is unmapped.
 * - skills and interests ("Daily reading", "Hobbies"): heading → name, list items → keywords.
 * - languages: heading → language, its text → fluency, line breaks read as "; ".
 * - projects ("Personal projects"): one per list item, "Name: description" split at the
 *   first colon, the whole item as the name otherwise.
 * - A list item's nested items follow it after a colon, separated by "; ".
 * - A link reads "text (url)" unless its text already is the url.
 */

import { splitPlaceAndDates } from "./dates.js";
import { plainText } from "./inline.js";
import type {
	JsonResume,
	JsonResumeBasics,
	JsonResumeEducation,
	JsonResumeInterest,
	JsonResumeLanguage,
	JsonResumeLocation,
	JsonResumeProfile,
	JsonResumeProject,
	JsonResumeSkill,
	JsonResumeUnmapped,
	JsonResumeWork,
} from "./json-resume-types.js";
import type {
	Basics,
	Block,
	Contact,
	DateRange,
	Group,
	Inline,
	Job,
	ListItem,
	Resume,
	Section,
	Span,
} from "./model.js";

export type { JsonResume } from "./json-resume-types.js";

const SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

type Collected = {
	readonly work: JsonResumeWork[];
	readonly education: JsonResumeEducation[];
	readonly skills: JsonResumeSkill[];
	readonly languages: JsonResumeLanguage[];
	readonly interests: JsonResumeInterest[];
	readonly projects: JsonResumeProject[];
	readonly unmapped: JsonResumeUnmapped[];
};

export function toJsonResume(resume: Resume): JsonResume {
	const collected: Collected = {
		work: [],
		education: [],
		skills: [],
		languages: [],
		interests: [],
		projects: [],
		unmapped: [],
	};
	const contacts = sortContacts(resume.basics.contacts);
	keepUnmapped(collected, {}, [
		...contacts.others.map((contact) => contactText(contact)),
		...resume.basics.extra.map((line) => textOf(line, "\n")),
	]);
	for (const section of resume.sections) collectSection(section, collected);
	return compact({
		$schema: SCHEMA_URL,
		basics: basicsOf(resume.basics, contacts),
		work: nonEmpty(collected.work),
		education: nonEmpty(collected.education),
		skills: nonEmpty(collected.skills),
		languages: nonEmpty(collected.languages),
		interests: nonEmpty(collected.interests),
		projects: nonEmpty(collected.projects),
		meta: collected.unmapped.length > 0 ? { unmapped: collected.unmapped } : undefined,
	});
}

// ── basics ──────────────────────────────────────────────────────────────────

type SortedContacts = {
	readonly email?: Contact;
	readonly website?: Contact;
	readonly profiles: readonly Contact[];
	readonly others: readonly Contact[];
};

/** Which contact fills which basics field; what fills none is unmapped. */
function sortContacts(contacts: readonly Contact[]): SortedContacts {
	const email = contacts.find((contact) => contact.kind === "email");
	const website = contacts.find((contact) => contact.kind === "website");
	const profiles = contacts.filter((contact) => contact.kind === "github");
	const used = new Set([email, website, ...profiles]);
	return {
		email,
		website,
		profiles,
		others: contacts.filter((contact) => !used.has(contact)),
	};
}

function basicsOf(basics: Basics, contacts: SortedContacts): JsonResumeBasics {
	return compact({
		name: basics.name,
		label: basics.title,
		email: contacts.email ? emailAddress(contacts.email.url) : undefined,
		url: contacts.website?.url,
		location: basics.location ? locationOf(basics.location) : undefined,
		profiles: nonEmpty(contacts.profiles.map(profileOf)),
	});
}

/** The schema wants a bare address: "mailto:a@b.org?subject=Hi" → "a@b.org". */
function emailAddress(url: string): string {
	const address = /^mailto:([^?]*)/i.exec(url)?.[1] ?? url;
	try {
		return decodeURIComponent(address);
	} catch {
		return address;
	}
}

// Country names a résumé header is likely to end with; anything else stays words, as the region.
// A Map, not an object: "Paris, constructor" must not find Object.prototype.constructor.
const COUNTRY_CODES: ReadonlyMap<string, string> = new Map([
	["france", "FR"],
	["spain", "ES"],
	["españa", "ES"],
	["espagne", "ES"],
	["germany", "DE"],
	["allemagne", "DE"],
	["belgium", "BE"],
	["belgique", "BE"],
	["switzerland", "CH"],
	["suisse", "CH"],
	["italy", "IT"],
	["portugal", "PT"],
	["netherlands", "NL"],
	["ireland", "IE"],
	["united kingdom", "GB"],
	["uk", "GB"],
	["united states", "US"],
	["usa", "US"],
	["canada", "CA"],
]);

/** "Romainville, France" → city "Romainville", countryCode "FR". */
function locationOf(text: string): JsonResumeLocation {
	const [city, ...rest] = text
		.split(",")
		.map((part) => part.trim())
		.filter(Boolean);
	const countryCode = COUNTRY_CODES.get(rest.at(-1)?.toLowerCase() ?? "");
	const region = (countryCode ? rest.slice(0, -1) : rest).join(", ");
	return compact({ city, region: region || undefined, countryCode });
}

function profileOf(contact: Contact): JsonResumeProfile {
	const url = new URL(contact.url);
	const onGitHub = /^(www\.)?github\.com$/i.test(url.hostname);
	const username = onGitHub ? url.pathname.split("/").find(Boolean) : undefined;
	return compact({ network: "GitHub", username, url: contact.url });
}

function contactText(contact: Contact): string {
	return textOf([{ text: contact.label || contact.url, href: contact.url }], " ");
}

// ── sections ────────────────────────────────────────────────────────────────

function collectSection(section: Section, into: Collected): void {
	keepUnmapped(into, { section: section.title }, linesOf(section.blocks, "\n"));
	if (section.kind === "experience") {
		for (const job of section.jobs) collectJob(section.title, job, into);
		return;
	}
	for (const group of section.groups) collectGroup(section, group, into);
}

type GroupSection = Extract<Section, { kind: "groups" }>;

type Destination = "education" | "skills" | "languages" | "interests" | "projects" | "unmapped";

/** Where a group goes: its section's category, or for Misc. and unknown sections, what its heading says. */
function destinationOf(section: GroupSection, group: Group): Destination {
	switch (section.category) {
		case "education":
		case "skills":
		case "languages":
			return section.category;
		case "misc":
			return miscDestination(plainText(group.heading)) ?? miscDestination(section.title) ?? "unmapped";
		default:
			return miscDestination(section.title) ?? "unmapped";
	}
}

function miscDestination(title: string): "interests" | "projects" | undefined {
	if (/project|projet/i.test(title)) return "projects";
	if (/reading|lecture|hobb|interest|intérêt|loisir|passion/i.test(title)) return "interests";
	return undefined;
}

function collectGroup(section: GroupSection, group: Group, into: Collected): void {
	const heading = textOf(group.heading, " ");
	const where = { section: section.title, heading, date: group.date };
	const lists = group.blocks.flatMap((block) => (block.kind === "list" ? [block] : []));
	const notLists = group.blocks.filter((block) => block.kind !== "list");
	const items = lists.flatMap((list) => list.items.map((item) => itemText(item, " ")));
	switch (destinationOf(section, group)) {
		case "education":
			collectEducation(where, group, into);
			return;
		case "skills":
			into.skills.push(compact({ name: heading, keywords: nonEmpty(items) }));
			keepUnmapped(into, where, linesOf(notLists, "\n"));
			return;
		case "interests":
			into.interests.push(compact({ name: heading, keywords: nonEmpty(items) }));
			keepUnmapped(into, where, linesOf(notLists, "\n"));
			return;
		case "languages":
			into.languages.push(
				compact({
					language: heading,
					fluency: linesOf(group.blocks, "; ").join("; ") || undefined,
				}),
			);
			return;
		case "projects":
			into.projects.push(...items.map(projectOf));
			keepUnmapped(into, where, linesOf(notLists, "\n"));
			return;
		case "unmapped":
			into.unmapped.push(compact({ ...where, lines: linesOf(group.blocks, "\n") }));
	}
}

/** "Electrical current telemetry at home: Go program …" → name and description. */
function projectOf(item: string): JsonResumeProject {
	const colon = item.indexOf(": ");
	if (colon <= 0) return { name: item };
	return { name: item.slice(0, colon), description: item.slice(colon + 2) };
}

// ── education ───────────────────────────────────────────────────────────────

type Where = {
	readonly section?: string;
	readonly heading?: string;
	readonly date?: string;
};

function collectEducation(where: Where, group: Group, into: Collected): void {
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

/**
 * Whether the ISO dates say all the written ones did. dates.ts only leaves an
 * end without ISO form when it reads as still going ("Present"); a month it
 * does not know ("Summer 2020" → "2020") is the loss to watch for.
 */
function fullyIso(range: DateRange): boolean {
	const endKept = range.end === undefined || range.endIso === undefined || isoKeeps(range.end, range.endIso);
	return isoKeeps(range.start, range.startIso) && endKept;
}

function isoKeeps(written: string, iso: string | undefined): boolean {
	if (iso === undefined) return false;
	const writtenMonth = /[\p{Letter}/]/u.test(written);
	return writtenMonth === iso.includes("-");
}

// ── work ────────────────────────────────────────────────────────────────────

function collectJob(section: string, job: Job, into: Collected): void {
	const paragraphs = job.blocks.filter((block) => block.kind === "paragraph");
	const others = job.blocks.filter((block) => block.kind !== "paragraph");
	const highlights = [...linesOf(others, " "), ...job.groups.flatMap(groupHighlights)];
	into.work.push(
		compact({
			name: job.organisation,
			position: job.role || undefined,
			location: job.place,
			url: firstHref(job.heading),
			startDate: job.dates?.startIso,
			endDate: job.dates?.endIso,
			summary: linesOf(paragraphs, "\n").join("\n\n") || undefined,
			highlights: nonEmpty(highlights),
		}),
	);
	if (!headingKept(job)) keepUnmapped(into, { section, heading: plainText(job.heading) }, [], true);
}

/** Each bullet of a group, prefixed with the group's heading so it reads alone. */
function groupHighlights(group: Group): string[] {
	const heading = textOf(group.heading, " ");
	const label = group.date ? `${heading} (${group.date})` : heading;
	const lines = linesOf(group.blocks, " ");
	return lines.length > 0 ? lines.map((line) => `${label}: ${line}`) : [label];
}

/** Whether organisation, role, place and ISO dates say everything the heading did. */
function headingKept(job: Job): boolean {
	if (!job.role || (job.dates && !fullyIso(job.dates))) return false;
	const parts = [job.organisation, job.role, job.place, job.dates?.start, job.dates?.end];
	return lettersOf(plainText(job.heading)) === lettersOf(parts.join(" "));
}

function lettersOf(text: string): string {
	return text.replace(/[^\p{Letter}\p{Number}]/gu, "").toLowerCase();
}

// ── text ────────────────────────────────────────────────────────────────────

/** One line per paragraph, list item or table row; `lineBreak` stands for a hard break within one. */
function linesOf(blocks: readonly Block[], lineBreak: string): string[] {
	return blocks.flatMap((block) => blockLines(block, lineBreak)).filter((line) => line !== "");
}

function blockLines(block: Block, lineBreak: string): string[] {
	switch (block.kind) {
		case "paragraph":
		case "heading":
			return [textOf(block.text, lineBreak)];
		case "list":
			return block.items.map((item) => itemText(item, lineBreak));
		case "code":
			return [block.text];
		case "quote":
			return linesOf(block.blocks, lineBreak);
		case "table":
			return [block.header, ...block.rows].map((row) => row.map((cell) => textOf(cell, lineBreak)).join(" | "));
		case "rule":
			return [];
	}
}

/** A list item with its nested items folded in: "Blogs: Golang News; Kubernetes Weekly". */
function itemText(item: ListItem, lineBreak: string): string {
	const text = textOf(item.text, lineBreak);
	const children = linesOf(item.children, lineBreak).join("; ");
	if (!children) return text;
	if (!text) return children;
	return `${text}${text.endsWith(":") ? " " : ": "}${children}`;
}

/** Plain text where a link reads "text (url)", unless its text already is the url. */
function textOf(inline: Inline, lineBreak: string): string {
	return linkRuns(inline)
		.map(({ spans, href }) => {
			const text = plainText(spans).replace(/[ \t]*\n[ \t]*/g, lineBreak);
			if (!href || [href, href.replace(/^mailto:/i, "")].includes(text.trim())) return text;
			return `${text} (${href})`;
		})
		.join("");
}

/** Consecutive spans sharing a link: one link may be split by styling ("**Go** docs"). */
function linkRuns(inline: Inline): { spans: Inline; href?: string }[] {
	const runs: { spans: Span[]; href?: string }[] = [];
	for (const span of inline) {
		const last = runs.at(-1);
		if (last && last.href === span.href) last.spans.push(span);
		else runs.push({ spans: [span], href: span.href });
	}
	return runs;
}

/** The web address a heading links to; a mailto: link is no website. */
function firstHref(inline: Inline): string | undefined {
	return inline.find((span) => span.href && !span.href.startsWith("mailto:"))?.href;
}

// ── helpers ─────────────────────────────────────────────────────────────────

/** Records lines nothing else holds; `always` keeps the entry even without lines (its heading is the content). */
function keepUnmapped(into: Collected, where: Where, lines: readonly string[], always = false): void {
	if (lines.length > 0 || always) into.unmapped.push(compact({ ...where, lines }));
}

function nonEmpty<T>(items: readonly T[]): readonly T[] | undefined {
	return items.length > 0 ? items : undefined;
}

/** Undefined fields left out, so the JSON has no `"endDate": undefined` for a validator to trip on. */
function compact<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
