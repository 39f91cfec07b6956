import CFonts from "cfonts";
import blockFont from "cfonts/fonts/block.json" with { type: "json" };
import chromeFont from "cfonts/fonts/chrome.json" with { type: "json" };
import tinyFont from "cfonts/fonts/tiny.json" with { type: "json" };
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { CFONT_OPTIONS, renderedWidth } from "../../../source/ui/header/big-name.js";

const fonts = { block: blockFont, chrome: chromeFont, tiny: tinyFont } as const;

describe("big-text width read from the font file", () => {
	it.each([
		["block", "JEROME"],
		["chrome", "JEROME VIZCAINO"],
		["tiny", "JEROME VIZCAINO"],
		["chrome", "O'BRIEN-SMITH, J."],
	] as const)("matches what cfonts renders in %s for %s", (font, text) => {
		const rendered = CFonts.render(text, { ...CFONT_OPTIONS, font, maxLength: text.length + 1 });
		if (!rendered) throw new Error("cfonts rendered nothing");
		const lines = rendered.string.split("\n");
		expect(lines).toHaveLength(fonts[font].lines);
		expect(renderedWidth(text, fonts[font])).toBe(Math.max(...lines.map((line) => stringWidth(line))));
	});

	it("has no width for a character the font lacks", () => {
		expect(renderedWidth("LI LEI 李雷", fonts.chrome)).toBeUndefined();
	});
});
