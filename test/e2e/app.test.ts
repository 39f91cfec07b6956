// The built viewer, driven in a real pseudo-terminal as a reader would use it. `npm test` builds
// dist/cli.js before vitest runs; run `npm run build` first when running this file alone.
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
	bigTextRows,
	CLI_PATH,
	footerLaidOutAt,
	footerRow,
	frameProblems,
	helpShown,
	NAME,
	paneText,
	runCli,
	SAMPLE_RESUME,
	scrollPosition,
	startApp,
} from "./helpers/resume-app.js";
import { startTestSession } from "./helpers/terminal-session.js";

const INFO_ROW = "Ada Quill · Staff Data Engineer · Lyon, France";
const HINTS = "←→ sections · ↑↓ scroll · / search · g GitHub · v QR code · ? help · q quit";
const GITHUB = "https://github.com/ada-quill-example";
const EMAIL = "ada.quill@example.org";
const WEBSITE = "https://ada-quill.example.org";
const PDF = "https://ada-quill.example.org/cv.pdf";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

let scratch: string;

beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), "resume-e2e-"));
});

afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

describe("the first frame", () => {
	it("shows the name in big text, the details, the tabs and a footer with hints and the position", async () => {
		const session = await startApp();

		const screen = session.screen();
		const bigName = bigTextRows("block");
		expect(screen.slice(0, bigName.length).map((row) => row.trimEnd())).toEqual(bigName);
		expect(screen[bigName.length]).toBe(INFO_ROW);
		expect(session.screenText()).toContain("[1 Work]");
		expect(footerRow(session)).toMatch(new RegExp(`^${escapeRegExp(HINTS)} +1–\\d+ of \\d+$`));
		expect(paneText(session)).toContain("Lanternfish Analytics Staff Data Engineer Lyon, March 2019 - Present");
		expect(frameProblems(session)).toEqual([]);
	});
});

describe("resizing the terminal", () => {
	it("re-lays out the frame at every size, never wider or taller than the terminal", async () => {
		const session = await startApp({ cols: 100, rows: 30 });
		expect(frameProblems(session)).toEqual([]);

		await session.resize(60, 20);
		await session.waitFor(footerLaidOutAt(60, 20));
		expect(frameProblems(session)).toEqual([]);
		expect(session.screenText()).toContain("[1 Work]");

		await session.resize(40, 12);
		await session.waitFor(footerLaidOutAt(40, 12));
		expect(frameProblems(session)).toEqual([]);
		// No room for big text: the plain name heads the frame.
		expect(session.screen()[0]?.startsWith(NAME)).toBe(true);

		await session.resize(100, 30);
		await session.waitFor(footerLaidOutAt(100, 30));
		expect(frameProblems(session)).toEqual([]);
		const bigName = bigTextRows("block");
		expect(
			session
				.screen()
				.slice(0, bigName.length)
				.map((row) => row.trimEnd()),
		).toEqual(bigName);
		expect(session.screen()[bigName.length]).toBe(INFO_ROW);
	});

	it("still draws the essentials at 20×6, asks for a larger window at 19×5, and recovers", async () => {
		const session = await startApp();

		await session.resize(20, 6);
		await session.waitFor(footerLaidOutAt(20, 6));
		expect(frameProblems(session)).toEqual([]);
		expect(session.screenText()).toContain("[1 Work] 2 3 4 5");
		expect(paneText(session)).toMatch(/^Lanternfish Analytics/);

		await session.resize(19, 5);
		await session.waitFor(/^Enlarge /);
		expect(session.wrappedRows()).toEqual([]);

		await session.resize(100, 30);
		await session.waitFor(footerLaidOutAt(100, 30));
		expect(frameProblems(session)).toEqual([]);
		expect(session.screenText()).not.toMatch(/^Enlarge /m);
	});
});

describe("the help screen", () => {
	it("a key pressed the moment the help appears acts on the help", async () => {
		// Each key goes out as soon as the previous one shows: the viewer must not still be acting on the
		// frame before. (It once did, about one time in five: End then scrolled the tab under the help.)
		const session = await startApp();
		for (let round = 0; round < 5; round++) {
			session.press("?");
			// Shown where the last round left it: the footer says it is the help, whatever its lines.
			await session.waitFor((_text, current) => helpShown(current));
			session.press("end");
			await session.waitFor("Press ? or Esc to close this help.");
			session.press("?");
			await session.waitFor((_text, current) => !helpShown(current));
			expect(scrollPosition(session), `round ${round + 1}`).toMatchObject({ first: 1 });
		}
	});
});

