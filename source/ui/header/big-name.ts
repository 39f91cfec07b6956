import blockFont from "cfonts/fonts/block.json" with { type: "json" };
import chromeFont from "cfonts/fonts/chrome.json" with { type: "json" };
import tinyFont from "cfonts/fonts/tiny.json" with { type: "json" };
import cfontsSize from "cfonts/lib/Size.js";
import stringWidth from "string-width";

type FontFile = {
	readonly lines: number;
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

// cfonts 3 renamed ink-big-text's `space` option to `spaceless`: without it every
// render carries two blank lines above and below. ink-big-text spreads its props
// into cfonts' options, so passing `spaceless` through works around the stale name.
export const CFONT_OPTIONS = { spaceless: true, colors: ["system"], letterSpacing: 1 } as const;

// cfonts reads the terminal's width once, when it is imported, and breaks big
// text at that width forever after; ink-big-text offers no way to pass the
// current one. After the window grows, the name would break onto a second row
// the layout did not plan for. The header only ever asks for a font that fits
// (chooseBigName), so cfonts' own limit is lifted.
(cfontsSize.Size as { width: number }).width = Number.MAX_SAFE_INTEGER;

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
	return Math.max(0, ...lines.map((line) => stringWidth(line.replace(/<\/?c\d+>/g, ""))));
}
