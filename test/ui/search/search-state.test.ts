import { describe, expect, it } from "vitest";
import { actionFor } from "../../../source/ui/keymap.js";
import type { Match } from "../../../source/ui/search/find-matches.js";
import { initialViewerState, reduceViewer, type ViewerState } from "../../../source/ui/viewer-state.js";

const noKey = { backspace: false, delete: false, return: false, escape: false };
const paneSize = () => ({ totalLines: 100, visibleLines: 10 });
const at = (place: number, line: number): Match => ({ place, line, ranges: [{ line, from: 0, to: 2 }] });
const MATCHES = [at(-1, 0), at(0, 3), at(2, 40), at(2, 95)];

function type(state: ViewerState, text: string): ViewerState {
	return reduceViewer(state, {
		kind: "searchInput",
		input: text,
		key: noKey,
		sectionCount: 4,
		paneSize,
		matches: () => MATCHES,
	});
}
function enter(state: ViewerState, matches = MATCHES): ViewerState {
	return reduceViewer(state, {
		kind: "searchInput",
		input: "\r",
		key: { ...noKey, return: true },
		sectionCount: 4,
		paneSize,
		matches: () => matches,
	});
}
function press(state: ViewerState, input: string, isEscape = false): ViewerState {
	const key = { escape: isEscape, ctrl: false, meta: false, shift: input === "N" } as Parameters<typeof actionFor>[1];
	const pressed = actionFor(input, key);
	if (!pressed) throw new Error(`no action for ${input}`);
	return reduceViewer(state, {
		kind: "key",
		pressed,
		isEscape,
		sectionCount: 4,
		paneSize,
		matches: () => MATCHES,
	});
}

describe("searching", () => {
	it("/ opens an empty prompt; typing fills it", () => {
		const state = type(type(press(initialViewerState(1), "/"), "go"), "!");
		expect(state.search).toEqual({ query: "go!", editing: true });
	});

	it("Enter jumps to the first match: a header match keeps the tab", () => {
		const state = enter(type(press(initialViewerState(1), "/"), "go"));
		expect(state.search).toEqual({ query: "go", editing: false, current: 0 });
		expect(state.active).toBe(1);
	});

	it("n goes to the next match, switching tab and scrolling it into view with context above", () => {
		let state = enter(type(press(initialViewerState(1), "/"), "go"));
		state = press(state, "n");
		expect([state.active, state.search?.current]).toEqual([0, 1]);
		expect(state.offsets[0] ?? 0).toBe(0); // line 3 is already in view
		state = press(state, "n");
		expect([state.active, state.offsets[2]]).toEqual([2, 38]);
		state = press(state, "n");
		expect(state.offsets[2]).toBe(90); // clamped: the last page
	});

	it("n after the last match comes round to the first, N before the first to the last", () => {
		let state = enter(type(press(initialViewerState(0), "/"), "go"));
		state = press(state, "N");
		expect(state.search?.current).toBe(3);
		state = press(state, "n");
		expect(state.search?.current).toBe(0);
	});

	it("Esc while typing closes the prompt; Esc after Enter ends the search instead of quitting", () => {
		const typing = type(press(initialViewerState(0), "/"), "go");
		expect(
			reduceViewer(typing, {
				kind: "searchInput",
				input: "",
				key: { ...noKey, escape: true },
				sectionCount: 4,
				paneSize,
				matches: () => MATCHES,
			}).search,
		).toBeUndefined();
		const browsing = press(enter(typing), "\u001B", true);
		expect(browsing.search).toBeUndefined();
		expect(browsing.quitting).toBe(false);
		expect(press(browsing, "\u001B", true).quitting).toBe(true);
	});

	it("Enter with no match keeps the query shown, and moves nothing", () => {
		const state = enter(type(press(initialViewerState(2), "/"), "zzz"), []);
		expect(state.search).toEqual({ query: "zzz", editing: false });
		expect(state.active).toBe(2);
	});

	it("n and N do nothing without a search", () => {
		const state = initialViewerState(2);
		expect(press(state, "n")).toEqual(state);
	});
});
