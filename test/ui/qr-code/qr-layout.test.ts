// Choosing and drawing the QR code, as pure functions of the content and the room there is.
import { describe, expect, it } from "vitest";
import { halfBlockLines, QUIET_ZONE } from "../../../source/ui/qr-code/half-block-lines.js";
import { type QrContent, qrLayout } from "../../../source/ui/qr-code/qr-layout.js";
import { qrMatrix } from "../../../source/ui/qr-code/qr-matrix.js";
import { qrPaint } from "../../../source/ui/qr-code/qr-paint.js";

const PLAIN_LIGHT = qrPaint(0, "light");
const NOTHING_AROUND = { columns: 0, rows: 0 };
const CONTENT: QrContent = {
	name: "Zoé Roy",
	// 120 octets: a version 6 code at the lowest correction (41 modules, 49 with the quiet zone).
	vcard: `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zoé Roy\r\n${"NOTE:x\r\n".repeat(8)}END:VCARD\r\n`.slice(0, 120),
	url: "https://roy.example",
};

const widthOf = (line: string) => [...line].length;

describe("qrLayout", () => {
	it("holds the vCard when its code and caption fit, and says so under it", () => {
		const layout = qrLayout(CONTENT, { columns: 49, rows: 26 }, NOTHING_AROUND, qrMatrix, PLAIN_LIGHT);
		expect(layout.holds).toBe("contact");
		expect(layout.captions).toEqual(["Scan to save Zoé Roy's contact"]);
		expect(layout.lines).toHaveLength(25);
		expect(layout.lines.every((line) => widthOf(line) === 49)).toBe(true);
	});

	it("holds the online résumé's address when the vCard needs a row more, and says what the contact needs", () => {
		const layout = qrLayout(CONTENT, { columns: 49, rows: 25 }, { columns: 0, rows: 2 }, qrMatrix, PLAIN_LIGHT);
		expect(layout.holds).toBe("url");
		expect(layout.captions).toEqual(["Scan to open Zoé Roy's online résumé", "(the contact needs 49×28)"]);
	});

	it("draws nothing and says how big the terminal must be for the address when even that does not fit", () => {
		// The address takes version 2: 25 modules, 33 with the quiet zone, 17 rows and a caption.
		const layout = qrLayout(CONTENT, { columns: 32, rows: 40 }, { columns: 0, rows: 2 }, qrMatrix, PLAIN_LIGHT);
		expect(layout.lines).toEqual([]);
		expect(layout.captions).toEqual(["The QR code needs a 33×20 terminal"]);
	});

	it("without an online résumé says how big the terminal must be for the vCard", () => {
		const { url: _url, ...withoutUrl } = CONTENT;
		const layout = qrLayout(withoutUrl, { columns: 40, rows: 40 }, NOTHING_AROUND, qrMatrix, PLAIN_LIGHT);
		expect(layout.captions).toEqual(["The QR code needs a 49×26 terminal"]);
	});
});

describe("halfBlockLines", () => {
	const matrix = qrMatrix("https://roy.example");
	if (!matrix) throw new Error("no code");

	it("surrounds the code with a quiet zone of four light modules on every side", () => {
		const lines = halfBlockLines(matrix, PLAIN_LIGHT);
		const quietRows = QUIET_ZONE / 2;
		for (const line of [...lines.slice(0, quietRows), ...lines.slice(-quietRows)]) expect(line.trim()).toBe("");
		for (const line of lines) {
			expect(line.slice(0, QUIET_ZONE).trim()).toBe("");
			expect(line.slice(-QUIET_ZONE).trim()).toBe("");
		}
	});

	it("draws two modules a cell: the finder pattern's top edge is a row of upper half blocks", () => {
		const lines = halfBlockLines(matrix, PLAIN_LIGHT);
		// Module rows 0 and 1 of the code: a dark edge over the finder's light ring, then its corners.
		expect(lines[QUIET_ZONE / 2]?.slice(QUIET_ZONE, QUIET_ZONE + 7)).toBe("█▀▀▀▀▀█");
	});

	it("without colour on a dark theme draws the light modules, so dark ones keep the dark background", () => {
		const light = halfBlockLines(matrix, PLAIN_LIGHT);
		const dark = halfBlockLines(matrix, qrPaint(0, "dark"));
		const swap: Record<string, string> = { " ": "█", "█": " ", "▀": "▄", "▄": "▀" };
		// The last row's lower half is past the code: light in both.
		expect(dark.slice(0, -1)).toEqual(light.slice(0, -1).map((line) => [...line].map((c) => swap[c]).join("")));
	});

	it("with colours paints black on white, whatever the theme", () => {
		const [first] = halfBlockLines(matrix, qrPaint(3, "dark"));
		expect(first).toContain("\u001B[38;2;0;0;0m");
		expect(first).toContain("\u001B[48;2;255;255;255m");
		expect(halfBlockLines(matrix, qrPaint(2, "light"))[0]).toContain("\u001B[38;5;16m");
	});
});
