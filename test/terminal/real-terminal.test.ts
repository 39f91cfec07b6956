import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { KEYS as TERMINAL_KEYS } from "../../scripts/lib/terminal-session.mjs";
import { startTestSession } from "../e2e/helpers/terminal-session.js";
import { sgrReport } from "./helpers/reports.js";

const FIXTURE = fileURLToPath(new URL("fixtures/filtered-ink.tsx", import.meta.url));

/** The fixture under tsx, in a pseudo-terminal, so process.stdin is a real TTY. */
function startFixture(...args: string[]) {
	return startTestSession({ command: process.execPath, args: ["--import", "tsx", FIXTURE, ...args] });
}

describe("the filter on a real terminal", () => {
	it("Ink hears the keys, the mouse reports go to onMouse, and q leaves the terminal as it was", async () => {
		const session = startFixture();
		await session.waitFor("listening");
		expect(session.modes().mouseTracking).toBe("vt200");

		session.write(`${TERMINAL_KEYS.up}${sgrReport(65, 10, 5)}x`);
		session.write(sgrReport(0, 3, 1));
		session.write(TERMINAL_KEYS.escape);
		const screen = await session.waitFor("key escape");

		expect(screen.split("\n").filter((line) => line.startsWith("key") || line.startsWith("mouse"))).toEqual([
			"key up",
			"mouse wheel 10,5",
			"key x",
			"mouse press 3,1",
			"key escape",
		]);

		session.press("q");
		expect(await session.waitForExit()).toMatchObject({ exitCode: 0 });
		expect(session.modes().mouseTracking).toBe("none");
	});

	it("a filter disposed before Ink ever ran does not keep the process alive", async () => {
		const session = startFixture("without-ink");
		await session.waitFor("disposed");
		expect(await session.waitForExit()).toMatchObject({ exitCode: 0 });
	});
});
