import { describe, expect, it } from "vitest";
import { copyToClipboard, MAX_COPY_BYTES, osc52 } from "../../source/terminal/clipboard.js";

const PREFIX = "\u001B]52;c;";

/** The text an OSC 52 sequence puts on the clipboard ("" if it is not one). */
function decoded(sequence: string | undefined): string {
	if (!sequence?.startsWith(PREFIX)) return "";
	const end = sequence.endsWith("\u0007") ? -1 : sequence.endsWith("\u001B\\") ? -2 : 0;
	const payload = sequence.slice(PREFIX.length, end);
	return /^[A-Za-z0-9+/=]*$/.test(payload) ? Buffer.from(payload, "base64").toString("utf8") : "";
}

describe("copying with OSC 52", () => {
	it("asks for the clipboard with the text in base64, ended by BEL", () => {
		expect(osc52("https://github.com/ada")).toBe("\u001B]52;c;aHR0cHM6Ly9naXRodWIuY29tL2FkYQ==\u0007");
	});

	it("can end with ST instead", () => {
		expect(osc52("hi", "st")).toBe("\u001B]52;c;aGk=\u001B\\");
	});

	it("carries any text whole, accents, emoji and control characters included", () => {
		for (const text of ["", "Jérôme", "mailto:a@b.c?subject=CV 👋", "line\nbreak\u0007bell"]) {
			expect(decoded(osc52(text))).toBe(text);
		}
	});

	it("refuses text too long for terminals to take", () => {
		expect(osc52("x".repeat(MAX_COPY_BYTES))).toBeDefined();
		expect(osc52("x".repeat(MAX_COPY_BYTES + 1))).toBeUndefined();
	});

	it("writes the sequence to the terminal it is given, once", () => {
		const written: string[] = [];
		expect(copyToClipboard({ write: (text: string) => written.push(text) }, "https://ada.example")).toBe(true);
		expect(written.map(decoded)).toEqual(["https://ada.example"]);
	});

	it("writes nothing when the text is too long", () => {
		const written: string[] = [];
		expect(copyToClipboard({ write: (text: string) => written.push(text) }, "x".repeat(MAX_COPY_BYTES + 1))).toBe(
			false,
		);
		expect(written).toEqual([]);
	});
});
