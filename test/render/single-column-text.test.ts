import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { SINGLE_COLUMN_CHARACTERS } from "../../source/render/single-column-text.js";

// The build gives string-width a fast path that counts these characters one
// column each without segmenting; our wrapping trusts the same list. Both are
// only right if every character in it really is one column and its own grapheme.
const inList = new RegExp(`^[${SINGLE_COLUMN_CHARACTERS}]$`, "u");
const listed = Array.from({ length: 0x3_0000 }, (_, codePoint) => String.fromCodePoint(codePoint)).filter((character) =>
	inList.test(character),
);
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

describe("single-column characters", () => {
	it("lists the characters the résumé is written in", () => {
		for (const character of "Jérôme Vizcaino – Romainville, France • “quoted” … ← → ─│█▲▼") {
			expect(inList.test(character), character).toBe(true);
		}
		expect(listed.length).toBeGreaterThan(1000);
	});

	it("has each character one column wide by string-width", () => {
		const otherWidths = listed.filter((character) => stringWidth(character) !== 1);
		expect(otherWidths).toEqual([]);
	});

	it("never joins a character to its neighbours into one grapheme", () => {
		const joined = listed.filter((character) => [...graphemes.segment(`a${character}a`)].length !== 3);
		expect(joined).toEqual([]);
	});

	it("leaves out what is wider, of no width, or combining", () => {
		for (const character of ["\u0301", "\u00AD", "\u200B", "漢", "😀", "\u25FD", "\uFF01", "\u0007"]) {
			expect(inList.test(character), `U+${character.codePointAt(0)?.toString(16)}`).toBe(false);
		}
	});
});