describe("opening links", () => {
	/** A $BROWSER that records each URL it is given, one per line, then exits with `exitCode`. */
	async function fakeBrowser(name: string, exitCode: number) {
		const log = join(scratch, `${name}.log`);
		const script = join(scratch, `${name}.sh`);
		// Builtins only: the script must run with an empty PATH.
		await writeFile(script, `#!/bin/sh\nprintf '%s\\n' "$@" >> '${log}'\nexit ${exitCode}\n`);
		await chmod(script, 0o755);
		return { script, opened: () => readFile(log, "utf8").catch(() => "") };
	}

	it("g and m open the GitHub profile and an email with $BROWSER", async () => {
		const browser = await fakeBrowser("browser-ok", 0);
		const session = await startApp({ env: { BROWSER: browser.script } });

		session.press("g");
		await session.waitFor(`Opened ${GITHUB}`);
		expect(await browser.opened()).toBe(`${GITHUB}\n`);

		session.press("m");
		await session.waitFor(`Opened ${EMAIL}`);
		expect(await browser.opened()).toBe(`${GITHUB}\nmailto:${EMAIL}\n`);
	});

	it("over SSH with no working browser, the link is copied and the footer says so", async () => {
		const browser = await fakeBrowser("browser-fails", 1);
		// Over SSH the system opener is not even tried; the empty PATH also shows the viewer needs none.
		const emptyPath = await mkdtemp(join(scratch, "path-"));
		const session = await startApp({
			env: { BROWSER: browser.script, PATH: emptyPath, SSH_CONNECTION: "192.0.2.1 50000 192.0.2.2 22" },
		});

		session.press("g");

		await session.waitFor(`copied the link instead · ${GITHUB}`);
		expect(footerRow(session)).toMatch(
			new RegExp(`^Could not start browser-fails.sh: copied the link instead · ${escapeRegExp(GITHUB)}( |$)`),
		);
		expect(await browser.opened()).toBe(`${GITHUB}\n`);
	});

	it("without SSH and with no opener on PATH, the link is still copied and the footer says so", async () => {
		const browser = await fakeBrowser("browser-fails-locally", 1);
		const emptyPath = await mkdtemp(join(scratch, "path-"));
		const session = await startApp({
			env: {
				BROWSER: browser.script,
				PATH: emptyPath,
				SSH_CONNECTION: undefined,
				SSH_CLIENT: undefined,
				SSH_TTY: undefined,
			},
		});

		session.press("g");

		// The system opener (xdg-open) is not on PATH, so it fails too. The status is two rows long.
		await session.waitFor("copied the link instead");
		const status = session.screen().slice(-3, -1).join(" ").replace(/\s+/g, " ").trim();
		expect(status).toBe(
			`Could not start browser-fails-locally.sh or the system browser: copied the link instead · ${GITHUB}`,
		);
		expect(await browser.opened()).toBe(`${GITHUB}\n`);
	});
});

describe("contact links", () => {
	it("are OSC 8 hyperlinks over their labels where the terminal supports them", async () => {
		const session = await startApp({ env: { FORCE_HYPERLINK: "1" } });

		expect(session.hyperlinks()).toEqual([
			{ uri: `mailto:${EMAIL}`, text: EMAIL, params: "" },
			{ uri: GITHUB, text: "github.com/ada-quill-example", params: "" },
			{ uri: WEBSITE, text: "Online resume", params: "" },
			{ uri: PDF, text: "PDF version", params: "" },
		]);
		for (const link of session.hyperlinks()) expect(session.screenText()).toContain(link.text);
	});

	it("are OSC 8 hyperlinks inside tmux or screen too, not wrapped in a passthrough Ink would strip", async () => {
		const session = startTestSession({
			// The harness sets TERM itself: the program must see the one a tmux pane gives.
			command: "env",
			args: ["TERM=tmux-256color", process.execPath, CLI_PATH, "--file", SAMPLE_RESUME],
			env: { FORCE_HYPERLINK: "1" },
		});
		await session.waitFor(/\d+–\d+ of \d+/, { timeout: 15_000 });

		expect(session.hyperlinks().map((link) => link.uri)).toEqual([`mailto:${EMAIL}`, GITHUB, WEBSITE, PDF]);
	});

	it("are plain URLs, each shown once, where it does not", async () => {
		const session = await startApp({ env: { FORCE_HYPERLINK: "0" } });

		expect(session.hyperlinks()).toEqual([]);
		expect(session.output()).not.toContain("\x1b]8;");
		const words = session.screenText().split(/\s+/);
		const timesShown = (url: string) => words.filter((word) => word === url).length;
		expect([EMAIL, GITHUB, WEBSITE, PDF].map(timesShown)).toEqual([1, 1, 1, 1]);
	});
});

