// The build patches its dependencies (scripts/build/PATCHES.md). These tests run the built bundle,
// copied away from node_modules as npm installs it, and hold it to the behaviour of the unpatched code.
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SAMPLE_RESUME, waitForRawMode } from "../e2e/helpers/resume-app.js";
import { type KeyName, startTestSession, type TerminalSession } from "../e2e/helpers/terminal-session.js";
import { waitFor } from "../helpers/wait-for.js";
import { projectRoot, temporaryFolder } from "./packed-tarball.js";

/**
 * The patches that change no behaviour, only speed or size: a build without them is the reference
 * the shipped bundle must draw exactly like. (bundle-cfonts-fonts and without-ink-devtools stay: the
 * bundle cannot be built without them; hyperlinks-under-tmux changes behaviour on purpose.)
 */
const SPEED_PATCHES = [
	"decode-yoga-without-fetch",
	"meow-normalize-on-demand",
	"ink-output-caches-across-frames",
	"ink-text-caches-bounded",
	"styled-chars-fast-path",
	"string-width-fast-path",
	"one-string-width",
	"lazy-segmenters",
	"without-highlighting-or-emoji",
];
/** The footer's position: "1–14 of 91", or "all 12" for a résumé that fits the screen. */
const FIRST_FRAME = /\d+–\d+ of \d+|all \d+/;
const FIRST_FRAME_TIMEOUT_MS = 20_000;
const WIDE_TEXT = join(projectRoot, "test", "release", "fixtures", "wide-text.md");
const TABLE_AND_CODE = join(projectRoot, "test", "fixtures", "table-and-code.md");

let folder: string;
let shipped: string;
let unpatched: string;

beforeAll(async () => {
	folder = temporaryFolder();
	// Out of the work tree: nothing the bundle needs can come from node_modules.
	// Shaped as npm installs it: Ink reads its version from ../package.json under DEV=true.
	mkdirSync(join(folder, "package", "dist"), { recursive: true });
	copyFileSync(join(projectRoot, "package.json"), join(folder, "package", "package.json"));
	// cli.js, the chunks it loads from beside it, and serve.js: what the tarball ships of dist/.
	for (const file of readdirSync(join(projectRoot, "dist")).filter((name) => name.endsWith(".js")))
		copyFileSync(join(projectRoot, "dist", file), join(folder, "package", "dist", file));
	shipped = join(folder, "package", "dist", "cli.js");
	await promisify(execFile)(process.execPath, ["scripts/build.mjs"], {
		cwd: projectRoot,
		env: { ...process.env, BUILD_OUT_DIR: join(folder, "unpatched"), BUILD_WITHOUT: SPEED_PATCHES.join(",") },
	});
	unpatched = join(folder, "unpatched", "cli.js");
}, 120_000);

afterAll(() => {
	if (folder) rmSync(folder, { recursive: true, force: true });
});

function start(bin: string, args: readonly string[] = [], env: Record<string, string | undefined> = {}) {
	return startTestSession({
		command: process.execPath,
		args: [bin, ...args],
		cols: 100,
		rows: 30,
		env: { COLORFGBG: "15;0", FORCE_COLOR: "3", ...env },
	});
}

/** Presses the key in both, then waits until both have repainted to the same cells and colours. */
async function pressInBoth(key: KeyName, a: TerminalSession, b: TerminalSession): Promise<void> {
	const before = a.screenSignature();
	a.press(key);
	b.press(key);
	await waitFor(
		() => a.screenSignature() !== before && a.screenSignature() === b.screenSignature(),
		() =>
			`the same screen after ${key}:\nshipped (${JSON.stringify(a.exitStatus)}):\n${a.screenText()}\nunpatched (${JSON.stringify(b.exitStatus)}):\n${b.screenText()}`,
	);
}

/** Each one changes the screen of both fixtures (both open on a section longer than a screen). */
const KEYS: readonly KeyName[] = ["down", "down", "pageDown", "up", "right", "right", "left", "left", "end", "home"];

describe("the shipped bundle, against a build without its speed patches", () => {
	it.each([
		// A résumé of the tests' own, long enough that every key repaints: not content/resume.md.
		["a résumé", ["--file", SAMPLE_RESUME]],
		["wide, combining and emoji text", ["--file", WIDE_TEXT]],
	])("draws %s the same, frame after frame, colours included", async (_name, args) => {
		const a = start(shipped, args);
		const b = start(unpatched, args);
		for (const session of [a, b]) {
			await session.waitFor(FIRST_FRAME, { timeout: FIRST_FRAME_TIMEOUT_MS });
			await waitForRawMode(session);
		}
		await waitFor(
			() => a.screenSignature() === b.screenSignature(),
			() => `the same first frame:\nshipped:\n${a.screenText()}\nunpatched:\n${b.screenText()}`,
		);
		for (const key of KEYS) await pressInBoth(key, a, b);
	});

	it.each([
		["wide text", WIDE_TEXT],
		["tables and code blocks", TABLE_AND_CODE],
	])("prints the same %s for --print and --json, in colour", async (_name, file) => {
		const run = (bin: string, flag: string) =>
			promisify(execFile)(process.execPath, [bin, flag, "--file", file], {
				env: { ...process.env, FORCE_COLOR: "3" },
			});
		for (const flag of ["--print", "--json"])
			expect((await run(shipped, flag)).stdout).toBe((await run(unpatched, flag)).stdout);
	});
});

describe("patches with a behaviour of their own", () => {
	it("decode-yoga-without-fetch: the first frame is drawn without calling fetch, which yoga calls unpatched", async () => {
		const spy = join(folder, "fetch-spy.mjs");
		writeFileSync(
			spy,
			`import { appendFileSync } from "node:fs";
globalThis.fetch = (url) => {
	appendFileSync(process.env.FETCH_CALLS, String(url).slice(0, 40) + "\\n");
	return new Promise(() => {});
};\n`,
		);
		const calls = (name: string) => join(folder, `fetch-calls-${name}.txt`);
		const withSpy = (name: string) => ({ NODE_OPTIONS: `--import ${spy}`, FETCH_CALLS: calls(name) });
		// The spy sees yoga fetch its own data: URL in the unpatched build (which then never draws).
		start(unpatched, [], withSpy("unpatched"));
		await vi.waitFor(() => expect(existsSync(calls("unpatched")), "the unpatched build to call fetch").toBe(true), {
			timeout: FIRST_FRAME_TIMEOUT_MS,
			interval: 10,
		});
		expect(readFileSync(calls("unpatched"), "utf8")).toMatch(/^data:application\/octet-stream;base64,/);
		const session = start(shipped, [], withSpy("shipped"));
		await session.waitFor(FIRST_FRAME, { timeout: FIRST_FRAME_TIMEOUT_MS });
		expect(existsSync(calls("shipped"))).toBe(false);
	});

	it("bundle-cfonts-fonts: the big name is drawn with the bundle away from node_modules", async () => {
		const session = start(shipped);
		await session.waitFor(FIRST_FRAME, { timeout: FIRST_FRAME_TIMEOUT_MS });
		// The name's big letters fill the first rows; without its fonts cfonts draws nothing there.
		expect(session.screen().slice(0, 3).join("")).toMatch(/[╦╔═╗╚╝█]{3}/);
	});

	it("without-ink-devtools: DEV=true, which makes Ink load its devtools, still draws", async () => {
		const session = start(shipped, [], { DEV: "true" });
		await session.waitFor(FIRST_FRAME, { timeout: FIRST_FRAME_TIMEOUT_MS });
		expect(session.exitStatus).toBeUndefined();
	});
});
