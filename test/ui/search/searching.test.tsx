// Searching as a reader sees it, on the fixture résumé: the prompt, the count, the jumps and the
// highlights. Where each key leaves the viewer's state is told by test/ui/state/search.test.ts.
import { describe, expect, it } from "vitest";
import { activeTabOf, paneLinesOf, positionOf, startViewer, statusOf } from "../helpers/render-app.js";

/** Text drawn in inverse video: how the current match shows without colour. */
const CURRENT = (text: string) => `\u001B[7m${text}\u001B[27m`;

describe("searching", () => {
	it("/ opens a prompt in the footer that counts matches as you type, accents and case aside", async () => {
		const app = await startViewer();
		await app.press("/");
		await app.waitForFrame((frame) => statusOf(frame).startsWith("/▏"));
		await app.press("DONNEES");
		await app.waitForFrame((frame) => statusOf(frame) === "/DONNEES▏  1 match");
	});

	it("Enter jumps to the first match, switching tab and scrolling it into view; n and N go round the rest", async () => {
		// "PostgreSQL" is twice far down Work, then once in Tools.
		const app = await startViewer({ initialSection: 2 });
		await app.press("/");
		await app.press("postgresql");
		await app.waitForFrame((frame) => statusOf(frame).endsWith("3 matches"));
		await app.press("\r");
		let frame = await app.waitForFrame((text) => statusOf(text).startsWith("match 1 of 3"));
		expect(activeTabOf(frame)).toBe("[1 Work]");
		expect(positionOf(frame)).not.toMatch(/^1–/);
		expect(app.rawFrame()).toContain(CURRENT("PostgreSQL"));

		await app.press("n");
		frame = await app.waitForFrame((text) => statusOf(text).startsWith("match 2 of 3"));
		expect(paneLinesOf(frame).join(" ")).toContain("Java, PostgreSQL");
		await app.press("n");
		frame = await app.waitForFrame((text) => statusOf(text).startsWith("match 3 of 3"));
		expect(activeTabOf(frame)).toBe("[3 Tools]");
		await app.press("n");
		frame = await app.waitForFrame((text) => statusOf(text).startsWith("match 1 of 3"));
		expect(activeTabOf(frame)).toBe("[1 Work]");
		await app.press("N");
		await app.waitForFrame((text) => statusOf(text).startsWith("match 3 of 3"));
	});

	it("finds the name in the header, and highlights it there", async () => {
		const app = await startViewer();
		await app.press("/");
		await app.press("ada quill");
		await app.waitForFrame((frame) => statusOf(frame).endsWith("1 match"));
		await app.press("\r");
		const frame = await app.waitForFrame((text) => statusOf(text).startsWith("match 1 of 1"));
		expect(activeTabOf(frame)).toBe("[1 Work]");
		expect(app.rawFrame()).toContain(CURRENT("Ada Quill"));
	});

	it("Esc leaves the search and its highlights", async () => {
		const app = await startViewer();
		await app.press("/");
		await app.press("engineer\r");
		await app.waitForFrame((frame) => statusOf(frame).startsWith("match 1 of"));
		await app.press("escape");
		await app.waitForFrame((frame) => statusOf(frame).startsWith("←→ sections"));
		expect(app.rawFrame()).not.toContain("\u001B[7m");
		expect(app.rawFrame()).not.toContain("\u001B[4m");
	});

	it("says so when nothing matches, and keys typed into the prompt do not act", async () => {
		const app = await startViewer();
		await app.press("/");
		await app.press("qqq");
		await app.waitForFrame((frame) => statusOf(frame) === "/qqq▏  no match");
		await app.press("\r");
		await app.waitForFrame((frame) => statusOf(frame).startsWith("no match for “qqq”"));
		expect(app.hasExited()).toBe(false);
	});
});
