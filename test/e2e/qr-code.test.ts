// The contact's QR code in the built viewer, in a real pseudo-terminal: drawn, read back from the
// terminal's cells and decoded by jsQR, as a phone's camera would read it.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CAPTURE_ENV } from "../../scripts/lib/capture-steps.mjs";
import { readScreen } from "../../scripts/lib/screen-cells.mjs";
import { cellOrigin, LAYOUT, screenshotSvg } from "../../scripts/lib/screen-to-svg.mjs";
import { loadResumeFile } from "../../source/resume/load-resume.js";
import { halfBlockSize } from "../../source/ui/qr-code/half-block-lines.js";
import { qrMatrix } from "../../source/ui/qr-code/qr-matrix.js";
import { vcardOf } from "../../source/vcard/to-vcard.js";
import { CLI_PATH, startApp } from "./helpers/resume-app.js";
import { DARK_THEME, decodeScreenQr, isDarkColour, jsQR, LIGHT_THEME } from "./helpers/screen-qr.js";
import { classStyle } from "./helpers/svg-reading.js";
import { startTestSession, type TerminalSession } from "./helpers/terminal-session.js";

const FIXTURE = fileURLToPath(new URL("../fixtures/contact-card.md", import.meta.url));
const ONLINE_RESUME = "https://roy.example";
const CAPTION = "Scan to save Zoé Roy's contact";

const loaded = await loadResumeFile(FIXTURE);
if (!loaded.ok) throw new Error(loaded.error);
const VCARD = vcardOf(loaded.resume);

/** The smallest terminal the vCard's code fits: the code, its caption, the footer and the row Ink keeps free. */
function smallestTerminalFor(text: string): { cols: number; rows: number } {
	const matrix = qrMatrix(text);
	if (!matrix) throw new Error("no QR code holds the fixture's vCard");
	const { columns, rows } = halfBlockSize(matrix.length);
	return { cols: columns, rows: rows + 1 + 2 };
}

async function showQr(options: { cols: number; rows: number; args?: readonly string[]; env?: Record<string, string> }) {
	const session = await startApp({ ...options, args: ["--file", FIXTURE, ...(options.args ?? [])] });
	session.press("v");
	await session.waitFor(/Scan to|needs a/);
	return session;
}

const decodesTo = (session: TerminalSession, theme = DARK_THEME) =>
	session.waitFor(() => decodeScreenQr(session, theme) !== undefined).then(() => decodeScreenQr(session, theme));

