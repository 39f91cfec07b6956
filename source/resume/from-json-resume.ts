/**
 * A JSON Resume v1.0 document (`--file resume.json`) → the typed résumé, so every view shows it.
 *
 * The document is someone else's: any field may be missing or of the wrong type, and is then
 * left out; only basics.name is required. Every string passes sanitizeText and every URL safeUrl
 * on the way in, as Markdown does; an unsafe URL loses its link, never its text.
 *
 * Sections follow the schema's order (work, volunteer, education, awards, certificates,
 * publications, skills, languages, interests, references, projects), after a "Summary" made of
 * basics.summary. `meta.unmapped`, written by json-resume/to-json-resume.ts for what JSON Resume
 * has no field for, goes back where it came from (see restoreUnmapped), so that `--json` of a
 * Markdown résumé read back with `--file` shows everything again.
 */

import { dateRange } from "./dates.js";
import { compact } from "./json-resume/compact.js";
import type {
	Basics,
	Block,
	Contact,
	DateRange,
	Group,
	Inline,
	Job,
	Resume,
	Section,
	SectionCategory,
	Span,
} from "./model.js";
import type { ParseResult } from "./parse-markdown.js";
import { safeUrl, sanitizeText } from "./sanitize.js";
import { slugify } from "./slug.js";

type Json = Readonly<Record<string, unknown>>;

/** A section while unmapped entries may still join it. */
type Draft = {
	readonly title: string;
	readonly category: SectionCategory;
	readonly blocks: Block[];
	readonly jobs: Job[];
	readonly groups: Group[];
};

export function fromJsonResume(value: unknown): ParseResult {
	const document = record(value);
	const basicsJson = record(document?.basics) ?? {};
	const name = oneLine(basicsJson.name);
	if (!document || !name)
		return { ok: false, error: "not a JSON Resume document: it needs basics.name, the person's name" };

	const drafts = [
		draft("Summary", "other", { blocks: paragraphs(basicsJson.summary) }),
		draft("Experience", "experience", { jobs: records(document.work).map((entry) => jobOf(entry, entry.name)) }),
		draft("Volunteering", "experience", {
			jobs: records(document.volunteer).map((entry) => jobOf(entry, entry.organization ?? entry.name)),
		}),
		draft("Education", "education", { groups: records(document.education).map(educationOf) }),
		draft("Awards", "other", { groups: records(document.awards).map(awardOf) }),
		draft("Certificates", "other", { groups: records(document.certificates).map(certificateOf) }),
		draft("Publications", "other", { groups: records(document.publications).map(publicationOf) }),
		draft("Skills", "skills", { groups: records(document.skills).map(skillOf) }),
		draft("Languages", "languages", { groups: records(document.languages).map(languageOf) }),
		draft("Interests", "misc", { groups: records(document.interests).map(interestOf) }),
		draft("References", "other", { groups: records(document.references).map(referenceOf) }),
		draft("Projects", "other", { groups: records(document.projects).map(projectOf) }),
	].filter((section) => section.blocks.length + section.jobs.length + section.groups.length > 0);

	const headerLines: string[] = [];
	restoreUnmapped(records(record(document.meta)?.unmapped), drafts, headerLines);
	const sections = withUniqueSlugs(drafts.map(sectionOf));
	if (sections.length === 0)
		return { ok: false, error: "no sections found: the JSON Resume document has nothing besides basics" };
	const resume: Resume = { basics: basicsOf(basicsJson, name, headerLines), sections };
	return { ok: true, resume };
}

function draft(title: string, category: SectionCategory, content: Partial<Draft>): Draft {
	return { title, category, blocks: [], jobs: [], groups: [], ...content };
}

function sectionOf({ title, category, blocks, jobs, groups }: Draft): Section {
	const base = { title, slug: slugify(title) || "section", blocks };
	return category === "experience"
		? { ...base, kind: "experience", jobs }
		: { ...base, kind: "groups", category, groups };
}

/** `--section` picks a section by slug, so two sections never share one: "misc", "misc-2". */
function withUniqueSlugs(sections: readonly Section[]): Section[] {
	const taken = new Set<string>();
	return sections.map((section) => {
		let slug = section.slug;
		for (let n = 2; taken.has(slug); n++) slug = `${section.slug}-${n}`;
		taken.add(slug);
		return slug === section.slug ? section : { ...section, slug };
	});
}

// ── basics ──────────────────────────────────────────────────────────────────

