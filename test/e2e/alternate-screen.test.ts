// The viewer as a good citizen of the reader's terminal: it draws on the alternate screen, so what the
// reader had on screen and in their scrollback is never written to nor cleared, whatever the resizes;
// and on every way out it leaves a compact contact card on the normal screen, below their history.
import { describe, expect, it } from "vitest";
import { CLI_PATH, footerLaidOutAt, waitForRawMode } from "./helpers/resume-app.js";
import { startTestSession, type TerminalSession } from "./helpers/terminal-session.js";

const FIXTURE = "test/fixtures/full.resume.json";
const HISTORY = Array.from({ length: 100 }, (_, index) => `HIST ${index + 1}`);
const CARD = [
	"Katherine Johnson · Research Mathematician",
	"Email:    katherine@example.org",
	"Phone:    +1 757 555 0100",
	"Web:      https://example.org/katherine",
	"GitHub:   https://github.com/kjohnson",
	"LinkedIn: https://www.linkedin.com/in/katherine-johnson",
	"PDF:      Curriculum vitae https://example.org/katherine.pdf",
];
/** ED 3, which tmux applies to a pane's history even from the alternate screen. */
const ERASE_SAVED_LINES = "\u001B[3J";

/** A shell that prints 100 lines of history, then runs the viewer, as a reader would from their prompt. */
async function viewerAfterHistory(options: { cols?: number; rows?: number } = {}): Promise<TerminalSession> {
	const session = startTestSession({
		...options,
		command: "sh",
		args: ["-c", 'seq -f "HIST %g" 1 100; exec "$0" "$1" --file "$2"', process.execPath, CLI_PATH, FIXTURE],
	});
	await session.waitFor(/\d+–\d+ of \d+|all \d+/, { timeout: 15_000 });
	await waitForRawMode(session);
	return session;
}

/** Every row of the normal screen's buffer, scrollback first, without trailing blanks. */
function normalBuffer(session: TerminalSession): string[] {
	const buffer = session.terminal.buffer.normal;
	const rows: string[] = [];
	for (let y = 0; y < buffer.length; y++) rows.push(buffer.getLine(y)?.translateToString(true) ?? "");
	while (rows.length > 0 && rows.at(-1) === "") rows.pop();
	return rows;
}

describe("the alternate screen", () => {
	it("keeps the reader's history whole through every resize, and after quitting", async () => {
		const session = await viewerAfterHistory();
		expect(session.modes().alternateScreen).toBe(true);
		expect(normalBuffer(session)).toEqual(HISTORY);

		const sizes: readonly [number, number][] = [
			[100, 24], // shrink
			[100, 34], // grow
			[90, 34], // narrow
			[120, 40], // widen
			[20, 6],
			[100, 30],
		];
		for (const [columns, rows] of sizes) {
			await session.resize(columns, rows);
			await session.waitFor(footerLaidOutAt(columns, rows));
			expect(normalBuffer(session), `at ${columns}×${rows}`).toEqual(HISTORY);
			// And the frame redrawn whole on the alternate screen: no row left over from another size.
			expect(session.wrappedRows()).toEqual([]);
			expect(session.screen().at(-1)).toBe("");
		}
		expect(session.output()).not.toContain(ERASE_SAVED_LINES);

		session.press("q");
		await session.waitForExit();
		expect(session.modes().alternateScreen).toBe(false);
		// Nothing of the frames is left behind: the history, then the card, and nothing else.
		expect(normalBuffer(session)).toEqual([...HISTORY, ...CARD]);
	});

	it("is not used by the screen-reader layout, whose linear text stays in the history", async () => {
		const session = startTestSession({
			command: process.execPath,
			args: [CLI_PATH, "--file", FIXTURE, "--screen-reader"],
		});
		await session.waitFor("Katherine Johnson", { timeout: 15_000 });
		expect(session.modes().alternateScreen).toBe(false);
		expect(session.output()).not.toContain("\u001B[?1049h");
	});
});

describe("the contact card", () => {
	const ways: readonly [string, (session: TerminalSession) => unknown][] = [
		["q", (session) => session.press("q")],
		["Esc", (session) => session.press("escape")],
		["Ctrl-C", (session) => session.press("ctrlC")],
		["SIGTERM", (session) => session.kill("SIGTERM")],
		["SIGHUP", (session) => session.kill("SIGHUP")],
	];

	it.each(ways)("is left on the normal screen, under the history, after %s", async (_way, quit) => {
		const session = await viewerAfterHistory({ rows: 20 });

		await quit(session);

		expect(await session.waitForExit()).toEqual({ exitCode: 0, signal: undefined });
		expect(session.leftoverModes()).toEqual([]);
		const screen = session.screen().filter((row) => row !== "");
		expect(screen.slice(-CARD.length)).toEqual(CARD);
		expect(screen.slice(0, -CARD.length).every((row) => row.startsWith("HIST"))).toBe(true);
	});

	it("is left, with one line about the fault and no stack trace, after a crash outside React", async () => {
		// A fault in an event handler, as a browser's spawn error once was: here on SIGUSR2, once drawn.
		const crashOnSignal = 'process.on("SIGUSR2", () => { throw new Error("boom"); });';
		const session = startTestSession({
			command: process.execPath,
			args: ["--import", `data:text/javascript,${encodeURIComponent(crashOnSignal)}`, CLI_PATH, "--file", FIXTURE],
			rows: 20,
		});
		await session.waitFor(/\d+–\d+ of \d+|all \d+/, { timeout: 15_000 });
		await waitForRawMode(session);

		session.kill("SIGUSR2");

		expect(await session.waitForExit()).toEqual({ exitCode: 1, signal: undefined });
		expect(session.leftoverModes()).toEqual([]);
		const screen = session.screen().filter((row) => row !== "");
		expect(screen).toEqual([
			...CARD,
			"jvizcaino-resume: unexpected error: boom; for its stack trace, set DEBUG=jvizcaino-resume",
		]);
	});

	it("is never wider than the terminal", async () => {
		const session = await viewerAfterHistory({ cols: 40, rows: 20 });

		session.press("q");
		await session.waitForExit();

		expect(session.wrappedRows()).toEqual([]);
		const screen = session.screen().filter((row) => row !== "" && !row.startsWith("HIST"));
		expect(screen).toEqual([
			"Katherine Johnson · Research",
			"Mathematician",
			"Email:    katherine@example.org",
			"Phone:    +1 757 555 0100",
			"Web:      https://example.org/katherine",
			"GitHub:   https://github.com/kjohnson",
			// Too long for the line even alone: broken where the row is full, as a terminal would.
			"https://www.linkedin.com/in/katherine-jo",
			"hnson",
			// The PDF would make a ninth line: left out whole rather than cut.
		]);
	});

	it("links with OSC 8 where the terminal supports them", async () => {
		const session = startTestSession({
			command: process.execPath,
			args: [CLI_PATH, "--file", FIXTURE],
			env: { FORCE_HYPERLINK: "1" },
		});
		await session.waitFor(/\d+–\d+ of \d+|all \d+/, { timeout: 15_000 });
		await waitForRawMode(session);

		session.press("q");
		await session.waitForExit();

		expect(session.screenText()).toContain("GitHub:   https://github.com/kjohnson");
		expect(session.hyperlinks()).toContainEqual({
			uri: "https://example.org/katherine.pdf",
			text: "Curriculum vitae (https://example.org/katherine.pdf)",
			params: "",
		});
	});
});
