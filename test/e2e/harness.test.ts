// The pseudo-terminal harness, proved against small stand-in programs in ./fixtures before the e2e
// tests of the real binary rely on it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { KEYS, type KeyName, startFixture, startTestSession } from "./helpers/terminal-session.js";

/** How key-echo.mjs reports a key it read. */
const echoed = (key: string) => `key ${JSON.stringify(key).replaceAll("\x7f", "\\u007f")}`;

afterEach(() => {
	vi.unstubAllEnvs();
});

describe("reading the screen", () => {
	it("waits for text the program prints, in a terminal of the requested size", async () => {
		const session = startFixture("key-echo.mjs", { cols: 72, rows: 12 });

		await session.waitFor("ready 72x12");

		expect(session.screen()).toHaveLength(12);
		expect(session.screen()[0]).toBe("ready 72x12");
		expect(session.screenText().split("\n")).toEqual(session.screen());
	});

	it("accepts a pattern or a predicate on the screen text", async () => {
		const session = startFixture("key-echo.mjs");

		await session.waitFor(/ready \d+x\d+/);
		const text = await session.waitFor((screen) => screen.startsWith("ready"));

		expect(text).toContain("ready 100x30");
	});

	it("times out with the current screen in the message", async () => {
		const session = startFixture("key-echo.mjs");
		await session.waitFor("ready");

		const waiting = session.waitFor("a line that never comes", {
			timeout: 200,
		});

		await expect(waiting).rejects.toThrow(/Timed out after 200 ms while waiting for "a line that never comes"/);
		await expect(waiting).rejects.toThrow(/\n\|ready 100x30\n/);
	});

	it("stops waiting as soon as the program exits", async () => {
		const session = startFixture("exit-with.mjs", { args: ["0", "done"] });

		const waiting = session.waitFor("a line that never comes", {
			timeout: 10_000,
		});

		await expect(waiting).rejects.toThrow(/the program exited \(code 0\)[\s\S]*\|done/);
	});

	it("tells a line that overflowed the width from ones that fit", async () => {
		const session = startFixture("key-echo.mjs", { cols: 40, rows: 10 });
		await session.waitFor("ready");

		session.press("w");
		await session.waitFor("#####");

		const overflowRow = session.screen().findIndex((line) => line.startsWith("#"));
		expect(session.rowWidths()[overflowRow]).toBe(40);
		expect(session.wrappedRows()).toEqual([overflowRow + 1]);
		expect(session.rowWidths().every((width) => width <= session.cols)).toBe(true);
	});

	it("notices a repaint that changes only colours", async () => {
		const session = startFixture("key-echo.mjs");
		await session.waitFor("ready");
		const textBefore = session.screenText();
		const signatureBefore = session.screenSignature();

		session.press("r");
		await session.waitFor((_text, current) => current.screenSignature() !== signatureBefore);

		expect(session.screenText()).toBe(textBefore);
	});
});

describe("sending keys", () => {
	it("sends each named key as the escape sequence a terminal would", async () => {
		const session = startFixture("key-echo.mjs");
		await session.waitFor("ready");
		const safeKeys = (Object.keys(KEYS) as KeyName[]).filter((key) => key !== "ctrlC");

		for (const key of safeKeys) {
			session.press(key);
			await session.waitFor(echoed(KEYS[key]));
		}
	});

	it("sends a literal string as typed", async () => {
		const session = startFixture("key-echo.mjs");
		await session.waitFor("ready");

		session.press("é");

		await session.waitFor(echoed("é"));
	});

	it("sends arrows as SS3 once the program turns on application cursor keys", async () => {
		const session = startFixture("key-echo.mjs");
		await session.waitFor("ready");
		session.press("k");
		await session.waitFor("application cursor keys");

		session.press("up");

		await session.waitFor(echoed("\x1bOA"));
		expect(session.modes().applicationCursorKeys).toBe(true);
	});

	it("answers the program's terminal queries like a real terminal", async () => {
		const session = startFixture("key-echo.mjs");
		await session.waitFor("ready");

		session.press("p");

		await session.waitFor(/key "\\u001b\[\d+;\d+R"/);
	});

	it("measures the time from a key press to the output that shows it", async () => {
		const session = startFixture("key-echo.mjs");
		await session.waitFor("ready");

		const sentAt = session.press("down");
		const elapsed = await session.timeUntil(echoed(KEYS.down), {
			since: sentAt,
		});

		// The echo comes after the key, and the time measured ends when the echo arrived.
		expect(elapsed).toBeGreaterThan(0);
		expect(sentAt + elapsed).toBeCloseTo(session.lastOutputAt ?? Number.NaN, 6);
	});
});

