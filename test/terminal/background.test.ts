import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	BACKGROUND_QUERY,
	backgroundFromColorFgBg,
	LIGHT_LUMINANCE_THRESHOLD,
	matchBackgroundReply,
	parseBackgroundReply,
	relativeLuminance,
} from "../../source/terminal/background.js";
import { backgroundReply } from "./helpers/reports.js";

describe("COLORFGBG", () => {
	it("reads what Konsole, iTerm2 and rxvt set for dark and light profiles", () => {
		expect(backgroundFromColorFgBg("15;0")).toBe("dark");
		expect(backgroundFromColorFgBg("7;0")).toBe("dark");
		expect(backgroundFromColorFgBg("0;15")).toBe("light");
		expect(backgroundFromColorFgBg("0;default;15")).toBe("light");
		expect(backgroundFromColorFgBg("15;default;0")).toBe("dark");
	});

	it("calls 0–6 and 8 dark, 7 and 9–15 light", () => {
		const shades = Array.from({ length: 16 }, (_, index) => backgroundFromColorFgBg(`0;${index}`));
		expect(shades).toEqual([
			...Array(7).fill("dark"),
			"light", // 7, light grey
			"dark", // 8, dark grey
			...Array(7).fill("light"),
		]);
	});

	it("does not guess when the background is unknown or the value malformed", () => {
		for (const value of [undefined, "", "0", "15;default", "0;16", "0;-1", "0;x", "1;2;3;4", "0;1.5"]) {
			expect(backgroundFromColorFgBg(value), String(value)).toBeUndefined();
		}
	});
});

describe("replies to the query", () => {
	it("black and white, four digits a component, ended by BEL or by ST", () => {
		expect(parseBackgroundReply(backgroundReply("rgb:0000/0000/0000"))).toEqual({
			colour: { red: 0, green: 0, blue: 0 },
			shade: "dark",
		});
		expect(parseBackgroundReply(backgroundReply("rgb:ffff/ffff/ffff", "ST"))).toEqual({
			colour: { red: 255, green: 255, blue: 255 },
			shade: "light",
		});
	});

	it("scales components of one to four digits alike", () => {
		for (const spec of ["rgb:f/8/0", "rgb:ff/88/00", "rgb:fff/888/000", "rgb:FFFF/8888/0000"]) {
			expect(parseBackgroundReply(backgroundReply(spec))?.colour, spec).toEqual({ red: 255, green: 136, blue: 0 });
		}
	});

	it("reads rgba, ignoring the alpha", () => {
		expect(parseBackgroundReply(backgroundReply("rgba:2828/2c2c/3434/e5e5"))).toEqual({
			colour: { red: 40, green: 44, blue: 52 },
			shade: "dark",
		});
	});

	it("calls common themes' backgrounds what they are", () => {
		const shadeOf = (spec: string) => parseBackgroundReply(backgroundReply(spec))?.shade;
		expect(shadeOf("rgb:1e1e/1e1e/2e2e")).toBe("dark"); // Catppuccin Mocha
		expect(shadeOf("rgb:2828/2a2a/3636")).toBe("dark"); // Dracula
		expect(shadeOf("rgb:fdfd/f6f6/e3e3")).toBe("light"); // Solarized Light
		expect(shadeOf("rgb:aaaa/aaaa/aaaa")).toBe("light"); // a light grey that luminance > 0.5 would call dark
		expect(shadeOf("rgb:0000/0000/ffff")).toBe("dark"); // pure blue: bright, yet white text reads better
	});

	it("rejects what is not a whole reply", () => {
		for (const text of [
			"\u001B]11;rgb:0000/0000/0000", // no terminator
			"\u001B]10;rgb:0000/0000/0000\u0007", // the foreground's colour
			BACKGROUND_QUERY, // echoed back by something that is not a terminal
			"\u001B]11;#000000\u0007",
			"\u001B]11;rgb:00000/0/0\u0007",
			"]11;rgb:0/0/0\u0007",
		]) {
			expect(parseBackgroundReply(text), JSON.stringify(text)).toBeUndefined();
		}
	});
});

describe("the luminance threshold", () => {
	it("is where black text starts to contrast more than white text", () => {
		const contrast = (lighter: number, darker: number) => (lighter + 0.05) / (darker + 0.05);
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (luminance) => {
				const blackTextReadsBetter = contrast(luminance, 0) > contrast(1, luminance);
				expect(luminance > LIGHT_LUMINANCE_THRESHOLD).toBe(blackTextReadsBetter);
			}),
		);
	});

	it("puts black at 0 and white at 1", () => {
		expect(relativeLuminance(0, 0, 0)).toBe(0);
		expect(relativeLuminance(1, 1, 1)).toBeCloseTo(1, 10);
	});
});

describe("finding a reply in the input", () => {
	it("matches a whole reply and its length, whatever follows", () => {
		const reply = backgroundReply("rgb:0000/0000/0000", "ST");
		expect(matchBackgroundReply(`${reply}q`, 0)).toMatchObject({
			status: "complete",
			length: reply.length,
			value: { shade: "dark" },
		});
	});

	it("matches a reply in a form it cannot read, so that it is still kept from the keys", () => {
		const reply = "\u001B]11;#000000\u0007";
		expect(matchBackgroundReply(reply, 0)).toEqual({ status: "complete", length: reply.length, value: undefined });
	});

	it("every beginning of a reply may still become one", () => {
		const reply = backgroundReply("rgb:1e1e/1e1e/2e2e", "ST");
		for (let end = 1; end < reply.length; end++) {
			expect(matchBackgroundReply(reply.slice(0, end), 0), JSON.stringify(reply.slice(0, end))).toEqual({
				status: "partial",
			});
		}
	});

	it("other OSC sequences, keys, and replies broken by a control byte are not replies", () => {
		for (const text of [
			"\u001B]10;rgb:0/0/0\u0007",
			"\u001B[A",
			"\u001Bq",
			"\u001B]11;rgb\r",
			"\u001B]11;rgb\u001Bq",
		]) {
			expect(matchBackgroundReply(text, 0), JSON.stringify(text)).toEqual({ status: "none" });
		}
	});

	it("gives up on a reply that runs on past any colour's length", () => {
		expect(matchBackgroundReply(`\u001B]11;${"f".repeat(80)}`, 0)).toEqual({ status: "none" });
	});
});
