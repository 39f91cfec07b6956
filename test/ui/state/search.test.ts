import { describe, expect, it } from "vitest";
import type { Match } from "../../../source/ui/search/find-matches.js";
import { initialViewerState } from "../../../source/ui/state/viewer-state.js";
import { FOUR_SECTIONS, run, type World } from "./viewer-driver.js";

const at = (place: number, line: number): Match => ({ place, line, ranges: [{ line, from: 0, to: 2 }] });
/** "go" is in the header, on line 3 of the first section, and twice in the third. */
const WORLD: World = { ...FOUR_SECTIONS, matches: { go: [at(-1, 0), at(0, 3), at(2, 40), at(2, 95)], zzz: [] } };
const onTab = (active: number) => initialViewerState({ active });

describe("searching", () => {
	it("/ opens an empty prompt; typing fills it", () => {
		const { state, effects } = run(onTab(1), WORLD, "/ g o !");
		expect(state.search).toEqual({ query: "go!", editing: true });
		expect(effects).toEqual([]);
	});

	it("Enter jumps to the first match: a header match keeps the tab", () => {
		const { state } = run(onTab(1), WORLD, "/ g o <Enter>");
		expect(state.search).toEqual({ query: "go", editing: false, current: 0 });
		expect(state.active).toBe(1);
	});

	it("n goes to the next match, switching tab and scrolling it into view with context above", () => {
		let { state } = run(onTab(1), WORLD, "/ g o <Enter> n");
		expect([state.active, state.search?.current]).toEqual([0, 1]);
		expect(state.offsets[0] ?? 0).toBe(0); // line 3 is already in view
		state = run(state, WORLD, "n").state;
		expect([state.active, state.offsets[2]]).toEqual([2, 38]);
		state = run(state, WORLD, "n").state;
		expect(state.offsets[2]).toBe(90); // clamped: the last page
	});

	it("n after the last match comes round to the first, N before the first to the last", () => {
		const { state } = run(onTab(0), WORLD, "/ g o <Enter> N");
		expect(state.search?.current).toBe(3);
		expect(run(state, WORLD, "n").state.search?.current).toBe(0);
	});

	it("Esc while typing closes the prompt; Esc after Enter ends the search instead of quitting", () => {
		expect(run(onTab(0), WORLD, "/ g o <Esc>").state.search).toBeUndefined();
		const browsing = run(onTab(0), WORLD, "/ g o <Enter> <Esc>");
		expect(browsing.state.search).toBeUndefined();
		expect(browsing.effects).toEqual([]);
		expect(run(browsing.state, WORLD, "<Esc>").effects).toEqual([{ kind: "quit" }]);
	});

	it("Enter with no match keeps the query shown, and moves nothing", () => {
		const { state } = run(onTab(2), WORLD, "/ z z z <Enter>");
		expect(state.search).toEqual({ query: "zzz", editing: false });
		expect(state.active).toBe(2);
	});

	it("Backspace on an empty prompt closes it; on a query it takes off a character", () => {
		expect(run(onTab(0), WORLD, "/ g o <Backspace>").state.search).toEqual({ query: "g", editing: true });
		expect(run(onTab(0), WORLD, "/ <Backspace>").state.search).toBeUndefined();
	});

	it("in the prompt, link keys and q are letters", () => {
		const { state, effects } = run(onTab(0), WORLD, "/ g q");
		expect(state.search?.query).toBe("gq");
		expect(effects).toEqual([]);
	});

	it("n and N after Esc take the last search up again", () => {
		const ended = run(onTab(1), WORLD, "/ g o <Enter> <Esc>").state;
		expect(ended.search).toBeUndefined();
		const { state } = run(ended, WORLD, "n n");
		expect(state.search).toEqual({ query: "go", editing: false, current: 1 });
		expect(state.active).toBe(0);
		expect(run(ended, WORLD, "N").state.search?.current).toBe(3);
	});

	it("Ctrl-C in the prompt quits rather than typing a c", () => {
		const { state, effects } = run(onTab(0), WORLD, "/ g o <C-c>");
		expect(effects).toEqual([{ kind: "quit" }]);
		expect(state.search?.query).toBe("go");
	});

	it("in the prompt, Ctrl-U clears it and Ctrl-W takes off the last word, as in a shell", () => {
		expect(run(onTab(0), WORLD, "/ g o <C-u>").state.search).toEqual({ query: "", editing: true });
		expect(run(onTab(0), WORLD, "/ g o <Space> a n d <Space> <C-w>").state.search?.query).toBe("go ");
		expect(run(onTab(0), WORLD, "/ g o <Space> a n d <C-w> <C-w>").state.search?.query).toBe("");
	});

	it("other control keys type nothing into the prompt", () => {
		expect(run(onTab(0), WORLD, "/ g <C-d> <C-f> o").state.search?.query).toBe("go");
	});

	it("n and N do nothing without a search", () => {
		const state = onTab(2);
		expect(run(state, WORLD, "n N")).toEqual({ state, effects: [] });
	});
});
