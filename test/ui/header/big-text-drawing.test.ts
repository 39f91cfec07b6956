import CFonts from "cfonts";
import cfontsSize from "cfonts/lib/Size.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CFONT_OPTIONS, drawBigText } from "../../../source/ui/header/big-name.js";

// cfonts breaks its output at the width of the terminal it finds; the header never lets it (it
// only asks for a font that fits), so neither does the comparison.
(cfontsSize.Size as { width: number }).width = Number.MAX_SAFE_INTEGER;

/** How the header drew the name through ink-big-text: its defaults, then the header's options. */
function cfontsDrawing(text: string, font: "block" | "chrome" | "tiny"): string {
	const options = {
		align: "left",
		backgroundColor: "transparent",
		lineHeight: 1,
		space: true,
		maxLength: 0,
		font,
		...CFONT_OPTIONS,
	};
	const rendered = CFonts.render(text, options);
	if (!rendered) throw new Error("cfonts rendered nothing");
	return rendered.string;
}

const FONT_CHARACTERS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!?.+-_=@#$%&()/:;,'\" "];

describe("the big name, drawn from cfonts' font files", () => {
	it.each(["block", "chrome", "tiny"] as const)("is what cfonts draws, in %s", (font) => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...FONT_CHARACTERS), minLength: 1, maxLength: 24 }), (text) => {
				expect(drawBigText(text, font)).toBe(cfontsDrawing(text, font));
			}),
			{ numRuns: 200 },
		);
	});

	it("draws a folded name as cfonts does", () => {
		expect(drawBigText("JEROME VIZCAINO", "block")).toBe(cfontsDrawing("JEROME VIZCAINO", "block"));
		expect(drawBigText("JEROME VIZCAINO", "block").split("\n")).toHaveLength(6);
	});
});
