// The résumé served over SSH, read with the real OpenSSH client in a pseudo-terminal as a reader
// would: `ssh -tt` against `jvizcaino-resume serve` on 127.0.0.1.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { footerLaidOutAt, footerRow, NAME, SAMPLE_RESUME } from "../e2e/helpers/resume-app.js";
import { startTestSession, type TerminalSession } from "../e2e/helpers/terminal-session.js";
import { type ServeProcess, sshArgs, startServe } from "./helpers/serve-process.js";

const FIRST_SCREEN_TIMEOUT_MS = 15_000;
const ESC = "\u001b";

let scratch: string;
let server: ServeProcess;

beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), "resume-serve-"));
	server = await startServe(join(scratch, "host_key"), ["--workers", "2", "--file", SAMPLE_RESUME]);
});

afterAll(async () => {
	await server?.stop();
	await rm(scratch, { recursive: true, force: true });
});

/** `ssh -tt` to the server in a pseudo-terminal, resolved once the first screen is whole. */
async function connect(options: { cols?: number; rows?: number; term?: string } = {}): Promise<TerminalSession> {
	const session = startTestSession({
		// The harness sets TERM for the program it starts; ssh must send the one chosen here.
		command: "env",
		args: [`TERM=${options.term ?? "xterm-256color"}`, "ssh", "-tt", ...sshArgs(server.port), "reader@127.0.0.1"],
		cols: options.cols ?? 100,
		rows: options.rows ?? 30,
	});
	await session.waitFor(/(\d+–\d+ of \d+|all \d+)$/m, { timeout: FIRST_SCREEN_TIMEOUT_MS });
	return session;
}

describe("a reader with an ssh client", () => {
	it("sees the name, the tabs and the footer, switches tabs with →, and q ends ssh with status 0", async () => {
		const session = await connect();

		expect(session.screenText()).toContain(NAME);
		expect(session.screenText()).toContain("[1 Work]");
		expect(footerRow(session)).toMatch(/^←→ sections .* 1–\d+ of \d+$/);
		// Every row starts at the left edge: the server turned each "\n" into "\r\n".
		expect(session.wrappedRows()).toEqual([]);

		session.press("right");
		await session.waitFor("[2 Studies]");
		expect(session.screenText()).toContain("INSA Lyon");

		const logged = server.log().length;
		session.press("q");
		expect(await session.waitForExit({ timeout: 10_000 })).toMatchObject({ exitCode: 0 });
		await server.waitForLog(/127\.0\.0\.1:\d+ [\d.]+s quit \(0 open\)/, { after: logged });
	});

	it("mouse reports from a terminal left reporting are not read as keys, and mouse mode is never turned on", async () => {
		const session = await connect();
		expect(session.modes().mouseTracking).toBe("none");

		// A wheel turn and a click: their digits would otherwise jump to sections 5 and 3.
		session.write("\u001B[<65;10;15M\u001B[<0;32;7M\u001B[<0;32;7m");
		session.press("right");
		await session.waitFor("[2 Studies]");
		expect(session.screenText()).not.toContain("[5 Elsewhere]");
		session.press("q");
		await session.waitForExit({ timeout: 10_000 });
	});

	it("a link key copies its link onto the reader's clipboard (OSC 52), as no browser can open there", async () => {
		const session = await connect();
		session.press("g");
		await session.waitFor(() => footerRow(session).startsWith("Copied https://"));
		const [, url = ""] = /^Copied (\S+)/.exec(footerRow(session)) ?? [];
		expect(session.output()).toContain(`${ESC}]52;c;${Buffer.from(url).toString("base64")}\u0007`);
		session.press("q");
		await session.waitForExit({ timeout: 10_000 });
	});

	it("a resized window is laid out again at its new size", async () => {
		const session = await connect();

		await session.resize(72, 22);

		await session.waitFor(footerLaidOutAt(72, 22));
		expect(session.wrappedRows()).toEqual([]);
		session.press("q");
		await session.waitForExit({ timeout: 10_000 });
	});

	it("colours follow the TERM the client sends: 256 for xterm-256color, none for a dumb terminal", async () => {
		const colourful = await connect({ term: "xterm-256color" });
		expect(colourful.output()).toMatch(new RegExp(`${ESC}\\[38;5;\\d+m`));
		colourful.press("q");
		await colourful.waitForExit({ timeout: 10_000 });

		const dumb = await connect({ term: "dumb" });
		expect(dumb.output()).not.toMatch(new RegExp(`${ESC}\\[[\\d;]*m`));
		dumb.press("q");
		await dumb.waitForExit({ timeout: 10_000 });
	});

	it("a huge window is drawn at the server's maximum size, and the session still works", async () => {
		const session = startTestSession({
			command: "ssh",
			args: ["-tt", ...sshArgs(server.port), "reader@127.0.0.1"],
			cols: 600,
			rows: 250,
		});
		// Drawn for 400×150 (--max-size's default): the footer sits on row 149 of 250.
		await session.waitFor((_text, current) => /(\d+–\d+ of \d+|all \d+)$/.test(current.screen()[148] ?? ""), {
			timeout: FIRST_SCREEN_TIMEOUT_MS,
		});
		session.press("q");
		expect(await session.waitForExit({ timeout: 10_000 })).toMatchObject({ exitCode: 0 });
	});

	it("a flood of keys is dropped past a budget: the session stays responsive", async () => {
		const session = await connect();

		session.write("lh".repeat(100_000));
		session.press("q");

		// The q may be among what was dropped: press it again until the session ends.
		const again = setInterval(() => session.press("q"), 1000);
		try {
			expect(await session.waitForExit({ timeout: 15_000 })).toMatchObject({ exitCode: 0 });
		} finally {
			clearInterval(again);
		}
	});

	it("a reader who vanishes mid-session (ssh killed) leaves no session behind", async () => {
		const session = await connect();
		session.press("right");
		const logged = server.log().length;

		session.kill("SIGKILL");

		await server.waitForLog(/(closed by client|connection lost) \(0 open\)/, { after: logged });
	});
});
