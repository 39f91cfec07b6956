// A $BROWSER that is not installed, or that fails, is reported in the footer: the viewer keeps running.
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { footerRow, startApp } from "./helpers/resume-app.js";

const GITHUB = "https://github.com/ada-quill-example";
const SSH = { SSH_CONNECTION: "192.0.2.1 50000 192.0.2.2 22" };

let scratch: string;

beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), "resume-browser-"));
});

afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

describe("a $BROWSER that cannot open the link", () => {
	it("that is not installed is reported, and the viewer keeps running", async () => {
		const session = await startApp({ env: { BROWSER: "firefox-not-installed", ...SSH } });

		session.press("g");

		await session.waitFor("Could not start firefox-not-installed: copied the link instead");
		expect(session.screenText().replaceAll("\n", "")).toContain(GITHUB);
		expect(session.exitStatus).toBeUndefined();
		expect(session.screenText()).not.toMatch(/ENOENT|Error|at .*\.js/);
		// Still drawing and reading keys.
		session.press("2");
		await session.waitFor("[2 Studies]");
	});

	it("that fails is reported, and so is each entry of a colon-separated list", async () => {
		const failing = join(scratch, "failing-browser");
		await writeFile(failing, "#!/bin/sh\nexit 1\n");
		await chmod(failing, 0o755);
		const session = await startApp({ env: { BROWSER: `firefox-not-installed:${failing}`, ...SSH } });

		session.press("g");

		await session.waitFor("Could not start firefox-not-installed or failing-browser: copied the link instead");
		expect(footerRow(session)).toContain(GITHUB);
		session.press("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0, signal: undefined });
	});
});

describe("the URL to copy", () => {
	it.each([50, 30])("is shown whole in a window %i columns wide, on as many rows as it needs", async (columns) => {
		const session = await startApp({ cols: columns, rows: 24, env: { BROWSER: "firefox-not-installed", ...SSH } });

		session.press("g");

		const statusText = (rows: readonly string[]) => {
			const top = rows.findIndex((row) => row.startsWith("Could not start"));
			return top === -1 ? "" : rows.slice(top, -1).join("");
		};
		await session.waitFor((_text, current) => statusText(current.screen()).includes(GITHUB));
		const rows = session.screen();
		// Rows break at spaces, or inside the URL where it is wider than a row.
		const squashed = (text: string) => text.replaceAll(" ", "");
		expect(squashed(statusText(rows))).toBe(
			squashed(`Could not start firefox-not-installed: copied the link instead · ${GITHUB}`),
		);
		// The frame still fits the window: the pane gave up the rows.
		expect(rows.at(-1)).toBe("");
		expect(session.wrappedRows()).toEqual([]);
	});
});
