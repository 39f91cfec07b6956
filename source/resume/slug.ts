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
	// The next number to try for each slug: counting from 2 each time would cost the square of
	// the number of sections sharing a title, and a long file may have thousands.
	const nextNumber = new Map<string, number>();
	return sections.map((section) => {
		let slug = section.slug;
		let n = nextNumber.get(section.slug) ?? 2;
		for (; taken.has(slug); n++) slug = `${section.slug}-${n}`;
		nextNumber.set(section.slug, n);
		taken.add(slug);
		return slug === section.slug ? section : { ...section, slug };
	});
}
