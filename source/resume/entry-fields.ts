/**
 * JSON Resume v1.0 (the schema @jsonresume/schema ships), field by field: what an entry of the
 * model holds besides its layout. A JSON Resume document's entries are kept here as the
 * document gave them (every string sanitised, nothing else changed, keys the schema does not
 * name kept too), so that `--json` writes back what `--file` read; a Markdown résumé fills them
 * where its sections say which field a line is.
 */

/** Keys the schema does not name are allowed everywhere (additionalProperties) and kept. */
type Open = { readonly [key: string]: unknown };

/** "2020", "2020-04" or "2020-04-15". */
export type IsoDate = string;

export type LocationFields = Open & {
	readonly address?: string;
	readonly postalCode?: string;
	readonly city?: string;
	/** ISO 3166-1 alpha-2, e.g. "FR". */
	readonly countryCode?: string;
	readonly region?: string;
};

export type ProfileFields = Open & {
	readonly network?: string;
	readonly username?: string;
	readonly url?: string;
};

export type BasicsFields = Open & {
	readonly name?: string;
	readonly label?: string;
	readonly image?: string;
	/** A bare address, without "mailto:". */
	readonly email?: string;
	readonly phone?: string;
	readonly url?: string;
	readonly summary?: string;
	readonly location?: LocationFields;
	readonly profiles?: readonly ProfileFields[];
};

type Dated = {
	readonly startDate?: IsoDate;
	/** Absent while it goes on. */
	readonly endDate?: IsoDate;
};

export type WorkFields = Open &
	Dated & {
		readonly name?: string;
		readonly location?: string;
		readonly description?: string;
		readonly position?: string;
		readonly url?: string;
		readonly summary?: string;
		readonly highlights?: readonly string[];
	};

export type VolunteerFields = Open &
	Dated & {
		readonly organization?: string;
		readonly position?: string;
		readonly url?: string;
		readonly summary?: string;
		readonly highlights?: readonly string[];
	};

export type EducationFields = Open &
	Dated & {
		readonly institution?: string;
		readonly url?: string;
		readonly area?: string;
		readonly studyType?: string;
		readonly score?: string;
		readonly courses?: readonly string[];
	};

export type AwardFields = Open & {
	readonly title?: string;
	readonly date?: IsoDate;
	readonly awarder?: string;
	readonly summary?: string;
};

export type CertificateFields = Open & {
	readonly name?: string;
	readonly date?: IsoDate;
	readonly url?: string;
	readonly issuer?: string;
};

export type PublicationFields = Open & {
	readonly name?: string;
	readonly publisher?: string;
	readonly releaseDate?: IsoDate;
	readonly url?: string;
	readonly summary?: string;
};

export type SkillFields = Open & {
	readonly name?: string;
	readonly level?: string;
	readonly keywords?: readonly string[];
};

export type LanguageFields = Open & {
	readonly language?: string;
	readonly fluency?: string;
};

export type InterestFields = Open & {
	readonly name?: string;
	readonly keywords?: readonly string[];
};

export type ReferenceFields = Open & {
	readonly name?: string;
	readonly reference?: string;
};

export type ProjectFields = Open &
	Dated & {
		readonly name?: string;
		readonly description?: string;
		readonly highlights?: readonly string[];
		readonly keywords?: readonly string[];
		readonly url?: string;
		readonly roles?: readonly string[];
		readonly entity?: string;
		readonly type?: string;
	};

/** Each list of a JSON Resume document and the fields of its entries. */
export type EntryFieldsOf = {
	readonly work: WorkFields;
	readonly volunteer: VolunteerFields;
	readonly education: EducationFields;
	readonly awards: AwardFields;
	readonly certificates: CertificateFields;
	readonly publications: PublicationFields;
	readonly skills: SkillFields;
	readonly languages: LanguageFields;
	readonly interests: InterestFields;
	readonly references: ReferenceFields;
	readonly projects: ProjectFields;
};

/** The lists of a JSON Resume document, in the schema's order. */
export const ENTRY_LISTS = [
	"work",
	"volunteer",
	"education",
	"awards",
	"certificates",
	"publications",
	"skills",
	"languages",
	"interests",
	"references",
	"projects",
] as const satisfies readonly (keyof EntryFieldsOf)[];

export type EntryList = (typeof ENTRY_LISTS)[number];

export type EntryFields = EntryFieldsOf[EntryList];

/**
 * What a JSON Resume document holds besides basics and its lists' entries: `$schema`, `meta`
 * as written (with the `unmapped` lines this program writes there: the sections show them again,
 * and `--json` writes them back from here), and any key the schema does not name, or a list that
 * gave no entry (`"awards": []`).
 */
export type DocumentFields = {
	readonly schema?: unknown;
	readonly meta?: unknown;
	readonly others: Readonly<Record<string, unknown>>;
};
