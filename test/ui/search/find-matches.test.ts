import stripAnsi from "strip-ansi";
import { describe, expect, it } from "vitest";
import { findMatches } from "../../../source/ui/search/find-matches.js";
import { foldText } from "../../../source/ui/search/fold-text.js";
import { highlightLine } from "../../../source/ui/search/highlight-line.js";

const mark = (text: string) => `[${text}]`;

describe("search", () => {
	it("finds accented words from plain letters, whatever their case", () => {
		const matches = findMatches([{ place: -1, lines: ["Jérôme Vizcaino"] }], "jerome");
		expect(matches).toEqual([{ place: -1, line: 0, ranges: [{ line: 0, from: 0, to: 6 }] }]);
		expect(findMatches([{ place: 0, lines: ["Ministère de la Défense"] }], "DEFENSE")).toHaveLength(1);
	});

	it("finds accented queries in plain text too", () => {
		expect(findMatches([{ place: 0, lines: ["Ministere"] }], "Ministère")).toHaveLength(1);
	});

	it("finds every match in reading order, across places", () => {
		const matches = findMatches(
			[
				{ place: -1, lines: ["Go and Rust"] },
				{ place: 0, lines: ["Wrote Go", "Go again"] },
				{ place: 1, lines: ["no match here"] },
				{ place: 2, lines: ["golang"] },
			],
			"go",
		);
		expect(matches.map(({ place, line }) => [place, line])).toEqual([
			[-1, 0],
			[0, 0],
			[0, 1],
			[2, 0],
		]);
	});

	it("finds a phrase that wrapping split over two lines, and marks both parts", () => {
		const [match] = findMatches(
			[{ place: 3, lines: ["  • Site Reliability", "    Engineer at Acme"] }],
			"reliability engineer",
		);
		expect(match).toEqual({
			place: 3,
			line: 0,
			ranges: [
				{ line: 0, from: 9, to: 20 },
				{ line: 1, from: 4, to: 12 },
			],
		});
	});

	it("ignores colours and links when matching, and keeps them when highlighting", () => {
		const line = "\u001B[1mSenior\u001B[22m \u001B[36mEngineer\u001B[39m";
		const [match] = findMatches([{ place: 0, lines: [line] }], "senior engineer");
		expect(match?.ranges).toEqual([{ line: 0, from: 0, to: 15 }]);
		const [range] = findMatches([{ place: 0, lines: [line] }], "engineer")[0]?.ranges ?? [];
		if (!range) throw new Error("no range");
		const highlighted = highlightLine(line, [{ range, style: mark }]);
		expect(stripAnsi(highlighted)).toBe("Senior [Engineer]");
		expect(highlighted).toContain("\u001B[1m");
	});

	it("counts columns, not code units, before wide characters", () => {
		const [match] = findMatches([{ place: 0, lines: ["漢字 Go"] }], "go");
		expect(match?.ranges).toEqual([{ line: 0, from: 5, to: 7 }]);
		const range = match?.ranges[0];
		if (!range) throw new Error("no range");
		expect(stripAnsi(highlightLine("漢字 Go", [{ range, style: mark }]))).toBe("漢字 [Go]");
	});

	it("finds nothing for an empty or blank query", () => {
		expect(findMatches([{ place: 0, lines: ["text"] }], "")).toEqual([]);
		expect(findMatches([{ place: 0, lines: ["a b"] }], "   ")).toEqual([]);
	});

	it("folds ligatures and full-width letters to plain ones", () => {
		expect(foldText("ﬁne ＧＯ").text).toBe("fine go");
		expect(foldText("a \t\n b").text).toBe("a b");
	});
});
