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

import { compact, nonEmpty } from "../compact.js";
import type { Resume, Section } from "../model.js";
import { basicsOf, headerLeftovers, sortContacts } from "./basics.js";
import { type Collected, emptyCollected } from "./collected.js";
import { collectGroup } from "./groups.js";
import { collectListedGroup, collectSectionBlocks, readsGroupsOf } from "./listed.js";
import type { JsonResume } from "./types.js";
import { keepUnmapped } from "./unmapped.js";
import { collectJob } from "./work.js";
import { writtenBack } from "./written-back.js";

export type { JsonResume } from "./types.js";

const SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

export function toJsonResume(resume: Resume): JsonResume {
	if (resume.document) return writtenBack(resume, resume.document);
	const collected = emptyCollected();
	const contacts = sortContacts(resume.basics.contacts);
	keepUnmapped(collected, {}, headerLeftovers(resume.basics, contacts));
	for (const section of resume.sections) collectSection(section, collected);
	const basics = basicsOf(resume.basics, contacts);
	const summary = collected.summary.join("\n\n");
	return compact({
		$schema: SCHEMA_URL,
		basics: summary ? { ...basics, summary } : basics,
		work: nonEmpty(collected.work),
		volunteer: nonEmpty(collected.volunteer),
		education: nonEmpty(collected.education),
		awards: nonEmpty(collected.awards),
		certificates: nonEmpty(collected.certificates),
		publications: nonEmpty(collected.publications),
		skills: nonEmpty(collected.skills),
		languages: nonEmpty(collected.languages),
		interests: nonEmpty(collected.interests),
		references: nonEmpty(collected.references),
		projects: nonEmpty(collected.projects),
		meta: collected.unmapped.length > 0 ? { unmapped: collected.unmapped } : undefined,
	});
}

function collectSection(section: Section, into: Collected): void {
	collectSectionBlocks(section, into);
	if (section.kind === "experience") {
		const list = section.list === "volunteer" ? "volunteer" : "work";
		for (const job of section.jobs) collectJob(section.title, job, into, list);
		return;
	}
	for (const group of section.groups) {
		if (readsGroupsOf(section)) collectListedGroup(section, group, into);
		else collectGroup(section, group, into);
	}
}
