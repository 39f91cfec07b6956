// The screen-reader layout of the built viewer in a real pseudo-terminal.
import { describe, expect, it } from "vitest";
import { CLI_PATH, SAMPLE_RESUME } from "./helpers/resume-app.js";
import { startTestSession } from "./helpers/terminal-session.js";

/** SGR foreground colours: 30–37, 90–97, 38;5;n and 38;2;r;g;b. */
const FOREGROUND_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[(3[0-8]|9[0-7])[;m]`);

const startScreenReader = async (how: { args?: string[]; env?: Record<string, string> }) => {
	const session = startTestSession({
		command: process.execPath,
		args: [CLI_PATH, "--file", SAMPLE_RESUME, ...(how.args ?? [])],
		env: how.env ?? {},
	});
	await session.waitFor(/Lines \d+ to \d+ of \d+\.|All \d+ lines shown\./, { timeout: 15_000 });
	return session;
};

describe("with a screen reader", () => {
	it("--screen-reader lays the viewer out as sentences: no big text, no box drawing, labelled tabs and links", async () => {
		const session = await startScreenReader({ args: ["--screen-reader"] });
		const text = session.screenText();
		expect(text).toContain("Ada Quill, Staff Data Engineer, Lyon, France");
		expect(text).toContain("tablist: tab: (selected) 1 of 5, Work\ntab: 2 of 5, Studies");
		expect(text).toContain("listitem: link https://github.com/ada-quill-example, press g to open");
		expect(text).toContain("listitem: link PDF version, https://ada-quill.example.org/cv.pdf, press p to open");
		expect(text).toMatch(/^Lines 1 to \d+ of \d+\.$/m);
		expect(text.replace(/\s+/g, " ")).toMatch(/Keys: left and right arrows change section; .*q quits\./);
		expect(text).not.toMatch(/[█╗╔║│┃─]/);
		// No colour at all: a screen reader reads words.
		expect(session.output()).not.toMatch(FOREGROUND_COLOUR);
	});

	it("INK_SCREEN_READER=true does the same, and keys still move between sections", async () => {
		const session = await startScreenReader({ env: { INK_SCREEN_READER: "true" } });
		session.press("right");
		await session.waitFor("tab: (selected) 2 of 5, Studies");
		expect(session.screenText()).toContain("INSA Lyon");
		session.press("q");
		expect((await session.waitForExit()).exitCode).toBe(0);
	});
});
