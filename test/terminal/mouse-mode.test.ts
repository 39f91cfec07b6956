import { describe, expect, it } from "vitest";
import { enableMouseReporting, MOUSE_REPORTING_OFF, MOUSE_REPORTING_ON } from "../../source/terminal/mouse-mode.js";

/** The DEC private modes a string sets (h) or resets (l), in order. */
function modesIn(sequences: string, action: "h" | "l"): number[] {
	return [...sequences.matchAll(new RegExp(`\\[\\?(\\d+)${action}`, "g"))].map((match) => Number(match[1]));
}

describe("mouse reporting modes", () => {
	it("asks for clicks and the wheel in SGR form, and not for motion or drags", () => {
		expect(modesIn(MOUSE_REPORTING_ON, "h")).toEqual([1000, 1006]);
	});

	it("turning it off resets every mode turning it on set, and sets none", () => {
		expect(new Set(modesIn(MOUSE_REPORTING_OFF, "l"))).toEqual(new Set(modesIn(MOUSE_REPORTING_ON, "h")));
		expect(modesIn(MOUSE_REPORTING_OFF, "h")).toEqual([]);
	});
});

describe("enableMouseReporting", () => {
	it("turns reporting on at once, and off once however many ways out call the returned function", () => {
		const written: string[] = [];
		const disable = enableMouseReporting({ write: (text) => written.push(text) });
		expect(written).toEqual([MOUSE_REPORTING_ON]);
		disable();
		disable();
		expect(written).toEqual([MOUSE_REPORTING_ON, MOUSE_REPORTING_OFF]);
	});
});
