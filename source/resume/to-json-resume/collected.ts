import type {
	AwardFields,
	CertificateFields,
	PublicationFields,
	ReferenceFields,
	VolunteerFields,
} from "../entry-fields.js";
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
	/** Paragraphs of a Summary / About / Profile section: basics.summary. */
	readonly summary: string[];
	readonly work: JsonResumeWork[];
	readonly volunteer: VolunteerFields[];
	readonly education: JsonResumeEducation[];
	readonly awards: AwardFields[];
	readonly certificates: CertificateFields[];
	readonly publications: PublicationFields[];
	readonly skills: JsonResumeSkill[];
	readonly languages: JsonResumeLanguage[];
	readonly interests: JsonResumeInterest[];
	readonly references: ReferenceFields[];
	readonly projects: JsonResumeProject[];
	readonly unmapped: JsonResumeUnmapped[];
};

export function emptyCollected(): Collected {
	return {
		summary: [],
		work: [],
		volunteer: [],
		education: [],
		awards: [],
		certificates: [],
		publications: [],
		skills: [],
		languages: [],
		interests: [],
		references: [],
		projects: [],
		unmapped: [],
	};
}
