/**
 * A JSON Resume v1.0 document (`--file resume.json`) → the typed résumé, so every view shows it.
 *
 * The document is someone else's: any field may be missing or of the wrong type, and is then
 * left out (values.ts); only basics.name is required. Every string passes sanitizeText and every
 * URL safeUrl on the way in, as Markdown does; an unsafe URL loses its link, never its text.
 *
 * Sections follow the schema's order (work, volunteer, education, awards, certificates,
 * publications, skills, languages, interests, references, projects), after a "Summary" made of
 * basics.summary. `meta.unmapped`, written by to-json-resume/to-json-resume.ts for what JSON Resume
 * has no field for, goes back where it came from (restore-unmapped.ts), so that `--json` of a
 * Markdown résumé read back with `--file` shows everything again.
 */

import { compact, setField } from "../compact.js";
import type { BasicsFields, DocumentFields, EntryFields, EntryList } from "../entry-fields.js";
import type { Group, Job, Resume, SectionCategory } from "../model.js";
import type { ParseResult } from "../parse-markdown.js";
import { withUniqueSlugs } from "../slug.js";
import { basicsOf } from "./basics.js";
import { type Draft, draft, isEmpty, sectionOf } from "./draft.js";
import {
	awardOf,
	certificateOf,
	educationOf,
	interestOf,
	languageOf,
	projectOf,
	publicationOf,
	referenceOf,
	skillOf,
} from "./groups.js";
import { jobOf } from "./jobs.js";
import { restoreUnmapped } from "./restore-unmapped.js";
import { paragraphs } from "./text.js";
import { type Json, keptRecord, keptValue, oneLine, record, records } from "./values.js";

export function fromJsonResume(value: unknown): ParseResult {
	const document = record(value);
	const basicsJson = record(document?.basics) ?? {};
	const name = oneLine(basicsJson.name);
	if (!document || !name)
		return { ok: false, error: "not a JSON Resume document: it needs basics.name, the person's name" };

	const drafts = [
		draft("Summary", "other", { blocks: paragraphs(basicsJson.summary) }),
		draft("Experience", "experience", {
			list: "work",
			jobs: records(document.work).map((entry) => kept(jobOf(entry, entry.name), entry)),
		}),
		draft("Volunteering", "experience", {
			list: "volunteer",
			jobs: records(document.volunteer).map((entry) => kept(jobOf(entry, entry.organization ?? entry.name), entry)),
		}),
		groupsDraft(document, "education", "Education", "education", educationOf),
		groupsDraft(document, "awards", "Awards", "other", awardOf),
		groupsDraft(document, "certificates", "Certificates", "other", certificateOf),
		groupsDraft(document, "publications", "Publications", "other", publicationOf),
		groupsDraft(document, "skills", "Skills", "skills", skillOf),
		groupsDraft(document, "languages", "Languages", "languages", languageOf),
		groupsDraft(document, "interests", "Interests", "misc", interestOf),
		groupsDraft(document, "references", "References", "other", referenceOf),
		groupsDraft(document, "projects", "Projects", "other", projectOf),
	].filter((section) => !isEmpty(section));

	const keptHeaderLines: string[] = [];
	restoreUnmapped(records(record(document.meta)?.unmapped), drafts, keptHeaderLines);
	const sections = withUniqueSlugs(drafts.map(sectionOf));
	if (sections.length === 0)
		return { ok: false, error: "no sections found: the JSON Resume document has nothing besides basics" };
	const basics = { ...basicsOf(basicsJson, name, keptHeaderLines), fields: keptRecord<BasicsFields>(basicsJson) };
	const resume: Resume = { basics, sections, document: documentFields(document, drafts) };
	return { ok: true, resume };
}

/** An entry's layout with the entry's own fields kept alongside, for `--json` to write back. */
function kept<T extends Job | Group>(layout: T, entry: Json): T {
	return { ...layout, fields: keptRecord<EntryFields>(entry) };
}

function groupsDraft(
	document: Json,
	list: EntryList,
	title: string,
	category: SectionCategory,
	groupOf: (entry: Json) => Group,
): Draft {
	return draft(title, category, { list, groups: records(document[list]).map((entry) => kept(groupOf(entry), entry)) });
}

/** What the sections do not hold: `$schema`, `meta`, unknown keys, and lists that gave no section or lost items. */
function documentFields(document: Json, drafts: readonly Draft[]): DocumentFields {
	const shown = new Set(drafts.flatMap((section) => (section.list ? [section.list] : [])));
	const others: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(document)) {
		if (key === "basics" || key === "$schema" || key === "meta") continue;
		const entriesKept = shown.has(key as EntryList) && Array.isArray(value) && value.every((item) => record(item));
		if (!entriesKept) setField(others, key, keptValue(value));
	}
	return compact({
		schema: keptValue(document.$schema),
		meta: keptValue(document.meta),
		others,
	});
}
