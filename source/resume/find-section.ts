import type { Resume } from "./model.js";
import { slugify } from "./slug.js";

export type FoundSection =
	| { readonly ok: true; readonly index: number }
	| { readonly ok: false; readonly error: string };

/** `--section skills`: an exact slug, else the one section whose slug starts with or contains the name. */
export function findSection(resume: Resume, name: string): FoundSection {
	const wanted = slugify(name);
	const slugs = resume.sections.map((section) => section.slug);
	const candidates = [
		slugs.indexOf(wanted),
		uniqueIndex(slugs, (slug) => slug.startsWith(wanted)),
		uniqueIndex(slugs, (slug) => slug.includes(wanted)),
	];
	const index = wanted ? candidates.find((candidate) => candidate !== -1) : undefined;
	if (index !== undefined) return { ok: true, index };
	return {
		ok: false,
		error: `no section "${name}"; choose one of: ${slugs.join(", ")}`,
	};
}

function uniqueIndex(slugs: readonly string[], matches: (slug: string) => boolean): number {
	const found = slugs.flatMap((slug, index) => (matches(slug) ? [index] : []));
	return found.length === 1 && found[0] !== undefined ? found[0] : -1;
}