describe("terminal state", () => {
	it("records when the first output arrived", async () => {
		const session = startFixture("key-echo.mjs");

		await session.waitFor("ready");

		expect(session.firstOutputAt).toBeGreaterThan(session.startedAt);
		expect(session.firstTextAt).toBeGreaterThanOrEqual(session.firstOutputAt ?? Number.POSITIVE_INFINITY);
	});

	it("resizes the emulator and the pty, and the program sees its new size", async () => {
		const session = startFixture("key-echo.mjs", { cols: 80, rows: 24 });
		await session.waitFor("ready 80x24");

		await session.resize(60, 15);

		await session.waitFor("resize 60x15");
		expect([session.cols, session.rows]).toEqual([60, 15]);
		expect(session.screen()).toHaveLength(15);
	});

	it("captures OSC 8 hyperlinks with the text they cover", async () => {
		const session = startFixture("key-echo.mjs");
		await session.waitFor("ready");

		session.press("l");
		await session.waitFor("now");

		expect(session.screenText()).toContain("see Example site now");
		expect(session.hyperlinks()).toEqual([{ uri: "https://example.org", text: "Example site", params: "" }]);
	});

	it("tracks the cursor being hidden and shown", async () => {
		const session = startFixture("key-echo.mjs");
		await session.waitFor("ready");
		expect(session.cursorVisible()).toBe(true);

		session.press("h");
		await session.waitFor("cursor hidden");
		expect(session.cursorVisible()).toBe(false);

		session.press("s");
		await session.waitFor("cursor shown");
		expect(session.cursorVisible()).toBe(true);
	});

	it("tracks the alternate screen", async () => {
		const session = startFixture("key-echo.mjs");
		await session.waitFor("ready");

		session.press("a");
		await session.waitFor("alternate screen");
		expect(session.modes().alternateScreen).toBe(true);
		expect(session.screenText()).not.toContain("ready");

		session.press("A");
		await session.waitFor("main screen");
		expect(session.modes().alternateScreen).toBe(false);
		expect(session.screen()[0]).toBe("ready 100x30");
	});

	it("reads whether the pty is in raw mode", async () => {
		const session = startFixture("key-echo.mjs");
		await session.waitFor("ready");
		expect(await session.ttyState()).toMatchObject({ raw: true, echo: false });

		session.press("c");
		await session.waitFor("cooked");

		expect(await session.ttyState()).toMatchObject({
			raw: false,
			canonical: true,
			echo: true,
			signals: true,
		});
	});
});

describe("exiting", () => {
	it("captures the exit code", async () => {
		const session = startFixture("exit-with.mjs", {
			args: ["3", "failing on purpose"],
		});

		expect(await session.waitForExit()).toEqual({
			exitCode: 3,
			signal: undefined,
		});
		expect(session.screen()[0]).toBe("failing on purpose");
	});

	it("shows a clean exit leaves no terminal mode behind", async () => {
		const session = startFixture("key-echo.mjs");
		await session.waitFor("ready");
		// Keys sent back to back can arrive in one read: wait for each one's effect.
		session.press("k");
		await session.waitFor("application cursor keys");
		session.press("h");
		await session.waitFor("cursor hidden");

		session.press("q");

		expect(await session.waitForExit()).toEqual({
			exitCode: 0,
			signal: undefined,
		});
		expect(session.leftoverModes()).toEqual([]);
	});

	it("shows a careless exit leaves the cursor hidden", async () => {
		const session = startFixture("key-echo.mjs");
		await session.waitFor("ready");

		session.press("x");

		expect(await session.waitForExit()).toEqual({
			exitCode: 7,
			signal: undefined,
		});
		expect(session.leftoverModes()).toEqual(["cursor hidden"]);
	});

	it("delivers Ctrl-C to a raw-mode program as a key", async () => {
		const session = startFixture("key-echo.mjs");
		await session.waitFor("ready");

		session.press("ctrlC");

		expect(await session.waitForExit()).toEqual({
			exitCode: 130,
			signal: undefined,
		});
		expect(session.screenText()).toContain("interrupted");
	});

	it("reports the signal that killed the program", async () => {
		const session = startFixture("key-echo.mjs");
		await session.waitFor("ready");

		session.kill("SIGTERM");

		expect(await session.waitForExit()).toMatchObject({ signal: 15 });
	});
});

describe("the program's environment", () => {
	it("looks like a user's terminal even when the runner sets CI", async () => {
		vi.stubEnv("CI", "true");
		vi.stubEnv("TERM", "dumb");
		const session = startTestSession({
			command: process.execPath,
			args: [
				"-e",
				"const { CI, TERM, VITEST, EXTRA } = process.env; console.log(JSON.stringify({ CI, TERM, VITEST, EXTRA }))",
			],
			env: { EXTRA: "given" },
		});

		await session.waitForExit();

		expect(JSON.parse(session.screenText())).toEqual({
			TERM: "xterm-256color",
			EXTRA: "given",
		});
	});

	it("lets Ink draw its frames and restore the cursor", async () => {
		vi.stubEnv("CI", "true");
		const session = startFixture("ink-counter.mjs");

		await session.waitFor("count: 0", { timeout: 10_000 });
		expect(session.cursorVisible()).toBe(false);
		session.press("up");
		await session.waitFor("count: 1");
		session.press("q");

		expect(await session.waitForExit()).toEqual({
			exitCode: 0,
			signal: undefined,
		});
		expect(session.leftoverModes()).toEqual([]);
	});
});
