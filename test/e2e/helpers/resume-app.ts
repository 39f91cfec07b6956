// The built viewer (dist/cli.js) seen from outside: started in a pseudo-terminal or run with pipes,
// plus readings of its screen that several stories share (the footer's position, the pane, the frame).
import { spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { fileURLToPath } from "node:url";
import CFonts from "cfonts";
import { collectOutput, type ProgramRun } from "../../helpers/collect-output.js";
import { type SessionOptions, sessionEnv, startTestSession, type TerminalSession } from "./terminal-session.js";

export const CLI_PATH = fileURLToPath(new URL("../../../dist/cli.js", import.meta.url));

/** The résumé these tests show (`--file`): they are about the viewer, not about content/resume.md. */
export const SAMPLE_RESUME = fileURLToPath(new URL("../../fixtures/sample-resume.md", import.meta.url));

/** The sample résumé, unless the test names a résumé of its own. */
function withResume(args: readonly string[]): string[] {
	return args.includes("--file") || args.includes("-f") ? [...args] : ["--file", SAMPLE_RESUME, ...args];
}

export const NAME = "Ada Quill";

/** Under load node, React and yoga take a while to draw the first frame. */
const FIRST_FRAME_TIMEOUT_MS = 15_000;
const RAW_MODE_TIMEOUT_MS = 5_000;

export type AppOptions = Omit<SessionOptions, "command" | "args"> & { readonly args?: readonly string[] };

/**
 * Starts `node dist/cli.js` in a pseudo-terminal (disposed when the test ends) and resolves once it
 * shows its first frame and reads keys one by one.
 */
export async function startApp(options: AppOptions = {}): Promise<TerminalSession> {
	const session = startTestSession({
		...options,
		command: process.execPath,
		args: [CLI_PATH, ...withResume(options.args ?? [])],
	});
	await session.waitFor(/\d+–\d+ of \d+|all \d+|Enlarge the window/, { timeout: FIRST_FRAME_TIMEOUT_MS });
	await waitForRawMode(session);
	return session;
}

/**
 * Resolves once the tty is in raw mode, i.e. keys are read one by one. The viewer turns it on
 * before its first frame; waiting here keeps stories about keys independent of that timing.
 */
export async function waitForRawMode(session: TerminalSession): Promise<void> {
	const deadline = performance.now() + RAW_MODE_TIMEOUT_MS;
	for (;;) {
		const state = await session.ttyState();
		if (state === undefined) throw new Error("cannot read the pty's line discipline (is stty installed?)");
		if (state.raw) return;
		if (performance.now() > deadline) throw new Error(`raw mode never came on: ${JSON.stringify(state)}`);
	}
}

export type ScrollPosition = { readonly first: number; readonly last: number; readonly total: number };

/** The footer's "first–last of total", the footer being the frame's last row (one above the terminal's). */
export function scrollPosition(session: TerminalSession): ScrollPosition | undefined {
	const match = /(\d+)–(\d+) of (\d+)$/.exec(footerRow(session));
	if (!match) return undefined;
	const [, first, last, total] = match.map(Number);
	return first === undefined || last === undefined || total === undefined ? undefined : { first, last, total };
}

export function footerRow(session: TerminalSession): string {
	return session.screen()[session.rows - 2] ?? "";
}

/** Whether the footer says the help screen is shown ("help 1–20 of 26" where a tab's position would be). */
export function helpShown(session: TerminalSession): boolean {
	return /\s{2}help\b[^·]*$/.test(footerRow(session));
}

/**
 * The condition "the frame is drawn for this size": the footer (key hints, then the position) sits
 * on the row above the last and reaches the right edge, as only a frame laid out at this width can.
 */
export function footerLaidOutAt(columns: number, rows: number) {
	return function footerAtNewSize(_text: string, session: TerminalSession): boolean {
		if (session.cols !== columns || session.rows !== rows) return false;
		return /^(←→|\?) .*(\d+–\d+ of \d+|all \d+)$/.test(footerRow(session)) && session.rowWidths()[rows - 2] === columns;
	};
}

/** The pane's rows (between the tab bar, or the separator under it, and the footer), without the scrollbar. */
export function paneRows(session: TerminalSession): string[] {
	const screen = session.screen();
	const tabBar = screen.findIndex((row) => /\[\d/.test(row));
	const start = /^─+$/.test(screen[tabBar + 1] ?? "") ? tabBar + 2 : tabBar + 1;
	return screen.slice(start, session.rows - 2).map((row) => row.replace(/\s*[┃│]$/, "").trimEnd());
}

/** The pane's text with wrapped lines joined, to find a sentence whatever the width. */
export function paneText(session: TerminalSession): string {
	return paneRows(session)
		.map((row) => row.trim())
		.join(" ")
		.replace(/\s+/g, " ");
}

export type BigFont = "block" | "chrome" | "tiny";

/** The name as the header draws it in big text: folded to the letters cfonts knows, one letter apart. */
export function bigTextRows(font: BigFont): string[] {
	const text = "ADA QUILL";
	const rendered = CFonts.render(text, {
		font,
		letterSpacing: 1,
		spaceless: true,
		colors: ["system"],
		env: "node",
		maxLength: text.length + 1,
	});
	if (!rendered) throw new Error(`cfonts cannot render ${text} in ${font}`);
	return rendered.string.split("\n").map((row) => row.trimEnd());
}

/** Whatever makes the frame unfit for the terminal; [] when it fits. */
export function frameProblems(session: TerminalSession): string[] {
	const screen = session.screen();
	const problems: string[] = [];
	const wrapped = session.wrappedRows();
	if (wrapped.length > 0) problems.push(`rows ${wrapped.join(", ")} continue a row wider than ${session.cols}`);
	const filled = screen.filter((row) => row.trim() !== "").length;
	if (filled > session.rows - 1) problems.push(`${filled} non-empty rows in a terminal of ${session.rows}`);
	if (screen.at(-1)?.trim())
		problems.push("the terminal's last row is not blank: the frame is as tall as the terminal");
	if (!headerTopVisible(screen)) problems.push(`the top row is not the header's first: ${JSON.stringify(screen[0])}`);
	return problems;
}

/** The header's first row is on screen: the name itself, or big text drawn in full right above it. */
function headerTopVisible(screen: readonly string[]): boolean {
	if (screen[0]?.startsWith(NAME)) return true;
	return (["block", "chrome", "tiny"] as const).some((font) => {
		const big = bigTextRows(font);
		return big.every((row, index) => screen[index]?.trimEnd() === row) && screen[big.length]?.startsWith(NAME);
	});
}

export type CliRun = ProgramRun;

/** Runs `node dist/cli.js` without a terminal: stdin from /dev/null, stdout and stderr piped. */
export function runCli(
	args: readonly string[],
	env: Readonly<Record<string, string | undefined>> = {},
): Promise<CliRun> {
	const devNull = openSync("/dev/null", "r");
	try {
		return collectOutput(
			spawn(process.execPath, [CLI_PATH, ...withResume(args)], {
				stdio: [devNull, "pipe", "pipe"],
				env: sessionEnv(env),
				timeout: 15_000,
			}),
		);
	} finally {
		closeSync(devNull);
	}
}
