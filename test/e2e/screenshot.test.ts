// The README's pictures are drawn from the real viewer (`npm run screenshots`): what the SVG shows
// must be what the terminal showed, cell for cell and colour for colour. Run `npm run build` first
// when running this file alone.
import xtermHeadless from "@xterm/headless";
import { describe, expect, it } from "vitest";
import { CAPTURE_ENV, captureSteps } from "../../scripts/lib/capture-steps.mjs";
import { readScreen } from "../../scripts/lib/screen-cells.mjs";
import { demoSvg, screenshotSvg } from "../../scripts/lib/screen-to-svg.mjs";
import { DARK_THEME, paletteColor } from "../../scripts/lib/terminal-colors.mjs";
import { NAME, startApp } from "./helpers/resume-app.js";
import { classStyle, gridRects, gridRuns, gridText, xmlProblems } from "./helpers/svg-reading.js";

const { Terminal } = xtermHeadless;

const TABS = ["1 Work", "2 Studies", "3 Tools", "4 Languages", "5 Elsewhere"];
const ACTIVE_TAB = "[1 Work]";

describe("the screenshot", () => {
	it("shows the first frame as the terminal drew it, in its colours", async () => {
		const session = await startApp({ env: CAPTURE_ENV });
		const [first] = await captureSteps(session, [{ press: [], caption: "" }]);
		if (!first) throw new Error("no frame captured");

		const svg = screenshotSvg(first.screen, { title: "npx jvizcaino-resume" });

		expect(xmlProblems(svg)).toEqual([]);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="[\d.]+" height="[\d.]+"/);
		const screen = session.screen();
		// xterm keeps a blank the program wrote at the end of a row; the picture has no need to.
		expect(gridText(svg, session.rows)).toEqual(screen.map((line) => line.trimEnd()));
		const text = gridText(svg, session.rows).join("\n");
		expect(text).toContain(NAME);
		for (const tab of TABS) expect(text).toContain(tab);

		// The active tab: the emulator holds it in inverse video, so its colour becomes the background.
		const row = screen.findIndex((line) => line.includes(ACTIVE_TAB));
		const column = screen[row]?.indexOf(ACTIVE_TAB) ?? -1;
		const buffer = session.terminal.buffer.active;
		const cell = buffer.getLine(buffer.baseY + row)?.getCell(column + 1);
		if (!cell) throw new Error(`no cell at ${column + 1},${row}`);
		expect(cell.isInverse()).not.toBe(0);
		expect(cell.isFgDefault()).toBe(false);
		const reported = cell.isFgRGB()
			? `#${cell.getFgColor().toString(16).padStart(6, "0")}`
			: paletteColor(cell.getFgColor());

		const highlight = gridRects(svg).find((rect) => rect.row === row && rect.column === column);
		expect(highlight).toMatchObject({ columns: ACTIVE_TAB.length });
		expect(classStyle(svg, highlight?.className ?? "")).toEqual({ fill: reported });
		const label = gridRuns(svg)
			.get(row)
			?.find((run) => run.text.startsWith(ACTIVE_TAB));
		expect(classStyle(svg, label?.className ?? "")).toMatchObject({ fill: DARK_THEME.background });
		expect(classStyle(svg, label?.className ?? "")["font-weight"]).toBe(cell.isBold() ? "700" : undefined);
	});
});

describe("the demo", () => {
	it("cycles through a frame per step, each showing what its key did and captioned with it", async () => {
		const session = await startApp({ env: CAPTURE_ENV });
		const frames = await captureSteps(session, [
			{ press: [], caption: "the first frame" },
			{ press: ["right"], key: "→", caption: "next section" },
		]);

		const svg = demoSvg(frames, { title: "demo", secondsPerFrame: 2 });

		expect(xmlProblems(svg)).toEqual([]);
		const [, ...frameGroups] = svg.split(/<g class="frame/);
		expect(frameGroups).toHaveLength(2);
		const [first = "", second = ""] = frameGroups;
		expect(gridText(first, session.rows).join("\n")).toContain("[1 Work]");
		expect(first).toContain(">the first frame</text>");
		expect(gridText(second, session.rows).join("\n")).toContain("[2 Studies]");
		expect(second).toMatch(/>→<\/text>\n<text class="caption"[^>]*>next section<\/text>/);
		// Each frame shows for its share of the cycle, the second starting when the first ends.
		expect(svg).toContain(".frame{opacity:0;animation:show 4s step-end infinite}");
		expect(svg).toContain("@keyframes show{0%{opacity:1}50%{opacity:0}100%{opacity:0}}");
		expect(second).toMatch(/^" style="animation-delay:2s">/);
	});
});

describe("drawing any screen", () => {
	it("keeps wide characters two columns wide, escapes markup and paints every kind of colour", async () => {
		const terminal = new Terminal({ cols: 20, rows: 2, allowProposedApi: true });
		const output = [
			"\x1b[38;2;255;128;0m<a&b>\x1b[0m 日本\x1b[7m x\x1b[0m",
			"\r\n\x1b[38;5;196;48;5;22mR\x1b[4mU\x1b[0m  v",
		].join("");
		await new Promise<void>((resolve) => terminal.write(output, resolve));

		const svg = screenshotSvg(readScreen(terminal));
		terminal.dispose();

		expect(xmlProblems(svg)).toEqual([]);
		expect(gridText(svg, 2)).toEqual(["<a&b> 日本 x", "RU  v"]);
		const [markup, wide, inverse] = gridRuns(svg).get(0) ?? [];
		expect(classStyle(svg, markup?.className ?? "")).toEqual({ fill: "#ff8000" });
		// 日本 covers columns 6–9: text after it lands on the grid, not two columns early.
		expect(wide).toMatchObject({ column: 6, text: "日本 " });
		expect(inverse).toMatchObject({ column: 11, text: "x" });
		expect(classStyle(svg, inverse?.className ?? "")).toEqual({ fill: DARK_THEME.background });
		const fills = gridRects(svg).map((rect) => ({ ...rect, fill: classStyle(svg, rect.className).fill }));
		expect(fills).toEqual([
			{ row: 0, column: 10, columns: 2, className: expect.any(String), fill: DARK_THEME.foreground },
			{ row: 1, column: 0, columns: 2, className: expect.any(String), fill: "#005f00" },
		]);
		const [red, underlined, plain] = gridRuns(svg).get(1) ?? [];
		expect(classStyle(svg, red?.className ?? "")).toEqual({ fill: "#ff0000" });
		// The underline stops with the underlined text: the blanks after it are not drawn underlined.
		expect(underlined).toMatchObject({ text: "U" });
		expect(classStyle(svg, underlined?.className ?? "")).toEqual({ fill: "#ff0000", "text-decoration": "underline" });
		expect(plain).toMatchObject({ column: 2, text: "  v" });
		expect(classStyle(svg, plain?.className ?? "")).toEqual({ fill: DARK_THEME.foreground });
	});
});
