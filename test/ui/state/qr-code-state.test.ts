// The viewer's state around the QR code, fed event by event to the reducer: no terminal needed.
import { describe, expect, it } from "vitest";
import { initialViewerState, shownTab } from "../../../source/ui/state/viewer-state.js";
import { FOUR_SECTIONS, run, type World } from "./viewer-driver.js";

const GITHUB = "https://github.com/someone";
const start = (active = 1) => initialViewerState({ active, links: [{ kind: "github", url: GITHUB }] });

/** Four sections of 100 lines, a help of 30, a vCard of 12 (read in the screen-reader layout), a pane of 10 rows. */
const WITH_VCARD: World = {
	...FOUR_SECTIONS,
	screen: (state) => ({
		sectionCount: 4,
		visibleLines: 10,
		shownLines: state.qrOpen ? 12 : state.helpOpen ? 30 : 100,
	}),
};

describe("the QR code", () => {
	it("v shows it over the tab, and v hides it again on the same tab, asking nothing of the world", () => {
		const open = run(start(), WITH_VCARD, "v");
		expect(open.state).toMatchObject({ qrOpen: true, active: 1 });
		expect(open.effects).toEqual([]);
		const closed = run(open.state, WITH_VCARD, "v");
		expect(closed.state).toMatchObject({ qrOpen: false, active: 1 });
		expect(closed.effects).toEqual([]);
	});

	it("Esc closes it rather than quitting; a second Esc quits", () => {
		const closed = run(start(), WITH_VCARD, "v <Esc>");
		expect(closed.state.qrOpen).toBe(false);
		expect(closed.effects).toEqual([]);
		expect(run(closed.state, WITH_VCARD, "<Esc>").effects).toEqual([{ kind: "quit" }]);
	});

	it("q and Ctrl-C still quit from it", () => {
		expect(run(start(), WITH_VCARD, "v q").effects).toEqual([{ kind: "quit" }]);
		expect(run(start(), WITH_VCARD, "v <C-c>").effects).toEqual([{ kind: "quit" }]);
	});

	it("takes the help's place, and ? takes its place", () => {
		expect(run(start(), WITH_VCARD, "? v").state).toMatchObject({ helpOpen: false, qrOpen: true });
		expect(run(start(), WITH_VCARD, "v ?").state).toMatchObject({ helpOpen: true, qrOpen: false });
	});

	it("moving to a section, by key or by a click on its tab, leaves it for that section", () => {
		expect(run(start(), WITH_VCARD, "v <Right>").state).toMatchObject({ qrOpen: false, active: 2 });
		expect(run(start(), WITH_VCARD, "v 4").state).toMatchObject({ qrOpen: false, active: 3 });
		const click = { kind: "mouse", gesture: { kind: "clickTab", tab: 0 }, screen: WITH_VCARD.screen(start()) } as const;
		expect(run(start(), WITH_VCARD, "v", click).state).toMatchObject({ qrOpen: false, active: 0 });
	});

	it("/ leaves it for the search prompt, and a match found shows its section", () => {
		const world = { ...WITH_VCARD, matches: { ada: [{ place: 2, line: 50, ranges: [] }] } };
		expect(run(start(), world, "v /").state).toMatchObject({ qrOpen: false, search: { query: "", editing: true } });
		const found = run(start(), world, "/ a d a <Enter> v n").state;
		expect(found).toMatchObject({ qrOpen: false, active: 2 });
	});

	it("a link key over it still opens the link, and the QR code stays", () => {
		const { state, effects } = run(start(), WITH_VCARD, "v g");
		expect(effects).toEqual([{ kind: "open", url: GITHUB }]);
		expect(state.qrOpen).toBe(true);
	});

	it("scrolls its own text (the vCard the screen reader reads), as far as that goes, not the tab beneath", () => {
		const { state } = run(start(), WITH_VCARD, "v j <End>");
		expect(shownTab(state, 4)).toBe(5);
		expect(state.offsets[5]).toBe(2);
		expect(state.offsets[1]).toBeUndefined();
	});
});
