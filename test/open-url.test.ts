import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserCommands, describeOpenOutcome, openUrl, SYSTEM_OPENER } from "../source/open-url.js";

const URL_ = "https://github.com/ada";
let scratch: string;

beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), "open-url-"));
});

afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

/** A $BROWSER that records its arguments, one per line, then exits with `exitCode`. */
async function fakeBrowser(name: string, exitCode: number) {
	const log = join(scratch, `${name}.log`);
	const script = join(scratch, name);
	await writeFile(script, `#!/bin/sh\nprintf '%s\\n' "$@" >> '${log}'\nexit ${exitCode}\n`);
	await chmod(script, 0o755);
	return { script, calls: () => readFile(log, "utf8").catch(() => "") };
}

describe("opening a link with $BROWSER", () => {
	it("gives the URL to the command as its last argument", async () => {
		const browser = await fakeBrowser("works", 0);
		expect(await openUrl(URL_, { browser: browser.script, remoteSession: true })).toEqual({
			opened: true,
			via: "works",
			failed: [],
		});
		expect(await browser.calls()).toBe(`${URL_}\n`);
	});

	it("puts the URL where %s stands", async () => {
		const browser = await fakeBrowser("with-placeholder", 0);
		await openUrl(URL_, { browser: `${browser.script} --new-tab=%s --raise`, remoteSession: true });
		expect(await browser.calls()).toBe(`--new-tab=${URL_}\n--raise\n`);
	});

	it("reports a command that is not installed, without throwing, and tries the next", async () => {
		const browser = await fakeBrowser("next-in-line", 0);
		const outcome = await openUrl(URL_, { browser: `/nonexistent/firefox:${browser.script}`, remoteSession: true });
		expect(outcome).toEqual({ opened: true, via: "next-in-line", failed: ["firefox"] });
		expect(await browser.calls()).toBe(`${URL_}\n`);
	});

	it("reports a command that fails, and tries the next", async () => {
		const failing = await fakeBrowser("failing", 3);
		const working = await fakeBrowser("after-failing", 0);
		const outcome = await openUrl(URL_, { browser: `${failing.script}:${working.script}`, remoteSession: true });
		expect(outcome).toEqual({ opened: true, via: "after-failing", failed: ["failing"] });
		expect(await failing.calls()).toBe(`${URL_}\n`);
	});

	it("over SSH, names every command that failed and tries no system opener", async () => {
		const failing = await fakeBrowser("failing-over-ssh", 1);
		const outcome = await openUrl(URL_, { browser: `nonexistent-browser-x:${failing.script}`, remoteSession: true });
		expect(outcome).toEqual({
			opened: false,
			reason: "Could not start nonexistent-browser-x or failing-over-ssh",
			failed: ["nonexistent-browser-x", "failing-over-ssh"],
		});
	});

	it("over SSH without $BROWSER, says there is no browser", async () => {
		expect(await openUrl(URL_, { remoteSession: true })).toEqual({
			opened: false,
			reason: "No browser over SSH",
			failed: [],
		});
	});

	it("falls back on the system opener, and reports it too when it cannot start", async () => {
		const path = process.env.PATH;
		process.env.PATH = await mkdtemp(join(scratch, "empty-path-"));
		try {
			const outcome = await openUrl(URL_, { browser: "nonexistent-browser-y", remoteSession: false });
			expect(outcome).toEqual({
				opened: false,
				reason: `Could not start nonexistent-browser-y or ${SYSTEM_OPENER}`,
				failed: ["nonexistent-browser-y", SYSTEM_OPENER],
			});
		} finally {
			process.env.PATH = path;
		}
	});

	it("opens nothing but http, https and mailto", async () => {
		const browser = await fakeBrowser("never-called", 0);
		const outcome = await openUrl("javascript:alert(1)", { browser: browser.script, remoteSession: false });
		expect(outcome.opened).toBe(false);
		expect(await browser.calls()).toBe("");
	});
});

describe("reading $BROWSER", () => {
	it("splits on colons and blanks, skipping empty entries", () => {
		expect(browserCommands(" firefox -P work ::w3m %s", URL_)).toEqual([
			{ program: "firefox", args: ["-P", "work", URL_] },
			{ program: "w3m", args: [URL_] },
		]);
	});
});

describe("what the footer says", () => {
	it("names the browser that opened the link", () => {
		expect(describeOpenOutcome({ opened: true, via: "firefox", failed: [] }, URL_, { copied: false })).toBe(
			`Opened ${URL_} (firefox)`,
		);
	});

	it("names the command that could not start before the one that did", () => {
		expect(
			describeOpenOutcome({ opened: true, via: SYSTEM_OPENER, failed: ["firefox"] }, URL_, { copied: false }),
		).toBe(`Could not start firefox: opened ${URL_} with the system browser`);
	});

	it("says the link was copied instead, and still shows it whole", () => {
		const outcome = { opened: false, reason: "Could not start firefox", failed: ["firefox"] } as const;
		expect(describeOpenOutcome(outcome, URL_, { copied: true })).toBe(
			`Could not start firefox: copied the link instead · ${URL_}`,
		);
		expect(describeOpenOutcome(outcome, URL_, { copied: false })).toBe(`Could not start firefox: copy ${URL_}`);
	});

	it("shows an email address without its mailto:", () => {
		const outcome = { opened: false, reason: "No browser over SSH" } as const;
		expect(describeOpenOutcome(outcome, "mailto:ada@example.org", { copied: false })).toBe(
			"No browser over SSH: copy ada@example.org",
		);
	});
});
