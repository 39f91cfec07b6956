import CFonts from "cfonts";
import stringWidth from "string-width";

/** The fonts the header may use, tallest first (scripts/build.mjs bundles exactly these). */
export const BIG_FONTS = [
	{ font: "block", height: 6 },
	{ font: "chrome", height: 3 },
	{ font: "tiny", height: 2 },
] as const;

export type BigFont = (typeof BIG_FONTS)[number]["font"];

export type BigName = {
	readonly font: BigFont;
	readonly text: string;
	readonly width: number;
	readonly height: number;
};

// cfonts 3 renamed ink-big-text's `space` option to `spaceless`: without it every
// render carries two blank lines above and below. ink-big-text spreads its props
// into cfonts' options, so passing `spaceless` through works around the stale name.
export const CFONT_OPTIONS = {
	spaceless: true,
	colors: ["system"],
	letterSpacing: 1,
} as const;

/**
 * cfonts' fonts know A–Z, digits and some punctuation: "Jérôme" would render as
 * "JRME", silently dropping letters. Letters are folded to their base form
 * ("JEROME"); a name that still has a letter the font lacks gets no big text.
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

const SUPPORTED = /^[A-Z0-9 !?.+\-_=@#$%&()/:;,'"]+$/;

const cache = new Map<string, BigName | undefined>();

/** The tallest big-text rendering of `name` that fits, or undefined for a plain name. */
export function chooseBigName(name: string, columns: number, maxHeight: number): BigName | undefined {
	const text = foldForBigText(name);
	if (!SUPPORTED.test(text)) return undefined;
	for (const { font, height } of BIG_FONTS) {
		if (height > maxHeight) continue;
		const measured = measure(text, font);
		if (measured && measured.width <= columns && measured.height === height) return measured;
	}
	return undefined;
}

function measure(text: string, font: BigFont): BigName | undefined {
	const key = `${font}\u0000${text}`;
	if (!cache.has(key)) {
		const rendered = CFonts.render(text, {
			...CFONT_OPTIONS,
			font,
			maxLength: text.length + 1,
			env: "node",
		});
		const lines = rendered ? rendered.string.split("\n") : [];
		const width = Math.max(0, ...lines.map((line) => stringWidth(line)));
		cache.set(key, rendered ? { font, text, width, height: lines.length } : undefined);
	}
	return cache.get(key);
}