describe("a terminal that cannot move its cursor (TERM=dumb)", () => {
	it("gets the résumé printed, not the viewer", async () => {
		// The session sets TERM for the programs it starts: `env` sets it again for this one.
		const session = startTestSession({
			command: "env",
			args: ["TERM=dumb", process.execPath, CLI_PATH, "--file", SAMPLE_RESUME],
		});
		expect(await session.waitForExit({ timeout: 15_000 })).toEqual({ exitCode: 0, signal: undefined });
		expect(session.modes().alternateScreen).toBe(false);
		expect(session.output()).not.toContain("\u001B[?1049h");
		expect(session.output()).toContain("Lanternfish Analytics");
	});
});

describe("quitting", () => {
	// Raw mode comes on before the first frame (interactive-mode.tsx): a key pressed the moment the
	// frame appears is read as a key, not echoed by the tty, and Ctrl-C is not a SIGINT.
	it.each(["ctrlC", "q"] as const)("%s pressed the instant the first frame appears quits cleanly", async (key) => {
		for (let attempt = 0; attempt < 3; attempt++) {
			const session = startTestSession({ command: process.execPath, args: [CLI_PATH, "--file", SAMPLE_RESUME] });
			await session.waitFor(NAME, { timeout: 15_000 });
			session.press(key);
			expect(await session.waitForExit({ timeout: 10_000 })).toMatchObject({ exitCode: 0, signal: undefined });
			expect(session.screenText()).not.toMatch(/\^C|^q$/m);
			expect(session.cursorVisible()).toBe(true);
		}
	});
});

describe("without a terminal to read keys from", () => {
	it("prints the whole résumé and exits when stdin is /dev/null and stdout a pipe", async () => {
		const run = await runCli([], { NO_COLOR: "1" });

		expect(run).toMatchObject({ code: 0, stderr: "" });
		expect(run.stdout).toContain("Work");
		expect(run.stdout).toContain("Small files, big trouble (conference talk, 2022)");
		expect(run.stdout).not.toContain("\x1b");
	});

	it("prints the résumé to the terminal and exits when only stdout is one", async () => {
		// The harness spawns its command directly, so a shell redirects stdin. The shell then reports the
		// exit code and holds the terminal open: on Linux, node-pty can drop the last output of a program
		// that writes a lot and exits at once (microsoft/node-pty#72), which would truncate the résumé.
		const session = startTestSession({
			command: "/bin/sh",
			args: [
				"-c",
				'"$0" "$1" --file "$2" < /dev/null; echo "[exit $?]"; read _',
				process.execPath,
				CLI_PATH,
				SAMPLE_RESUME,
			],
		});

		await session.waitFor(/^\[exit \d+\]$/m, { timeout: 15_000 });
		const printed = session.screen().filter((row) => row !== "");
		expect(printed.at(-1)).toBe("[exit 0]");
		expect(printed.at(-2)).toContain("Choir (tenor)");
		expect(session.screenText()).toContain("Small files, big trouble (conference talk, 2022)");
		expect(session.wrappedRows()).toEqual([]);
		// Printed, not drawn: the viewer would have hidden the cursor.
		expect(session.output()).not.toContain("\x1b[?25l");
		session.press("enter");
		expect(await session.waitForExit()).toEqual({ exitCode: 0, signal: undefined });
	});
});

describe("choosing the first section", () => {
	it("--section tools opens on the Tools tab", async () => {
		const session = await startApp({ args: ["--section", "tools"] });

		expect(session.screenText()).toContain("[3 Tools]");
		expect(paneText(session)).toContain("Languages • Python");
	});

	it("--section with an unknown name says so on one line and exits with 2", async () => {
		const run = await runCli(["--section", "nope"]);

		expect(run.code).toBe(2);
		expect(run.stdout).toBe("");
		expect(run.stderr).toMatch(/^jvizcaino-resume: no section "nope"; choose one of: .*tools.*\n$/);
	});
});