function basicsOf(json: Json, name: string, headerLines: readonly string[]): Basics {
	const contacts: Contact[] = [];
	const extra: Inline[] = [];
	const email = oneLine(json.email);
	const mailto = email ? safeUrl(`mailto:${email}`) : undefined;
	if (email && mailto) contacts.push({ kind: "email", label: email, url: mailto });
	else if (email) extra.push(linked(email));
	const website = safeUrlOf(json.url);
	if (website) contacts.push({ kind: "website", label: website, url: website });
	for (const profile of records(json.profiles)) {
		const contact = profileOf(profile);
		if (contact && "url" in contact) contacts.push(contact);
		else if (contact) extra.push(linked(contact.text));
	}
	const phone = oneLine(json.phone);
	if (phone) extra.push(linked(phone));
	for (const line of headerLines) {
		const contact = contactOfLine(line);
		if (contact) contacts.push(contact);
		else extra.push(linked(line));
	}
	return compact({ name, title: oneLine(json.label), location: locationOf(record(json.location)), contacts, extra });
}

/** A GitHub profile is the github contact; any other network a link labelled with its name. */
function profileOf(profile: Json): Contact | { readonly text: string } | undefined {
	const network = oneLine(profile.network);
	const username = oneLine(profile.username);
	const onGitHub = network?.toLowerCase() === "github";
	const url = safeUrlOf(profile.url) ?? (onGitHub && username ? safeUrl(`https://github.com/${username}`) : undefined);
	if (url) return { kind: onGitHub ? "github" : "link", label: onGitHub ? url : (network ?? url), url };
	// No address to open: what the profile says is still worth reading.
	const text = [network, username].filter(Boolean).join(": ");
	return text ? { text } : undefined;
}

/**
 * A header line the exporter kept: "PDF version (https://…/resume.pdf)", a bare URL or address.
 * Read back as the contact it was, so the viewer can open it again.
 */
function contactOfLine(line: string): Contact | undefined {
	const labelled = /^(.*\S)\s+\((\S+)\)$/u.exec(line);
	const [label, raw] = labelled?.[1] && labelled[2] ? [labelled[1], labelled[2]] : [line, line];
	const address = /^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/u.test(raw);
	const url = safeUrl(address ? `mailto:${raw}` : raw);
	if (!url || /\s/u.test(raw)) return undefined;
	if (address) return { kind: "email", label, url };
	return { kind: /\.pdf$/iu.test(new URL(url).pathname) ? "pdf" : "link", label, url };
}

const countryNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

/** { city, region, countryCode: "FR" } → "Romainville, France": what the exporter reads back as FR. */
function locationOf(location: Json | undefined): string | undefined {
	if (!location) return undefined;
	const code = oneLine(location.countryCode);
	const parts = [oneLine(location.city), oneLine(location.region), code && countryName(code)];
	return parts.filter(Boolean).join(", ") || undefined;
}

function countryName(code: string): string {
	try {
		return countryNames.of(code.toUpperCase()) ?? code;
	} catch {
		// Not a two-letter code: as written.
		return code;
	}
}

// ── entries ─────────────────────────────────────────────────────────────────

/** A work or volunteer entry, headed the way the Markdown template writes a job. */
function jobOf(entry: Json, organisationField: unknown): Job {
	const url = safeUrlOf(entry.url);
	const organisation = oneLine(organisationField) ?? "";
	const role = oneLine(entry.position) ?? "";
	const place = oneLine(entry.location);
	const dates = rangeOf(entry.startDate, entry.endDate);
	const when = [place, dates && [dates.start, dates.end].filter(Boolean).join(" - ")].filter(Boolean).join(", ");
	const heading: Inline = [
		...(organisation ? [{ text: organisation, ...(url ? { href: url } : {}) }] : []),
		...[role, when].filter(Boolean).map((part) => ({ text: part, emphasis: true })),
	].flatMap((span, index) => (index > 0 ? [{ text: " " }, span] : [span]));
	return compact({
		organisation,
		role,
		place,
		dates,
		heading,
		blocks: [...paragraphs(entry.description), ...paragraphs(entry.summary), ...list(entry.highlights)],
		groups: [],
	});
}

/** "Master’s degree in computer science": how the exporter split it, read back as the sentence. */
function educationOf(entry: Json): Group {
	const degree = [oneLine(entry.studyType), oneLine(entry.area)].filter(Boolean).join(" in ");
	const score = oneLine(entry.score);
	return group(link(entry.institution, entry.url), datesText(entry.startDate, entry.endDate), [
		...paragraphs(degree),
		...paragraphs(score && `Score: ${score}`),
		...list(entry.courses),
	]);
}

function awardOf(entry: Json): Group {
	const awarder = oneLine(entry.awarder);
	return group(link(entry.title), datesText(undefined, entry.date), [
		...paragraphs(awarder && `Awarded by ${awarder}`),
		...paragraphs(entry.summary),
	]);
}

