import type {
	JsonResumeEducation,
	JsonResumeInterest,
	JsonResumeLanguage,
	JsonResumeProject,
	JsonResumeSkill,
	JsonResumeUnmapped,
	JsonResumeWork,
} from "./types.js";

/** The document's lists as sections fill them, in résumé order. */
export type Collected = {
	readonly work: JsonResumeWork[];
	readonly education: JsonResumeEducation[];
	readonly skills: JsonResumeSkill[];
	readonly languages: JsonResumeLanguage[];
	readonly interests: JsonResumeInterest[];
	readonly projects: JsonResumeProject[];
	readonly unmapped: JsonResumeUnmapped[];
};

export function emptyCollected(): Collected {
	return {
		work: [],
		education: [],
		skills: [],
		languages: [],
		interests: [],
		projects: [],
		unmapped: [],
	};
}