describe("the QR code (v)", () => {
	it("at 100×30 holds the vCard, and a decoder reads it back whole", async () => {
		const session = await showQr({ cols: 100, rows: 30 });

		expect(session.screenText()).toContain(CAPTION);
		expect(await decodesTo(session)).toBe(VCARD);
	});

	for (const [theme, terminal] of [
		["light", LIGHT_THEME],
		["dark", DARK_THEME],
	] as const) {
		it(`scans in the ${theme} theme at every colour depth, and without colour`, async () => {
			// 256 colours (what xterm-256color gets), truecolor, 16 colours, and NO_COLOR: only the
			// terminal's own two colours, dark modules still dark.
			const depths: Record<string, string>[] = [
				{},
				{ COLORTERM: "truecolor" },
				{ FORCE_COLOR: "1" },
				{ NO_COLOR: "1" },
			];
			for (const env of depths) {
				const session = await showQr({ cols: 100, rows: 30, args: ["--theme", theme], env });
				expect(await decodesTo(session, terminal), JSON.stringify(env)).toBe(VCARD);
			}
		});
	}

	it("holds the vCard at the smallest size it fits, and the online résumé one row short of it", async () => {
		const smallest = smallestTerminalFor(VCARD);

		const fits = await showQr(smallest);
		expect(fits.screenText()).toContain(CAPTION);
		expect(await decodesTo(fits)).toBe(VCARD);

		const short = await showQr({ ...smallest, rows: smallest.rows - 1 });
		await short.waitFor("Scan to open Zoé Roy's online résumé");
		expect(await decodesTo(short)).toBe(ONLINE_RESUME);
	});

	it("says how big the terminal must be when even the address does not fit", async () => {
		const needed = smallestTerminalFor(ONLINE_RESUME);
		const session = await showQr({ cols: 40, rows: needed.rows - 1 });

		await session.waitFor(`The QR code needs a ${needed.cols}×${needed.rows} terminal`);
		expect(decodeScreenQr(session)).toBeUndefined();
	});

	it("closes with v or Esc, and Esc then quits", async () => {
		const session = await showQr({ cols: 100, rows: 30 });
		session.press("v");
		await session.waitFor((text) => !text.includes(CAPTION) && text.includes("[1 Experience]"));
		session.press("v");
		await session.waitFor(CAPTION);
		session.press("escape");
		await session.waitFor((text) => !text.includes(CAPTION) && text.includes("[1 Experience]"));
		session.press("escape");
		await session.waitForExit();
	});

	it("in the screen-reader layout reads the vCard's text instead, one property a line", async () => {
		const reader = await startReader();
		reader.press("v");
		await reader.waitFor("Contact card (vCard), v closes it.");
		const text = reader.screenText();
		for (const line of VCARD.trimEnd().split("\r\n")) expect(text).toContain(line);
		expect(text).not.toMatch(/[█▀▄]/);
		reader.press("v");
		await reader.waitFor((screen) => !screen.includes("Contact card"));
	});

	it("scans from the README's picture of it too (npm run screenshots draws its blocks as rectangles)", async () => {
		const session = await showQr({ cols: 100, rows: 30, env: { ...CAPTURE_ENV } });
		await decodesTo(session);
		const svg = screenshotSvg(readScreen(session.terminal), { blocksAsRectangles: true });
		expect(svg).not.toMatch(/[█▀▄]/);
		expect(decodeSvgQr(svg, session.cols, session.rows)).toBe(VCARD);
	});
});

/**
 * The SVG's rectangles painted onto a grid of half cells (white where nothing is drawn, as a
 * camera sees the picture on a white page), then decoded.
 */
function decodeSvgQr(svg: string, cols: number, rows: number): string | undefined {
	const scale = 4;
	const top = cellOrigin(0, 0);
	const half = LAYOUT.cellHeight / 2;
	const width = cols * scale;
	const height = rows * 2 * scale;
	const data = new Uint8ClampedArray(width * height * 4).fill(255);
	const pattern = /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" class="(\w+)"\/>/g;
	for (const [, x, y, w, h, className = ""] of svg.matchAll(pattern)) {
		const fill = classStyle(svg, className).fill ?? "#ffffff";
		const value = isDarkColour(fill) ? 0 : 255;
		const column = Math.round((Number(x) - top.x) / LAYOUT.cellWidth);
		const columns = Math.round(Number(w) / LAYOUT.cellWidth);
		const firstHalf = Math.round((Number(y) - top.y) / half);
		const halves = Math.round(Number(h) / half);
		for (let py = firstHalf * scale; py < (firstHalf + halves) * scale && py < height; py++) {
			for (let px = column * scale; px < (column + columns) * scale && px < width; px++) {
				data.set([value, value, value, 255], (py * width + px) * 4);
			}
		}
	}
	return jsQR(data, width, height, { inversionAttempts: "dontInvert" })?.data;
}

/** The screen-reader layout has no footer position for startApp to wait for: it says "Lines 1 to 9 of 9." instead. */
async function startReader(): Promise<TerminalSession> {
	const session = startTestSession({
		command: process.execPath,
		args: [CLI_PATH, "--file", FIXTURE, "--screen-reader"],
	});
	await session.waitFor(/Lines \d+ to \d+ of \d+\.|All \d+ lines shown\./, { timeout: 15_000 });
	return session;
}
