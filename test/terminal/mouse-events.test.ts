import { describe, expect, it } from "vitest";
import { matchMouseReport } from "../../source/terminal/mouse-events.js";
import { sgrReport, x10Report } from "./helpers/reports.js";

const NO_MODIFIERS = { shift: false, alt: false, ctrl: false };

/** The event in a whole report, read as the filter reads input: one character per byte. */
function eventOf(report: string | Buffer) {
	const text = typeof report === "string" ? report : report.toString("latin1");
	const match = matchMouseReport(text, 0);
	if (match.status !== "complete") throw new Error(`not a whole report: ${JSON.stringify(text)}`);
	expect(match.length).toBe(text.length);
	return match.value;
}

describe("SGR mouse reports", () => {
	it("a left click on the top-left cell is a press of the left button at column 1, row 1", () => {
		expect(eventOf(sgrReport(0, 1, 1))).toEqual({
			kind: "press",
			button: "left",
			column: 1,
			row: 1,
			modifiers: NO_MODIFIERS,
		});
	});

	it("tells the buttons apart, and a release (final m) from a press", () => {
		expect(eventOf(sgrReport(1, 30, 4))).toMatchObject({ kind: "press", button: "middle", column: 30, row: 4 });
		expect(eventOf(sgrReport(2, 30, 4, true))).toMatchObject({ kind: "release", button: "right" });
	});

	it("reads the wheel: 64 is up, 65 down", () => {
		expect(eventOf(sgrReport(64, 10, 12))).toEqual({
			kind: "wheel",
			direction: "up",
			column: 10,
			row: 12,
			modifiers: NO_MODIFIERS,
		});
		expect(eventOf(sgrReport(65, 10, 12))).toMatchObject({ kind: "wheel", direction: "down" });
	});

	it("reads shift (4), alt (8) and ctrl (16) held during the event", () => {
		expect(eventOf(sgrReport(4 + 16, 1, 1))?.modifiers).toEqual({ shift: true, alt: false, ctrl: true });
		expect(eventOf(sgrReport(65 + 8, 1, 1))).toMatchObject({ kind: "wheel", modifiers: { alt: true } });
	});

	it("reads columns past 223, which the X10 form cannot express", () => {
		expect(eventOf(sgrReport(0, 300, 80))).toMatchObject({ column: 300, row: 80 });
	});

	it("matches, without an event, what the viewer does not use: drags, horizontal wheel, buttons 8–11", () => {
		expect(eventOf(sgrReport(32, 5, 5))).toBeUndefined();
		expect(eventOf(sgrReport(66, 5, 5))).toBeUndefined();
		expect(eventOf(sgrReport(128, 5, 5))).toBeUndefined();
		expect(eventOf(sgrReport(64, 5, 5, true))).toBeUndefined();
		expect(eventOf("\u001B[<0;5M")).toBeUndefined();
	});

	it("stops at the end of the report", () => {
		const text = `${sgrReport(0, 2, 3)}q`;
		expect(matchMouseReport(text, 0)).toMatchObject({ status: "complete", length: text.length - 1 });
	});

	it("reads a report that starts further into the input", () => {
		const match = matchMouseReport(`ab${sgrReport(65, 7, 8)}`, 2);
		expect(match).toMatchObject({ status: "complete", value: { kind: "wheel", column: 7, row: 8 } });
	});
});

describe("reports cut short", () => {
	it("every beginning of a report may still become one", () => {
		const report = sgrReport(65, 123, 45);
		for (let end = 1; end < report.length; end++) {
			expect(matchMouseReport(report.slice(0, end), 0), report.slice(0, end)).toEqual({ status: "partial" });
		}
	});

	it("a beginning that runs past any real report's length is not one", () => {
		expect(matchMouseReport(`\u001B[<${"1".repeat(40)}`, 0)).toEqual({ status: "none" });
	});
});

describe("not mouse reports", () => {
	it("arrows, Alt+letter and other CSI sequences are keys", () => {
		for (const key of ["\u001B[A", "\u001B[1;5C", "\u001Bq", "\u001B[5~", "\u001B]", "\u001B\u001B"]) {
			expect(matchMouseReport(key, 0), JSON.stringify(key)).toEqual({ status: "none" });
		}
	});

	it("a report interrupted by another byte is keys", () => {
		expect(matchMouseReport("\u001B[<0;1q", 0)).toEqual({ status: "none" });
	});
});

describe("legacy X10 reports", () => {
	it("are read, coordinates past 95 included (raw bytes, not UTF-8)", () => {
		expect(eventOf(x10Report(0, 200, 3))).toMatchObject({ kind: "press", button: "left", column: 200, row: 3 });
		expect(eventOf(x10Report(65, 1, 1))).toMatchObject({ kind: "wheel", direction: "down" });
	});

	it("a release, which X10 does not say the button of, is matched without an event", () => {
		expect(eventOf(x10Report(3, 10, 10))).toBeUndefined();
	});

	it("wait for all three bytes", () => {
		const report = x10Report(0, 10, 10).toString("latin1");
		for (let end = 1; end < report.length; end++) {
			expect(matchMouseReport(report.slice(0, end), 0)).toEqual({ status: "partial" });
		}
	});
});
