/**
 * N's five components (family; given; additional; prefixes; suffixes) from a full name as a
 * résumé writes it. A guess, as any is: the last word is the family name, with the lower-case
 * particles before it ("de la Cruz", "van Rossum"); the words before those are the given names.
 */
export function nameParts(fullName: string): readonly [string, string, string, string, string] {
	const words = fullName.trim().split(/\s+/u).filter(Boolean);
	if (words.length <= 1) return ["", words[0] ?? "", "", "", ""];
	let familyStart = words.length - 1;
	while (familyStart > 1 && PARTICLES.has(words[familyStart - 1] ?? "")) familyStart -= 1;
	return [words.slice(familyStart).join(" "), words.slice(0, familyStart).join(" "), "", "", ""];
}

/** Written in lower case inside a family name in the languages résumés here tend to be in. */
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
