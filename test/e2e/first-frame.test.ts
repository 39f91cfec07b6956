// The first frame is painted before Ink loads (source/first-frame), then Ink takes over: in a real
// pseudo-terminal, that hand-over must change nothing on screen and lose no key.
import { fileURLToPath } from "node:url";
import xtermHeadless from "@xterm/headless";
import { describe, expect, it, onTestFinished } from "vitest";
import { readScreen } from "../../scripts/lib/screen-cells.mjs";
import { CLI_PATH } from "./helpers/resume-app.js";
import { startTestSession } from "./helpers/terminal-session.js";

const { Terminal } = xtermHeadless;
const FIXTURE = fileURLToPath(new URL("../fixtures/first-frame.md", import.meta.url));
const COLS = 100;
const ROWS = 30;
/** How the painter ends: the cursor back up to the frame's first row, for Ink to draw over. */
const BACK_TO_TOP = `\u001B[${ROWS - 1}A`;
/** How each of Ink's frames after its first begins: erasing the one before. */
const ERASE_LINE = "\u001B[2K";

function startViewer() {
	return startTestSession({
		command: process.execPath,
		args: [CLI_PATH, "--file", FIXTURE],
		cols: COLS,
		rows: ROWS,
		// A known background: no question to the terminal, so the theme cannot change on the way.
		env: { COLORFGBG: "15;0" },
	});
}

async function screenAfter(output: string) {
	const terminal = new Terminal({ cols: COLS, rows: ROWS, allowProposedApi: true });
	onTestFinished(() => terminal.dispose());
	await new Promise<void>((resolve) => terminal.write(output, resolve));
	return readScreen(terminal);
}

describe("the hand-over from the painted first frame to Ink", () => {
	it("Ink's first frame lands on the painted one without changing a cell", async () => {
		const session = startViewer();
		await session.waitFor(/\d+–\d+ of \d+/, { timeout: 15_000 });
		await session.waitForIdle(100);
		const output = session.output();
		const painted = output.indexOf(BACK_TO_TOP) + BACK_TO_TOP.length;
		expect(painted).toBeGreaterThan(BACK_TO_TOP.length);
		const inkSecondFrame = output.indexOf(ERASE_LINE, painted);
		const inkFirstFrame = output.slice(0, inkSecondFrame === -1 ? undefined : inkSecondFrame);
		expect(inkFirstFrame.length).toBeGreaterThan(painted);
		const afterPaint = await screenAfter(output.slice(0, painted));
		expect(afterPaint.rows[0]?.some((cell) => cell.chars !== " ")).toBe(true);
		expect(await screenAfter(inkFirstFrame)).toEqual(afterPaint);
	});

	it("a key pressed while only the painted frame is up is handled once Ink reads keys", async () => {
		const session = startViewer();
		await session.waitFor("[1 Experience]", { timeout: 15_000 });
		session.press("right");
		await session.waitFor("[2 Education]", { timeout: 15_000 });
		expect(session.screenText()).not.toContain("[1 Experience]");
	});
});
