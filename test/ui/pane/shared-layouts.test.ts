import { describe, expect, it } from "vitest";
import { createStyles } from "../../../source/render/styles.js";
import { MAX_LAYOUTS, sharedLayouts } from "../../../source/ui/pane/shared-layouts.js";
import { fixtureResume } from "../helpers/render-app.js";

describe("laid-out sections shared between viewers", () => {
	const { sections } = fixtureResume();
	const options = (width: number, level: 0 | 2 = 2) => ({ styles: createStyles(level), links: "text", width }) as const;

	it("gives two viewers of one résumé at one width the same cache", () => {
		const first = sharedLayouts(sections, options(98));
		first.set(0, { lines: ["laid out once"], complete: true });
		expect(sharedLayouts(sections, options(98)).get(0)?.lines).toEqual(["laid out once"]);
	});

	it("keeps other widths, colour depths and résumés apart", () => {
		sharedLayouts(sections, options(60)).set(0, { lines: ["60"], complete: true });
		expect(sharedLayouts(sections, options(61)).get(0)).toBeUndefined();
		expect(sharedLayouts(sections, options(60, 0)).get(0)).toBeUndefined();
		expect(sharedLayouts(fixtureResume().sections, options(60)).get(0)).toBeUndefined();
	});

	it("forgets the least recently used width past its bound, not the one in use", () => {
		// Its own résumé: what other tests left in the cache cannot make this pass.
		const { sections } = fixtureResume();
		sharedLayouts(sections, options(60)).set(0, { lines: ["oldest"], complete: true });
		const inUse = sharedLayouts(sections, options(200));
		inUse.set(0, { lines: ["kept"], complete: true });
		for (let width = 300; width < 300 + MAX_LAYOUTS; width++) {
			sharedLayouts(sections, options(width));
			sharedLayouts(sections, options(200));
		}
		expect(sharedLayouts(sections, options(200)).get(0)?.lines).toEqual(["kept"]);
		expect(sharedLayouts(sections, options(60)).get(0)).toBeUndefined();
	});
});
