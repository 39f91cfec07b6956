/*! The big-text fonts are cfonts' (https://github.com/dominikwilkowski/cfonts), © Dominik Wilkowski, @license GPL-3.0-or-later */
import blockFont from "cfonts/fonts/block.json" with { type: "json" };
import chromeFont from "cfonts/fonts/chrome.json" with { type: "json" };
import tinyFont from "cfonts/fonts/tiny.json" with { type: "json" };
import stringWidth from "string-width";

type FontFile = {
	readonly lines: number;
	readonly buffer: readonly string[];
	readonly letterspace: readonly string[];
	readonly chars: Record<string, readonly string[]>;
};

/** The fonts the header may use, tallest first (scripts/build/fonts.mjs bundles exactly these for cfonts). */
const FONTS = [
	{ font: "block", file: blockFont as FontFile },
	{ font: "chrome", file: chromeFont as FontFile },
	{ font: "tiny", file: tinyFont as FontFile },
] as const;

export type BigFont = (typeof FONTS)[number]["font"];

export type BigName = {
	readonly font: BigFont;
	readonly text: string;
	readonly width: number;
	readonly height: number;
};

// The options the big name has always been drawn with by cfonts (through ink-big-text, which
// needed `spaceless`, cfonts 3's name for its `space`, to drop the blank lines around it):
// drawBigText draws the same, and a test holds it to cfonts.
export const CFONT_OPTIONS = { spaceless: true, colors: ["system"], letterSpacing: 1 } as const;

/**
 * cfonts' fonts know A–Z, digits and some punctuation: "Jérôme" would render as
 * "JRME", silently dropping letters. Letters are folded to their base form
 * ("JEROME"); a name that still has a character the font lacks gets no big text.
 */
export function foldForBigText(name: string): string {
	return name
		.normalize("NFD")
		.replace(/\p{Diacritic}/gu, "")
		.replace(/ß/g, "SS")
		.replace(/[Ææ]/g, "AE")
		.replace(/[Œœ]/g, "OE")
		.replace(/[Øø]/g, "O")
		.replace(/[Łł]/g, "L")
		.toUpperCase();
}

/** The tallest big-text rendering of `name` that fits, or undefined for a plain name. */
export function chooseBigName(name: string, columns: number, maxHeight: number): BigName | undefined {
	const text = foldForBigText(name);
	for (const { font, file } of FONTS) {
		const width = renderedWidth(text, file);
		// cfonts breaks the line when it would reach the edge: keep a column free.
		if (width !== undefined && width < columns && file.lines <= maxHeight) {
			return { font, text, width, height: file.lines };
		}
	}
	return undefined;
}

/**
 * The columns cfonts' output takes, read from the font file instead of
 * rendering (a render of the tallest font costs tens of milliseconds at
 * start-up): each glyph's widest line, plus one letter space before each glyph.
 * Undefined when a character has no glyph.
 */
export function renderedWidth(text: string, file: FontFile): number | undefined {
	const letterSpace = widthOf(file.letterspace) * CFONT_OPTIONS.letterSpacing;
	let width = 0;
	for (const character of text) {
		const glyph = file.chars[character];
		if (!glyph) return undefined;
		width += letterSpace + widthOf(glyph);
	}
	return width;
}

function widthOf(lines: readonly string[]): number {
	return Math.max(0, ...lines.map((line) => stringWidth(withoutColourTags(line))));
}

/**
 * cfonts' drawing of `text` in `font` with CFONT_OPTIONS (left-aligned, one letter space, the
 * terminal's own colour, no blank lines around), without cfonts: its renderer, its option
 * checks and its terminal-size probe cost the first frame about 10 ms, for a glyph lookup.
 * Every character of `text` must be in the font (chooseBigName makes sure).
 */
export function drawBigText(text: string, font: BigFont): string {
	const { file } = FONTS.find((candidate) => candidate.font === font) ?? FONTS[0];
	// cfonts starts every line with the font's buffer, except the first one.
	const lines = Array.from({ length: file.lines }, (_, index) => (index === 0 ? "" : (file.buffer[index] ?? "")));
	for (const character of text) {
		const glyph = file.chars[character];
		if (!glyph) continue;
		for (let index = 0; index < file.lines; index++) {
			const space = withoutColourTags(file.letterspace[index] ?? "");
			lines[index] +=
				(space === "" ? " " : space).repeat(CFONT_OPTIONS.letterSpacing) + withoutColourTags(glyph[index] ?? "");
		}
	}
	return lines.join("\n");
}

/** Fonts of several colours mark each colour's stretch: `<c1>██</c1><c2>╗</c2>`. */
function withoutColourTags(line: string): string {
	return line.replace(/<\/?c\d+>/g, "");
}
