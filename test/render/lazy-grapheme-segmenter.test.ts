import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LazyGraphemeSegmenter } from "../../source/render/lazy-grapheme-segmenter.js";

const segmentsOf = (segments: Iterable<{ segment: string; index: number }>) =>
	[...segments].map(({ segment, index }) => [segment, index]);

// Latin text, box drawing and escape codes take the shortcut; the rest must reach ICU.
const viewerText = fc.string({
	unit: fc.constantFrom(..."Jérôme Vizcaino–•…─│█▲\u001B[1;36m\u0007\n".split("")),
	maxLength: 60,
});
const anyText = fc.string({ unit: "grapheme-composite", maxLength: 30 });

describe("LazyGraphemeSegmenter", () => {
	const lazy = new LazyGraphemeSegmenter(undefined, { granularity: "grapheme" });
	const icu = new Intl.Segmenter(undefined, { granularity: "grapheme" });

	it("splits the viewer's text into the graphemes Intl.Segmenter finds", () => {
		fc.assert(
			fc.property(viewerText, (text) => {
				expect(segmentsOf(lazy.segment(text))).toEqual(segmentsOf(icu.segment(text)));
			}),
		);
	});

	it("splits any text, emoji and combining marks included, as Intl.Segmenter does", () => {
		fc.assert(
			fc.property(fc.oneof(viewerText, anyText), (text) => {
				expect(segmentsOf(lazy.segment(text))).toEqual(segmentsOf(icu.segment(text)));
			}),
		);
		expect(segmentsOf(lazy.segment("e\u0301🇫🇷"))).toEqual([
			["e\u0301", 0],
			["🇫🇷", 2],
		]);
	});

	it("finds the grapheme containing an index, as slice-ansi asks", () => {
		const text = "Jérôme\u001B[0m";
		for (let index = -1; index <= text.length; index++) {
			expect(lazy.segment(text).containing(index)?.segment).toBe(icu.segment(text).containing(index)?.segment);
		}
	});
});
