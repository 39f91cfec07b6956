/**
 * A JSON Resume v1.0 document (`--file resume.json`) → the typed résumé, so every view shows it.
 *
 * The document is someone else's: any field may be missing or of the wrong type, and is then
 * left out (values.ts); only basics.name is required. Every string passes sanitizeText and every
 * URL safeUrl on the way in, as Markdown does; an unsafe URL loses its link, never its text.
 *
 * Sections follow the schema's order (work, volunteer, education, awards, certificates,
 * publications, skills, languages, interests, references, projects), after a "Summary" made of
 * basics.summary. `meta.unmapped`, written by json-resume/to-json-resume.ts for what JSON Resume
 * has no field for, goes back where it came from (restore-unmapped.ts), so that `--json` of a
 * Markdown résumé read back with `--file` shows everything again.
 */

import type { Resume } from "../model.js";
import type { ParseResult } from "../parse-markdown.js";
import { withUniqueSlugs } from "../slug.js";
import { basicsOf } from "./basics.js";
import { draft, isEmpty, sectionOf } from "./draft.js";
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
import { oneLine, record, records } from "./values.js";

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
	].filter((section) => !isEmpty(section));

	const headerLines: string[] = [];
	restoreUnmapped(records(record(document.meta)?.unmapped), drafts, headerLines);
	const sections = withUniqueSlugs(drafts.map(sectionOf));
	if (sections.length === 0)
		return { ok: false, error: "no sections found: the JSON Resume document has nothing besides basics" };
	const resume: Resume = { basics: basicsOf(basicsJson, name, headerLines), sections };
	return { ok: true, resume };
}
