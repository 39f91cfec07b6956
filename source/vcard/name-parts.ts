/**
 * N's five components (family; given; additional; prefixes; suffixes) from a full name as a
 * résumé writes it. A guess, as any is: titles before ("Dr.") and after ("Jr.", "PhD") go to
 * the prefix and suffix; "Family, Given" is read as such; otherwise the last word is the family
 * name, with the lower-case particles before it ("de la Cruz", "van Rossum").
 */
export function nameParts(fullName: string): readonly [string, string, string, string, string] {
	let words = fullName.trim().split(/\s+/u).filter(Boolean);
	const prefixes: string[] = [];
	const suffixes: string[] = [];
	while (words.length > 1 && PREFIXES.has(normalised(words[0] ?? ""))) prefixes.push(words.shift() ?? "");
	// "Jane Smith, PhD" and "Martin Luther King Jr.": what follows the name.
	while (words.length > 1 && SUFFIXES.has(normalised(words.at(-1) ?? ""))) suffixes.unshift(words.pop() ?? "");
	words = words.map((word) => word.replace(/,$/u, ""));
	const [prefix, suffix] = [prefixes.join(" "), suffixes.map((word) => word.replace(/,$/u, "")).join(" ")];
	// "Smith, John": the family name first, with its comma.
	const comma = fullName.indexOf(",");
	if (comma > 0 && prefixes.length === 0 && suffixes.length === 0) {
		const [family, given] = [fullName.slice(0, comma).trim(), fullName.slice(comma + 1).trim()];
		if (family && given) return [family, given, "", "", ""];
	}
	if (words.length <= 1) return ["", words[0] ?? "", "", prefix, suffix];
	let familyStart = words.length - 1;
	while (familyStart > 1 && PARTICLES.has(words[familyStart - 1]?.toLowerCase() ?? "")) familyStart -= 1;
	return [words.slice(familyStart).join(" "), words.slice(0, familyStart).join(" "), "", prefix, suffix];
}

/** "Dr." → "dr", "PhD," → "phd": a title as the tables hold it. */
function normalised(word: string): string {
	return word.toLowerCase().replace(/[.,]/gu, "");
}

const PREFIXES = new Set(["dr", "mr", "mrs", "ms", "mx", "prof", "sir", "dame"]);

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "esq"]);

/** Written inside a family name in the languages résumés here tend to be in (as written, any case). */
const PARTICLES = new Set([
	"de",
	"del",
	"della",
	"der",
	"des",
	"di",
	"da",
	"do",
	"dos",
	"du",
	"la",
	"le",
	"van",
	"von",
	"ten",
	"ter",
	"y",
	"bin",
	"al",
]);
