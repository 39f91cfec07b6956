// A $BROWSER that is not installed, or that fails, is reported in the footer: the viewer keeps running.
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { footerRow, startApp } from "./helpers/resume-app.js";

const GITHUB = "https://github.com/j-vizcaino";
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

		await session.waitFor(`Could not start firefox-not-installed: copy ${GITHUB}`);
		expect(session.exitStatus).toBeUndefined();
		expect(session.screenText()).not.toMatch(/ENOENT|Error|at .*\.js/);
		// Still drawing and reading keys.
		session.press("2");
		await session.waitFor("[2 Education]");
	});

	it("that fails is reported, and so is each entry of a colon-separated list", async () => {
		const failing = join(scratch, "failing-browser");
		await writeFile(failing, "#!/bin/sh\nexit 1\n");
		await chmod(failing, 0o755);
		const session = await startApp({ env: { BROWSER: `firefox-not-installed:${failing}`, ...SSH } });

		session.press("g");

		await session.waitFor(`Could not start firefox-not-installed or failing-browser: copy ${GITHUB}`);
		expect(footerRow(session)).toContain(GITHUB);
		session.press("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0, signal: undefined });
	});
});
