/**
 * A JSON Resume v1.0.0 document as `--json` writes it: the fields of entry-fields.ts. Every field
 * is optional in the schema; absent ones are left out rather than written empty, so a theme shows
 * nothing instead of a blank.
 */

import type {
	AwardFields,
	BasicsFields,
	CertificateFields,
	EducationFields,
	InterestFields,
	LanguageFields,
	LocationFields,
	ProfileFields,
	ProjectFields,
	PublicationFields,
	ReferenceFields,
	SkillFields,
	VolunteerFields,
	WorkFields,
} from "../entry-fields.js";

export type JsonResume = {
	readonly $schema?: unknown;
	readonly basics: JsonResumeBasics;
	readonly work?: readonly JsonResumeWork[];
	readonly volunteer?: readonly VolunteerFields[];
	readonly education?: readonly JsonResumeEducation[];
	readonly awards?: readonly AwardFields[];
	readonly certificates?: readonly CertificateFields[];
	readonly publications?: readonly PublicationFields[];
	readonly skills?: readonly JsonResumeSkill[];
	readonly languages?: readonly JsonResumeLanguage[];
	readonly interests?: readonly JsonResumeInterest[];
	readonly references?: readonly ReferenceFields[];
	readonly projects?: readonly JsonResumeProject[];
	readonly meta?: JsonResumeMeta;
	/** Keys the schema does not name, kept from a JSON Resume document. */
	readonly [key: string]: unknown;
};

export type JsonResumeBasics = BasicsFields;
export type JsonResumeLocation = LocationFields;
export type JsonResumeProfile = ProfileFields;
export type JsonResumeWork = WorkFields;
export type JsonResumeEducation = EducationFields;
export type JsonResumeSkill = SkillFields;
export type JsonResumeLanguage = LanguageFields;
export type JsonResumeInterest = InterestFields;
export type JsonResumeProject = ProjectFields;

/** `meta` is an open object in the schema; this program adds `unmapped` to it. */
export type JsonResumeMeta = {
	readonly unmapped?: readonly JsonResumeUnmapped[];
	readonly [key: string]: unknown;
};

/** Something the résumé says that JSON Resume has no field for, kept as text. */
export type JsonResumeUnmapped = {
	/** The section's title; absent for the header (the lines above the first section). */
	readonly section?: string;
	/** The `###` group or job heading it sat under, as written. */
	readonly heading?: string;
	/** The heading's date, as written. */
	readonly date?: string;
	/** One line per paragraph or list item, in document order. */
	readonly lines: readonly string[];
};
