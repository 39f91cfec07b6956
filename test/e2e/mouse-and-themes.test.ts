// The mouse and the colour themes of the built viewer, in a real pseudo-terminal.
import { describe, expect, it } from "vitest";
import { NAME, runCli, scrollPosition, startApp } from "./helpers/resume-app.js";
import type { TerminalSession } from "./helpers/terminal-session.js";

/** What a terminal sends, in SGR mouse mode, for the wheel and a left click at a 1-based cell. */
const wheelDown = (column: number, row: number) => `\u001B[<65;${column};${row}M`;
const wheelUp = (column: number, row: number) => `\u001B[<64;${column};${row}M`;
const click = (column: number, row: number) => `\u001B[<0;${column};${row}M\u001B[<0;${column};${row}m`;

/** The screen row (0-based) showing `text`, and the column where it starts. */
function cellOf(session: TerminalSession, text: string): { row: number; column: number } {
	const screen = session.screen();
	const row = screen.findIndex((line) => line.includes(text));
	if (row === -1) throw new Error(`${text} is not on the screen`);
	return { row, column: screen[row]?.indexOf(text) ?? 0 };
}

/** The 256-colour palette index of a cell's foreground, or undefined for any other kind of colour. */
function foregroundAt(session: TerminalSession, row: number, column: number): number | undefined {
	const buffer = session.terminal.buffer.active;
	const cell = buffer.getLine(buffer.viewportY + row)?.getCell(column);
	return cell?.isFgPalette() ? cell.getFgColor() : undefined;
}

const nameColour = (session: TerminalSession) => {
	const { row, column } = cellOf(session, NAME);
	return foregroundAt(session, row, column);
};

describe("the mouse", () => {
	it("turns mouse reporting on while the viewer runs, and off again when it quits", async () => {
		const session = await startApp();
		expect(session.modes().mouseTracking).toBe("vt200");
		session.press("q");
		await session.waitForExit();
		expect(session.modes().mouseTracking).toBe("none");
		expect(session.leftoverModes()).toEqual([]);
	});

	it("is turned off again when the viewer is killed with SIGTERM", async () => {
		const session = await startApp();
		session.kill("SIGTERM");
		await session.waitForExit();
		expect(session.leftoverModes()).toEqual([]);
	});

	it("scrolls the pane three lines per notch of the wheel, up and down", async () => {
		const session = await startApp();
		session.write(wheelDown(10, 15));
		await session.waitFor(() => scrollPosition(session)?.first === 4);
		session.write(wheelDown(10, 15) + wheelDown(10, 15));
		await session.waitFor(() => scrollPosition(session)?.first === 10);
		session.write(wheelUp(10, 15));
		await session.waitFor(() => scrollPosition(session)?.first === 7);
	});

	it("selects the tab clicked on", async () => {
		const session = await startApp();
		const education = cellOf(session, "2 Studies");
		session.write(click(education.column + 3, education.row + 1));
		await session.waitFor("[2 Studies]");
		const misc = cellOf(session, "5 Elsewhere");
		session.write(click(misc.column + 1, misc.row + 1));
		await session.waitFor("[5 Elsewhere]");
	});

	it("--no-mouse leaves the mouse to the terminal", async () => {
		const session = await startApp({ args: ["--no-mouse"] });
		expect(session.modes().mouseTracking).toBe("none");
	});
});

describe("themes", () => {
	const DARK_ACCENT = 80;
	const LIGHT_ACCENT = 24;

	it("--theme dark and --theme light draw the name in each theme's accent", async () => {
		expect(nameColour(await startApp({ args: ["--theme", "dark"] }))).toBe(DARK_ACCENT);
		expect(nameColour(await startApp({ args: ["--theme", "light"] }))).toBe(LIGHT_ACCENT);
	});

	it("--theme auto follows COLORFGBG without asking the terminal", async () => {
		const light = await startApp({ env: { COLORFGBG: "0;15" } });
		expect(nameColour(light)).toBe(LIGHT_ACCENT);
		expect(light.output()).not.toContain("\u001B]11;?");
		expect(nameColour(await startApp({ env: { COLORFGBG: "15;0" } }))).toBe(DARK_ACCENT);
	});

	it("--theme auto asks the terminal for its background, draws dark meanwhile, and follows a light answer", async () => {
		const session = await startApp({ env: { COLORFGBG: undefined } });
		expect(session.output()).toContain("\u001B]11;?\u0007");
		expect(nameColour(session)).toBe(DARK_ACCENT);
		session.write("\u001B]11;rgb:ffff/ffff/ffff\u0007");
		await session.waitFor(() => nameColour(session) === LIGHT_ACCENT);
		// The answer was taken out of the input: nothing was typed, the viewer still runs.
		expect(session.exitStatus).toBeUndefined();
		expect(session.screenText()).not.toContain("rgb:");
	});

	it("--theme with another name says so on one line and exits with 2", async () => {
		const run = await runCli(["--theme", "pink"]);
		expect(run.code).toBe(2);
		expect(run.stderr.trim().split("\n")).toEqual([
			'jvizcaino-resume: --theme must be dark, light or auto, not "pink"',
		]);
	});

	it("NO_COLOR draws no colour at all, and still shows the current search match", async () => {
		const session = await startApp({ env: { NO_COLOR: "1" } });
		expect(session.output()).not.toMatch(new RegExp(`${String.fromCharCode(27)}\\[(3[0-8]|9[0-7]|4[0-8])[;m]`));
		session.press("/");
		session.write("lanternfish\r");
		await session.waitFor(() => /match 1 of/.test(session.screenText()));
		const { row, column } = cellOf(session, "Lanternfish Analytics");
		const cell = session.terminal.buffer.active
			.getLine(session.terminal.buffer.active.viewportY + row)
			?.getCell(column);
		expect(cell?.isInverse()).toBeTruthy();
	});
});
