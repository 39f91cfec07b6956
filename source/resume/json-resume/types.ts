/**
 * The part of JSON Resume v1.0.0 (the schema shipped by @jsonresume/schema)
 * that `--json` writes. Every field is optional in the schema; absent ones are
 * left out rather than written empty, so a theme shows nothing instead of a blank.
 */

export type JsonResume = {
	readonly $schema: string;
	readonly basics: JsonResumeBasics;
	readonly work?: readonly JsonResumeWork[];
	readonly education?: readonly JsonResumeEducation[];
	readonly skills?: readonly JsonResumeSkill[];
	readonly languages?: readonly JsonResumeLanguage[];
	readonly interests?: readonly JsonResumeInterest[];
	readonly projects?: readonly JsonResumeProject[];
	readonly meta?: JsonResumeMeta;
};

export type JsonResumeBasics = {
	readonly name: string;
	readonly label?: string;
	/** A bare address, without "mailto:". */
	readonly email?: string;
	readonly url?: string;
	readonly location?: JsonResumeLocation;
	readonly profiles?: readonly JsonResumeProfile[];
};

export type JsonResumeLocation = {
	readonly city?: string;
	readonly region?: string;
	/** ISO 3166-1 alpha-2, e.g. "FR". */
	readonly countryCode?: string;
};

export type JsonResumeProfile = {
	readonly network: string;
	readonly username?: string;
	readonly url: string;
};

export type JsonResumeWork = {
	readonly name: string;
	readonly position?: string;
	readonly location?: string;
	readonly url?: string;
	/** ISO 8601, possibly partial: "2020-04", "2004". */
	readonly startDate?: string;
	/** Absent while the job goes on. */
	readonly endDate?: string;
	readonly summary?: string;
	readonly highlights?: readonly string[];
};

export type JsonResumeEducation = {
	readonly institution: string;
	readonly url?: string;
	readonly studyType?: string;
	readonly area?: string;
	readonly startDate?: string;
	readonly endDate?: string;
};

export type JsonResumeSkill = {
	readonly name: string;
	readonly keywords?: readonly string[];
};

export type JsonResumeLanguage = {
	readonly language: string;
	readonly fluency?: string;
};

export type JsonResumeInterest = {
	readonly name: string;
	readonly keywords?: readonly string[];
};

export type JsonResumeProject = {
	readonly name: string;
	readonly description?: string;
};

/** `meta` is an open object in the schema; this program adds `unmapped` to it. */
export type JsonResumeMeta = {
	readonly unmapped: readonly JsonResumeUnmapped[];
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
