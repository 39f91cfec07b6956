import type { ContactKind } from "./contact-kinds.js";
import type { BasicsFields, DocumentFields, EntryFields } from "./entry-fields.js";
import type { SectionList } from "./section-kinds.js";

/**
 * The typed résumé every view reads. The parser fills it; nothing downstream
 * sees Markdown. All text in it is already sanitised (see sanitize.ts): no
 * control character but line feeds, no tab (code blocks have theirs expanded),
 * and no string or span starts with a combining mark. Lists and quotes hold one
 * another at most MAX_NESTING + 1 deep (blocks.ts), so views may recurse.
 */

/** A run of inline text sharing one style. A hard line break is a span whose text is "\n". */
export type Span = {
	readonly text: string;
	readonly strong?: boolean;
	readonly emphasis?: boolean;
	readonly code?: boolean;
	/** Only ever an http:, https: or mailto: URL: anything else is dropped at the model boundary. */
	readonly href?: string;
};

export type Inline = readonly Span[];

export type ListItem = {
	/** The item's own text (may hold hard breaks). */
	readonly text: Inline;
	/** Nested lists and paragraphs below the item's first line. */
	readonly children: readonly Block[];
};

export type Block =
	| { readonly kind: "paragraph"; readonly text: Inline }
	| {
			readonly kind: "list";
			readonly ordered: boolean;
			readonly start: number;
			readonly items: readonly ListItem[];
	  }
	| { readonly kind: "heading"; readonly depth: number; readonly text: Inline }
	| { readonly kind: "code"; readonly language: string; readonly text: string }
	| { readonly kind: "quote"; readonly blocks: readonly Block[] }
	| {
			readonly kind: "table";
			readonly header: readonly Inline[];
			readonly rows: readonly (readonly Inline[])[];
	  }
	| { readonly kind: "rule" };

/** A `###` sub-heading and what follows it, e.g. "ESIEE Paris _2004_" or "Languages". */
export type Group = {
	readonly heading: Inline;
	/** A trailing italic date on the heading ("2004"), split out so views can align it. */
	readonly date?: string;
	readonly blocks: readonly Block[];
	/** The entry's JSON Resume fields, when its source said them (see entry-fields.ts). */
	readonly fields?: EntryFields;
};

export type DateRange = {
	/** As written: "April 2020". */
	readonly start: string;
	/** As written: "Present", "April 2017"; absent for a single date. */
	readonly end?: string;
	/** ISO 8601 partial dates ("2020-04") where the text could be read, for JSON Resume. */
	readonly startIso?: string;
	readonly endIso?: string;
};

export type Job = {
	readonly organisation: string;
	readonly role: string;
	readonly place?: string;
	readonly dates?: DateRange;
	/** The heading's text when it does not follow the "Org _Role_ _Place, dates_" template. */
	readonly heading: Inline;
	/** Bullets and paragraphs before the first group. */
	readonly blocks: readonly Block[];
	readonly groups: readonly Group[];
	/** The entry's JSON Resume fields, when its source said them (see entry-fields.ts). */
	readonly fields?: EntryFields;
};

/** What a section is about, read from its title; decides how views and JSON Resume treat it. */
export type SectionCategory = "experience" | "education" | "skills" | "languages" | "misc" | "other";

type SectionBase = {
	readonly title: string;
	/** Lower-case, accent-free, dash-separated title: what `--section` matches. */
	readonly slug: string;
	/** Blocks before the first entry. */
	readonly blocks: readonly Block[];
	/**
	 * The JSON Resume list its entries belong to (or basics.summary), when its source says it:
	 * a JSON Resume document, or a Markdown title such as "Volunteering" or "Awards".
	 */
	readonly list?: SectionList;
};

export type Section =
	| (SectionBase & {
			readonly kind: "experience";
			readonly jobs: readonly Job[];
	  })
	| (SectionBase & {
			readonly kind: "groups";
			readonly category: Exclude<SectionCategory, "experience">;
			readonly groups: readonly Group[];
	  });

export type { ContactKind, DocumentFields };

export type Contact = {
	readonly kind: ContactKind;
	/** What the résumé shows, e.g. "Online resume". */
	readonly label: string;
	/** An http:, https: or mailto: URL. */
	readonly url: string;
};

export type Basics = {
	readonly name: string;
	readonly title?: string;
	readonly location?: string;
	readonly contacts: readonly Contact[];
	/** Header lines that are neither title, location nor contact; kept so nothing is lost. */
	readonly extra: readonly Inline[];
	/** The JSON Resume basics, as a JSON Resume document gave them. */
	readonly fields?: BasicsFields;
};

export type Resume = {
	readonly basics: Basics;
	readonly sections: readonly Section[];
	/** What else a JSON Resume document held, for `--json` to write back. Absent for Markdown. */
	readonly document?: DocumentFields;
};
