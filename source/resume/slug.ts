/** "Foreign languages" → "foreign-languages", "Misc." → "misc": what `--section` matches. */
export function slugify(title: string): string {
	return title
		.normalize("NFD")
		.replace(/\p{Diacritic}/gu, "")
		.toLowerCase()
		.replace(/[^\p{Letter}\p{Number}]+/gu, "-")
		.replace(/^-+|-+$/g, "");
}
