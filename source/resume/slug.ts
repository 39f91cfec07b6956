import type { Section } from "./model.js";

/** "Foreign languages" → "foreign-languages", "Misc." → "misc": what `--section` matches. */
export function slugify(title: string): string {
	return title
		.normalize("NFD")
		.replace(/\p{Diacritic}/gu, "")
		.toLowerCase()
		.replace(/[^\p{Letter}\p{Number}]+/gu, "-")
		.replace(/^-+|-+$/g, "");
}

/** `--section` picks a section by slug, so two sections never share one: "skills", "skills-2". */
export function withUniqueSlugs(sections: readonly Section[]): Section[] {
	const taken = new Set<string>();
	return sections.map((section) => {
		let slug = section.slug;
		for (let n = 2; taken.has(slug); n++) slug = `${section.slug}-${n}`;
		taken.add(slug);
		return slug === section.slug ? section : { ...section, slug };
	});
}
