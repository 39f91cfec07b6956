// --print piped: FORCE_HYPERLINK, --width and $COLUMNS; and value flags given no value.
import stringWidth from "string-width";
import stripAnsi from "strip-ansi";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/resume-app.js";

const FIXTURE = ["--file", "test/fixtures/full.resume.json"];
const OSC8 = "\u001B]8;;";

describe("links in printed text", () => {
	it("are OSC 8 hyperlinks when FORCE_HYPERLINK=1, even piped", async () => {
		const run = await runCli([...FIXTURE, "--print"], { FORCE_HYPERLINK: "1" });
		expect(run.code).toBe(0);
		expect(run.stdout).toContain(`${OSC8}https://github.com/kjohnson\u0007`);
	});

	it("are plain URLs when FORCE_HYPERLINK=0, or piped without it", async () => {
		for (const env of [{ FORCE_HYPERLINK: "0" }, {}]) {
			const run = await runCli([...FIXTURE, "--print"], env);
			expect(run.stdout).not.toContain(OSC8);
			expect(run.stdout).toContain("GitHub:   https://github.com/kjohnson");
		}
	});
});

describe("the width of printed text", () => {
	const widest = (text: string) =>
		Math.max(
			...stripAnsi(text)
				.split("\n")
				.map((line) => stringWidth(line)),
		);

	it("is unlimited when piped without --width or $COLUMNS", async () => {
		const run = await runCli(FIXTURE, { COLUMNS: undefined });
		expect(widest(run.stdout)).toBeGreaterThan(80);
	});

	it.each([
		["--width 40", ["--width", "40"], {}],
		["$COLUMNS", [], { COLUMNS: "40" }],
		["--width over $COLUMNS", ["--width", "40"], { COLUMNS: "100" }],
	] as const)("follows %s, with a hanging indent", async (_how, args, env) => {
		const run = await runCli([...FIXTURE, ...args], env);
		expect(run.code).toBe(0);
		expect(widest(run.stdout)).toBeLessThanOrEqual(40);
		const lines = run.stdout.split("\n");
		const link = lines.findIndex((line) => line.startsWith("LinkedIn: "));
		expect(lines[link + 1]).toMatch(/^ {10}\S/);
	});
});

describe("a flag that needs a value and gets none", () => {
	it.each([
		["--theme", "--theme needs dark, light or auto (see --help)"],
		["--section", "--section needs a section name (see --help)"],
		["-s", "-s needs a section name (see --help)"],
		["--width", "--width needs a number of columns (see --help)"],
	])("%s is a usage error on one line, exit 2", async (flag, message) => {
		for (const args of [[flag], [flag, "--print"]]) {
			const run = await runCli(args);
			expect(run.code).toBe(2);
			expect(run.stdout).toBe("");
			expect(run.stderr).toBe(`jvizcaino-resume: ${message}\n`);
		}
	});

	it("--width that is not a whole number is a usage error too", async () => {
		const run = await runCli(["--width", "wide"]);
		expect([run.code, run.stderr]).toEqual([
			2,
			"jvizcaino-resume: --width must be a whole number of columns (see --help)\n",
		]);
	});
});
