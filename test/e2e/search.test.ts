// Search in the built viewer, in a real pseudo-terminal: `npm test` builds dist/cli.js first.
import { describe, expect, it } from "vitest";
import { footerRow, paneText, scrollPosition, startApp } from "./helpers/resume-app.js";
import type { TerminalSession } from "./helpers/terminal-session.js";

/** Every cell drawn in inverse video, as "row:text" runs: how the current match stands out without colour. */
function inverseRuns(session: TerminalSession): string[] {
	const buffer = session.terminal.buffer.active;
	const runs: string[] = [];
	for (let y = 0; y < session.rows; y++) {
		const line = buffer.getLine(buffer.viewportY + y);
		let run = "";
		for (let x = 0; x <= session.cols; x++) {
			const cell = x < session.cols ? line?.getCell(x) : undefined;
			if (cell?.isInverse()) run += cell.getChars() || " ";
			else if (run) {
				runs.push(`${y}:${run}`);
				run = "";
			}
		}
	}
	return runs;
}

describe("searching", () => {
	it("/ opens a prompt in the footer that counts matches as you type, accents and case aside", async () => {
		const session = await startApp();
		session.press("/");
		await session.waitFor(() => footerRow(session).startsWith("/"));
		session.write("defense");
		await session.waitFor(() => /\/defense▏ +3 matches/.test(footerRow(session)));
	});

	it("Enter jumps to the first match, switching tab and scrolling it into view; n and N go round the rest", async () => {
		const session = await startApp({ args: ["--section", "skills"] });
		session.press("/");
		session.write("defense");
		await session.waitFor(() => footerRow(session).includes("3 matches"));
		session.press("enter");
		await session.waitFor(() => footerRow(session).startsWith("match 1 of 3"));
		// "Ministère de la Défense" is in Experience, far below its first screen.
		expect(session.screenText()).toContain("[1 Experience]");
		expect(paneText(session)).toContain("Ministère de la Défense");
		expect(scrollPosition(session)?.first).toBeGreaterThan(1);
		expect(inverseRuns(session).some((run) => run.endsWith(":Défense"))).toBe(true);

		session.press("n");
		await session.waitFor(() => footerRow(session).startsWith("match 2 of 3"));
		expect(paneText(session)).toContain("Ministère de la Défense");

		session.press("n");
		await session.waitFor(() => footerRow(session).startsWith("match 3 of 3"));
		expect(session.screenText()).toContain("[5 Misc.]");
		expect(paneText(session)).toContain("Secret Défense");

		session.press("n");
		await session.waitFor(() => footerRow(session).startsWith("match 1 of 3"));
		expect(session.screenText()).toContain("[1 Experience]");
		session.press("N");
		await session.waitFor(() => footerRow(session).startsWith("match 3 of 3"));
	});

	it("finds the name in the header from plain letters: jerome finds Jérôme", async () => {
		const session = await startApp();
		session.press("/");
		session.write("jerome");
		await session.waitFor(() => footerRow(session).includes("1 match"));
		session.press("enter");
		await session.waitFor(() => footerRow(session).startsWith("match 1 of 1"));
		expect(inverseRuns(session)).toContainEqual(expect.stringMatching(/:Jérôme$/));
	});

	it("switches to the section of a match in another tab", async () => {
		const session = await startApp();
		session.press("/");
		session.write("top secret");
		await session.waitFor(() => footerRow(session).includes("1 match"));
		session.press("enter");
		await session.waitFor("[5 Misc.]");
		expect(paneText(session)).toContain("Secret Défense (Top Secret)");
	});

	it("Esc leaves the search and its highlights; a second Esc quits", async () => {
		const session = await startApp();
		session.press("/");
		session.write("engineer");
		session.press("enter");
		await session.waitFor(() => footerRow(session).startsWith("match 1 of"));
		session.press("escape");
		await session.waitFor(() => footerRow(session).startsWith("←→ sections"));
		expect(inverseRuns(session).filter((run) => /engineer/i.test(run))).toEqual([]);
		session.press("escape");
		expect((await session.waitForExit()).exitCode).toBe(0);
	});

	it("says so when nothing matches, and typing keys into the prompt does not act on them", async () => {
		const session = await startApp();
		session.press("/");
		session.write("qqq");
		await session.waitFor(() => footerRow(session).includes("/qqq▏  no match"));
		session.press("enter");
		await session.waitFor(() => footerRow(session).includes("no match for “qqq”"));
		expect(session.exitStatus).toBeUndefined();
	});
});
