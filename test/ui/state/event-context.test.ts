import { describe, expect, it } from "vitest";
import { foundFor, type LaidOut, screenFor } from "../../../source/ui/state/event-context.js";
import { initialViewerState } from "../../../source/ui/state/viewer-state.js";

/** Three sections of 40, 50 and 60 lines, a help of 30, a vCard of 12; it counts the searches it is asked for. */
function laidOut(searched: string[] = []): LaidOut {
	return {
		sectionCount: 3,
		visibleLines: 10,
		linesIn: (tab) => [40, 50, 60, 30, 12][tab] ?? 0,
		matchesFor: (query) => {
			searched.push(query);
			return [{ place: 1, line: 7, ranges: [] }];
		},
		tooSmall: false,
	};
}

describe("what the app adds to an event", () => {
	it("the size of the pane the state shows: the active tab's, the help's, or the vCard's", () => {
		const state = initialViewerState({ active: 1 });
		expect(screenFor(state, laidOut())).toEqual({ sectionCount: 3, visibleLines: 10, shownLines: 50, tooSmall: false });
		expect(screenFor({ ...state, helpOpen: true }, laidOut()).shownLines).toBe(30);
		expect(screenFor({ ...state, qrOpen: true }, laidOut()).shownLines).toBe(12);
	});

	it("no search is run while no query is on or remembered", () => {
		const searched: string[] = [];
		expect(foundFor(initialViewerState(), laidOut(searched))).toBeUndefined();
		expect(searched).toEqual([]);
	});

	it("the last query's matches after Esc, with each section's length", () => {
		const state = { ...initialViewerState(), lastQuery: "go" };
		expect(foundFor(state, laidOut())).toEqual({
			query: "go",
			matches: [{ place: 1, line: 7, ranges: [] }],
			sectionLines: [40, 50, 60],
		});
	});
});
