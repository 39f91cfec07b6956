import type { EntryList } from "./entry-fields.js";
import type { SectionCategory } from "./model.js";

/** Where a section's entries go in JSON Resume: one of its lists, or basics.summary. */
export type SectionList = EntryList | "summary";

type SectionKind = { readonly category: SectionCategory; readonly list?: SectionList };

// Each word is matched at the start of a word of the title, so that plurals
// match ("Skills") but a word inside another does not ("Frameworks" is no "work").
// The first that matches wins: "Volunteer work" is volunteering, "Programming languages" skills.
const SECTION_KINDS: readonly [SectionKind, RegExp][] = [
	[{ category: "experience", list: "volunteer" }, atWordStart("volunteer|bénévol|benevol")],
	[{ category: "experience", list: "work" }, atWordStart("experience|employment|work|career|expérience|parcours")],
	[{ category: "education", list: "education" }, atWordStart("education|training|formation|diploma|études|academic")],
	[{ category: "other", list: "certificates" }, atWordStart("certific|licen[cs]e")],
	[{ category: "other", list: "awards" }, atWordStart("award|honou?r|prize|distinction")],
	[{ category: "other", list: "publications" }, atWordStart("publication|paper")],
	[{ category: "other", list: "projects" }, atWordStart("project|projet|portfolio")],
	[{ category: "skills", list: "skills" }, atWordStart("programming|skill|competenc|compétence|technolog|expertise")],
	[{ category: "languages", list: "languages" }, atWordStart("language|langue")],
	[{ category: "misc", list: "interests" }, atWordStart("interest|hobb|loisir|passion")],
	[{ category: "other", list: "references" }, atWordStart("reference|référence|recommendation")],
	[{ category: "other", list: "summary" }, atWordStart("summary|about|profile|objective|overview|introduction")],
	[{ category: "misc" }, atWordStart("misc|other|divers")],
];

function atWordStart(words: string): RegExp {
	return new RegExp(String.raw`(?<![\p{Letter}\p{Number}])(?:${words})`, "iu");
}

/** What a section is about, read from its title in English or French. */
export function sectionKindOf(title: string): SectionKind {
	return SECTION_KINDS.find(([, pattern]) => pattern.test(title))?.[0] ?? { category: "other" };
}
