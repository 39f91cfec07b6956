// Ctrl-Z under a shell with job control, as less and vim behave: the shell gets its screen and a sane
// terminal back while the viewer is stopped, and `fg` brings the viewer back as it was.
import { describe, expect, it } from "vitest";
import { CLI_PATH, footerLaidOutAt } from "./helpers/resume-app.js";
import { startTestSession } from "./helpers/terminal-session.js";

const FRAME = /\d+–\d+ of \d+|all \d+/;

/** The shell is waiting at its prompt: the last row written is the prompt alone. */
const atPrompt = (text: string) => text.trimEnd().split("\n").at(-1) === "shell$";

describe("Ctrl-Z", () => {
	it("stops the viewer with the terminal given back, and fg redraws it, at the window's new size", async () => {
		const session = startTestSession({
			command: "bash",
			args: ["--norc", "--noprofile", "-i"],
			env: { PS1: "shell$ ", HISTFILE: "/dev/null" },
		});
		await session.waitFor("shell$");
		session.write(
			`echo before the viewer; '${process.execPath}' '${CLI_PATH}' --file test/fixtures/full.resume.json\r`,
		);
		await session.waitFor(FRAME, { timeout: 15_000 });
		expect(session.modes()).toMatchObject({ alternateScreen: true, mouseTracking: "vt200", cursorVisible: false });

		session.write("\u001A");

		await session.waitFor((text) => text.includes("Stopped") && atPrompt(text));
		// (Bracketed paste is bash's own, for its prompt.)
		expect(session.modes()).toMatchObject({ alternateScreen: false, mouseTracking: "none", cursorVisible: true });
		expect(session.screenText()).toContain("before the viewer");
		// The shell reads lines as usual: what is typed is echoed.
		session.write("echo typed while stopped\r");
		await session.waitFor(/^typed while stopped$/m);

		// A window resized while the viewer is stopped: the SIGWINCH went to the shell, not to it.
		await session.resize(80, 24);
		session.write("fg\r");

		await session.waitFor(footerLaidOutAt(80, 24));
		expect(session.modes()).toMatchObject({ alternateScreen: true, mouseTracking: "vt200", cursorVisible: false });
		expect(session.screenText()).toContain("[1 Summary]");
		session.press("right");
		await session.waitFor(/\[2 \w+/);
		session.press("q");
		await session.waitFor("Katherine Johnson · Research Mathematician");
		await session.waitFor(atPrompt);
		expect(session.modes()).toMatchObject({ alternateScreen: false, mouseTracking: "none", cursorVisible: true });
		expect(session.screenText()).toContain("typed while stopped");
	});
});
