import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { TAB_GAP, type TabLabel, tabLabels } from "../../../source/ui/tab-bar/tab-labels.js";

const TITLES = ["Experience", "Education", "Skills", "Foreign languages", "Misc."];

/** Columns the tab bar takes: the labels and the gaps between them. */
function barWidth(labels: readonly TabLabel[]): number {
	return widthOf(labels.map((label) => label.text));
}

/** Columns labels with these texts take. */
function widthOf(labelTexts: readonly string[]): number {
	return labelTexts.reduce((sum, text) => sum + stringWidth(text), 0) + TAB_GAP * (labelTexts.length - 1);
}

const texts = (labels: readonly TabLabel[]) => labels.map((label) => label.text);

describe("tab labels", () => {
	it("show every title, numbered, when they fit", () => {
		expect(texts(tabLabels(TITLES, 1, 100))).toEqual([
			" 1 Experience ",
			"[2 Education]",
			" 3 Skills ",
			" 4 Foreign languages ",
			" 5 Misc. ",
		]);
	});

	it("still show every title when they fit to the column", () => {
		const full = tabLabels(TITLES, 1, 100);
		expect(texts(tabLabels(TITLES, 1, barWidth(full)))).toEqual(texts(full));
	});

	it("shorten the longest other title, with an ellipsis, one column short of that", () => {
		const full = tabLabels(TITLES, 1, 100);
		expect(texts(tabLabels(TITLES, 1, barWidth(full) - 1))).toEqual([
			" 1 Experience ",
			"[2 Education]",
			" 3 Skills ",
			" 4 Foreign languag… ",
			" 5 Misc. ",
		]);
	});

	it("shorten the other titles as far as it takes, but never the active one", () => {
		for (let columns = 30; columns < barWidth(tabLabels(TITLES, 1, 100)); columns++) {
			const labels = tabLabels(TITLES, 1, columns);
			expect(labels[1]?.text).toBe("[2 Education]");
			for (const label of labels.filter((other) => !other.active)) {
				const [, number, shown] = /^ ?(\d)(?: (.+?))? ?$/.exec(label.text) ?? [];
				const title = TITLES[Number(number) - 1] ?? "";
				if (shown !== undefined && shown !== title) {
					expect(shown).toMatch(/…$/);
					expect(title.startsWith(shown.slice(0, -1))).toBe(true);
				}
			}
		}
	});

	it("leave only the other tabs' numbers when no shortened title fits", () => {
		const numbersOnly = [" 1 ", "[2 Education]", " 3 ", " 4 ", " 5 "];
		expect(texts(tabLabels(TITLES, 1, widthOf(numbersOnly)))).toEqual(numbersOnly);
	});

	it("show the active tab alone, with its place among the others, when even numbers do not fit", () => {
		const numbersOnly = ["1", "2", "3", "[4 Foreign languages]", "5"];
		expect(tabLabels(TITLES, 3, widthOf(numbersOnly) - 1)).toEqual([
			{ index: 3, text: "[4/5 Foreign languages]", active: true },
		]);
	});

	it("mark exactly one tab active, with brackets as well as colour", () => {
		for (const columns of [100, 40, 10]) {
			for (const [active, title] of TITLES.entries()) {
				const labels = tabLabels(TITLES, active, columns);
				const marked = labels.filter((label) => label.active);
				expect(marked.map((label) => label.index)).toEqual([active]);
				expect(marked[0]?.text).toMatch(new RegExp(`^\\[${active + 1}(/5)? ${title.replace(".", "\\.")}\\]$`));
			}
		}
	});

	it("never take more columns than there are, unless only the active tab is left", () => {
		for (let columns = 1; columns <= 120; columns++) {
			for (const active of TITLES.keys()) {
				const labels = tabLabels(TITLES, active, columns);
				if (labels.length > 1) expect(barWidth(labels)).toBeLessThanOrEqual(columns);
			}
		}
	});

	it("keep a label for each of twelve sections at 100 columns, shortened, before showing numbers alone", () => {
		const twelve = Array.from({ length: 12 }, (_, index) => `${TITLES[index % TITLES.length]} ${index + 1}`);
		for (const active of twelve.keys()) {
			const labels = tabLabels(twelve, active, 100);
			expect(labels).toHaveLength(12);
			expect(barWidth(labels)).toBeLessThanOrEqual(100);
			for (const label of labels) expect(label.text).toMatch(/^\[?\d+ \S/);
		}
		expect(texts(tabLabels(twelve, 0, 100)).slice(0, 3)).toEqual(["[1 Experience 1]", "2 Edu…", "3 Ski…"]);
	});

	it("keep a one-title résumé's only tab", () => {
		expect(tabLabels(["Experience"], 0, 100)).toEqual([{ index: 0, text: "[1 Experience]", active: true }]);
	});
});