function certificateOf(entry: Json): Group {
	const issuer = oneLine(entry.issuer);
	return group(
		link(entry.name, entry.url),
		datesText(undefined, entry.date),
		paragraphs(issuer && `Issued by ${issuer}`),
	);
}

function publicationOf(entry: Json): Group {
	const publisher = oneLine(entry.publisher);
	return group(link(entry.name, entry.url), datesText(undefined, entry.releaseDate), [
		...paragraphs(publisher && `Published by ${publisher}`),
		...paragraphs(entry.summary),
	]);
}

function skillOf(entry: Json): Group {
	return group(link(entry.name), undefined, [...paragraphs(entry.level), ...list(entry.keywords)]);
}

/** The exporter writes a fluency's line breaks as "; ": read them back as breaks. */
function languageOf(entry: Json): Group {
	const fluency = multiLine(entry.fluency)?.replace(/;\s+/gu, "\n");
	return group(link(entry.language), undefined, paragraphs(fluency));
}

function interestOf(entry: Json): Group {
	return group(link(entry.name), undefined, list(entry.keywords));
}

function referenceOf(entry: Json): Group {
	return group(link(entry.name), undefined, paragraphs(entry.reference));
}

function projectOf(entry: Json): Group {
	const roles = strings(entry.roles).join(", ");
	const keywords = strings(entry.keywords).join(", ");
	return group(link(entry.name, entry.url), datesText(entry.startDate, entry.endDate), [
		...paragraphs(entry.description),
		...list(entry.highlights),
		...paragraphs(roles && `Roles: ${roles}`),
		...paragraphs(keywords && `Keywords: ${keywords}`),
	]);
}

function group(heading: Inline, date: string | undefined, blocks: readonly Block[]): Group {
	return compact({ heading, date, blocks });
}

// ── meta.unmapped ───────────────────────────────────────────────────────────

/**
 * Each `{ section?, heading?, date?, lines }` the exporter kept goes back where it came from:
 * no section → the header; a heading the exporter could not rebuild from a work entry → that job's
 * heading, as written; otherwise the group of that heading (in the section of that title, else
 * wherever a group has that heading), else a new group in that section, made if need be.
 */
function restoreUnmapped(entries: readonly Json[], drafts: Draft[], headerLines: string[]): void {
	const reworded = new Set<Job>();
	for (const entry of entries) {
		const lines = strings(entry.lines, multiLine);
		const title = oneLine(entry.section);
		const heading = oneLine(entry.heading);
		const date = oneLine(entry.date);
		if (!title) {
			headerLines.push(...lines);
			continue;
		}
		const titled = sectionTitled(drafts, title);
		// A job's heading comes alone, without lines or a date (json-resume/work.ts), from a section of jobs.
		const jobHeading = heading && !date && lines.length === 0 && (!titled || titled.category === "experience");
		if (jobHeading && rewordJob(drafts, heading, reworded)) continue;
		const target = titled ?? sectionWithGroup(drafts, heading) ?? newSection(drafts, title);
		putBack(target, heading, date, linesAsBlocks(lines));
	}
}

/** The first job not yet reworded whose organisation the heading starts with shows the heading as written. */
function rewordJob(drafts: readonly Draft[], heading: string, reworded: Set<Job>): boolean {
	const wanted = lettersOf(heading);
	const matches = (job: Job) => {
		const organisation = lettersOf(job.organisation);
		return !reworded.has(job) && organisation !== "" && wanted.startsWith(organisation);
	};
	for (const section of drafts) {
		const index = section.jobs.findIndex(matches);
		const job = section.jobs[index];
		if (!job) continue;
		// Views show the heading itself when a job has no role (render/section-lines.ts).
		const rewritten = { ...job, role: "", heading: linked(heading) };
		section.jobs[index] = rewritten;
		reworded.add(rewritten);
		return true;
	}
	return false;
}

function sectionTitled(drafts: readonly Draft[], title: string): Draft | undefined {
	return drafts.find((section) => slugify(section.title) === slugify(title));
}

function sectionWithGroup(drafts: readonly Draft[], heading: string | undefined): Draft | undefined {
	return heading === undefined ? undefined : drafts.find((section) => findGroup(section, heading) !== -1);
}

function newSection(drafts: Draft[], title: string): Draft {
	const section = draft(title, "other", {});
	drafts.push(section);
	return section;
}

function findGroup(section: Draft, heading: string): number {
	return section.groups.findIndex((candidate) => plainOf(candidate.heading) === heading);
}

