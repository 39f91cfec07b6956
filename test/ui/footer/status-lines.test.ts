import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { statusLines } from "../../../source/ui/footer/status-lines.js";
import { frameLayout, maxFooterRows, paneHeight } from "../../../source/ui/frame-layout.js";

const STATUS = "No browser could be opened: copy https://github.com/j-vizcaino";

describe("a footer status", () => {
	it("stays on one row when it fits", () => {
		expect(statusLines(STATUS, 80, 3)).toEqual([STATUS]);
	});

	it("wraps onto more rows rather than cutting the URL", () => {
		expect(statusLines(STATUS, 50, 3)).toEqual(["No browser could be opened: copy", "https://github.com/j-vizcaino"]);
	});

	it("breaks a URL wider than the row where the row is full, keeping every character", () => {
		const lines = statusLines(STATUS, 20, 5);
		expect(lines.join("").replaceAll(" ", "")).toBe(STATUS.replaceAll(" ", ""));
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(20);
	});

	it("ends with … only where the window cannot give it the rows", () => {
		const lines = statusLines(STATUS, 20, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]?.endsWith("…")).toBe(true);
		expect(stringWidth(lines[1] ?? "")).toBeLessThanOrEqual(20);
	});
});

describe("the frame around a wrapped status", () => {
	it("gives the pane one row less for each extra row of the footer", () => {
		const frame = frameLayout(50, 30);
		expect(paneHeight(frame, 6, 2)).toBe(paneHeight(frame, 6) - 1);
	});

	it("leaves the pane at least one row", () => {
		const frame = frameLayout(20, 6);
		const rows = maxFooterRows(frame, 1);
		expect(paneHeight(frame, 1, rows)).toBe(1);
		expect(1 + 1 + rows + 1).toBe(frame.height);
	});
});
