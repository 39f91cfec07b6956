import { describe, expect, it } from "vitest";
import { chooseBigName, foldForBigText } from "../../../source/ui/header/big-name.js";

describe("the name in big text", () => {
	it.each([
		["Jérôme Vizcaino", "JEROME VIZCAINO"],
		["François Müller", "FRANCOIS MULLER"],
		["Łukasz Żółć", "LUKASZ ZOLC"],
		["Søren Kierkegaard", "SOREN KIERKEGAARD"],
		["Grüße Straße", "GRUSSE STRASSE"],
		["Ærø Œuvre", "AERO OEUVRE"],
		["Ana-María O'Neil", "ANA-MARIA O'NEIL"],
	])("folds %s to %s, letters the fonts know", (name, folded) => {
		expect(foldForBigText(name)).toBe(folded);
	});

	it.each([
		["李雷", "a script no fold can fix"],
		["Андрей Иванов", "Cyrillic"],
		["Jérôme 🚀", "an emoji"],
	])("%s (%s) gets no big text, rather than letters silently dropped", (name) => {
		expect(chooseBigName(name, 500, 20)).toBeUndefined();
	});

	it("uses the tallest font that fits the height", () => {
		expect(chooseBigName("Jérôme Vizcaino", 200, 3)).toMatchObject({
			font: "chrome",
			height: 3,
			text: "JEROME VIZCAINO",
		});
		expect(chooseBigName("Jérôme Vizcaino", 200, 2)).toMatchObject({
			font: "tiny",
			height: 2,
			text: "JEROME VIZCAINO",
		});
		expect(chooseBigName("Jérôme Vizcaino", 200, 1)).toBeUndefined();
	});

	it("gives a terminal too narrow for any font no big text", () => {
		expect(chooseBigName("Jérôme Vizcaino", 30, 10)).toBeUndefined();
	});

	it("is never wider or taller than asked, in every font", () => {
		for (let columns = 10; columns <= 120; columns += 5) {
			for (let maxHeight = 0; maxHeight <= 8; maxHeight++) {
				const big = chooseBigName("Jérôme Vizcaino", columns, maxHeight);
				if (!big) continue;
				expect(big.width).toBeLessThanOrEqual(columns);
				expect(big.height).toBeLessThanOrEqual(maxHeight);
			}
		}
	});
});