function putBack(
	section: Draft,
	heading: string | undefined,
	date: string | undefined,
	blocks: readonly Block[],
): void {
	if (heading === undefined) {
		section.blocks.push(...blocks);
	} else if (section.category === "experience") {
		const text = linked(date ? `${heading} ${date}` : heading);
		section.jobs.push({ organisation: heading, role: "", heading: text, blocks: [...blocks], groups: [] });
	} else {
		const index = findGroup(section, heading);
		const found = section.groups[index];
		// The written date says more than the ISO one the entry was rebuilt from ("Summer 2004").
		if (found)
			section.groups[index] = compact({ ...found, date: date ?? found.date, blocks: [...found.blocks, ...blocks] });
		else section.groups.push(group(linked(heading), date, blocks));
	}
}

/** The exporter writes one line per paragraph or list item: one line reads as a paragraph, more as a list. */
function linesAsBlocks(lines: readonly string[]): Block[] {
	return lines.length === 1 ? paragraphs(lines[0]) : list(lines);
}

// ── dates ───────────────────────────────────────────────────────────────────

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
function rangeOf(startField: unknown, endField: unknown): DateRange | undefined {
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
function datesText(startField: unknown, endField: unknown): string | undefined {
	const range = rangeOf(startField, endField);
	if (!range) return undefined;
	return [range.start, range.end].filter(Boolean).join(" - ");
}

// ── text ────────────────────────────────────────────────────────────────────

function record(value: unknown): Json | undefined {
	return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function records(value: unknown): Json[] {
	return Array.isArray(value) ? value.map(record).filter((item) => item !== undefined) : [];
}

function strings(value: unknown, read: (item: unknown) => string | undefined = oneLine): string[] {
	return Array.isArray(value) ? value.map(read).filter((item) => item !== undefined) : [];
}

/** Sanitised text with its line breaks; numbers are text too (a score of 3.8). */
function multiLine(value: unknown): string | undefined {
	const raw = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
	if (typeof raw !== "string") return undefined;
	return sanitizeText(raw).trim() || undefined;
}

/** Text for a name or a heading: line breaks would break a header line, so they read as spaces. */
function oneLine(value: unknown): string | undefined {
	return multiLine(value)?.replace(/\s*\n\s*/gu, " ");
}

function safeUrlOf(value: unknown): string | undefined {
	const raw = oneLine(value);
	return raw ? safeUrl(raw) : undefined;
}

/** The text, linking to the URL when it is one we may open. */
function link(textField: unknown, urlField?: unknown): Inline {
	const text = oneLine(textField);
	const url = safeUrlOf(urlField);
	if (!text) return url ? [{ text: url, href: url }] : [];
	return [{ text, ...(url ? { href: url } : {}) }];
}

/** Paragraphs are separated by blank lines; a single line break is a hard break within one. */
function paragraphs(value: unknown): Block[] {
	const text = multiLine(value);
	if (!text) return [];
	return text.split(/\n[ \t]*\n\s*/u).map((paragraph) => ({ kind: "paragraph", text: linked(paragraph) }));
}

function list(value: unknown): Block[] {
	const items = Array.isArray(value) ? strings(value, multiLine) : [];
	if (items.length === 0) return [];
	return [
		{ kind: "list", ordered: false, start: 1, items: items.map((item) => ({ text: linked(item), children: [] })) },
	];
}

// A URL in running text, without the punctuation that ends a sentence or closes a parenthesis after it.
const URL_IN_TEXT = /\b(?:https?:\/\/|mailto:)[^\s<>"()]*[^\s<>"().,;:!?'’]/giu;

/** Sanitised text → spans: web and mail addresses become links, line breaks hard breaks. */
function linked(text: string): Inline {
	return text.split("\n").flatMap((line, index) => [...(index > 0 ? [{ text: "\n" }] : []), ...linkedLine(line)]);
}

function linkedLine(line: string): Span[] {
	const spans: Span[] = [];
	let plainFrom = 0;
	for (const match of line.matchAll(URL_IN_TEXT)) {
		if (match.index > plainFrom) spans.push({ text: line.slice(plainFrom, match.index) });
		const href = safeUrl(match[0]);
		spans.push({ text: match[0], ...(href ? { href } : {}) });
		plainFrom = match.index + match[0].length;
	}
	if (plainFrom < line.length) spans.push({ text: line.slice(plainFrom) });
	return spans;
}

function plainOf(inline: Inline): string {
	return inline.map((span) => span.text).join("");
}

function lettersOf(text: string): string {
	return text.replace(/[^\p{Letter}\p{Number}]/gu, "").toLowerCase();
}
