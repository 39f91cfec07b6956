import { SINGLE_COLUMN_CHARACTERS } from "./single-column-text.js";

/**
 * Text in which every UTF-16 unit is a grapheme of its own: single-column
 * characters, and the ESC, BEL and line feed of escape sequences and lines
 * (controls, which never join anything).
 */
const ONE_UNIT_GRAPHEMES = new RegExp(`^[\\u0007\\u000A\\u001B${SINGLE_COLUMN_CHARACTERS}]*$`, "u");

type Segment = { readonly segment: string; readonly index: number; readonly input: string };

/** What Intl.Segmenter would return for such text, without asking ICU. */
class OneUnitSegments implements Iterable<Segment> {
	constructor(private readonly input: string) {}

	containing(index = 0): Segment | undefined {
		const at = Math.trunc(index);
		if (!(at >= 0 && at < this.input.length)) return undefined;
		return { segment: this.input.charAt(at), index: at, input: this.input };
	}

	*[Symbol.iterator](): Iterator<Segment> {
		for (let index = 0; index < this.input.length; index++) yield this.containing(index) as Segment;
	}
}

/**
 * An Intl.Segmenter that is only built when some text needs it. Creating the
 * first one loads ICU's break rules, 10–20 ms of start-up, yet nearly all the
 * viewer draws is Latin text and box drawing, whose graphemes are its code
 * units. The build swaps it in for `new Intl.Segmenter` in Ink's text
 * libraries (scripts/build/text-width.mjs); test/render/lazy-grapheme-segmenter.test.ts
 * compares it with Intl.Segmenter.
 */
export class LazyGraphemeSegmenter {
	#segmenter: Intl.Segmenter | undefined;

	constructor(
		private readonly locales?: Intl.LocalesArgument,
		private readonly options?: Intl.SegmenterOptions,
	) {}

	segment(input: string): Intl.Segments | OneUnitSegments {
		if ((this.options?.granularity ?? "grapheme") === "grapheme" && ONE_UNIT_GRAPHEMES.test(input)) {
			return new OneUnitSegments(input);
		}
		this.#segmenter ??= new Intl.Segmenter(this.locales as string | string[] | undefined, this.options);
		return this.#segmenter.segment(input);
	}
}
