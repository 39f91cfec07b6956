/** Text as search compares it, with where each of its characters came from. */
export type FoldedText = {
	readonly text: string;
	/** origin[i]: the index in the original text of the character folded[i] came from. */
	readonly origin: readonly number[];
};

const MARKS = /\p{Mark}/gu;
const SPACE = /\s/u;

/**
 * Case, accents and runs of white space folded away, so "jerome" finds
 * "Jérôme" and "senior  engineer" finds "Senior Engineer": each character is
 * decomposed (NFKD also turns ligatures and full-width forms into plain
 * letters), stripped of its combining marks and lower-cased.
 */
export function foldText(original: string): FoldedText {
	let text = "";
	const origin: number[] = [];
	let index = 0;
	for (const character of original) {
		if (SPACE.test(character)) {
			if (!text.endsWith(" ")) {
				text += " ";
				origin.push(index);
			}
		} else {
			const folded = character.normalize("NFKD").replace(MARKS, "").toLowerCase();
			text += folded;
			for (let unit = 0; unit < folded.length; unit++) origin.push(index);
		}
		index += character.length;
	}
	return { text, origin };
}

/** The query folded the same way, without leading or trailing space. */
export function foldQuery(query: string): string {
	return foldText(query).text.trim();
}
