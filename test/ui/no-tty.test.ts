import { type SpawnSyncOptions, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { KEYMAP } from "../../source/ui/keymap.js";

// The built bundle, as `npx jvizcaino-resume` runs it: `npm test` builds it first.
const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

/** Printed instead of the bundled résumé: these tests are about the program, not its content. */
const FIXTURE = fileURLToPath(new URL("../fixtures/sample-resume.md", import.meta.url));

const SECTION_SLUGS = ["work", "studies", "tools", "languages", "elsewhere"];

/** This environment without what would change the output behind the test's back. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const { CI: _ci, FORCE_COLOR: _force, NO_COLOR: _noColor, FORCE_HYPERLINK: _hyperlink, ...env } = process.env;
	return { ...env, ...extra };
}

type Run = { status: number | null; stdout: string; stderr: string };

/** Runs the CLI with stdin and stdout that are not terminals (stdin from /dev/null unless `input` is given). */
function run(args: readonly string[], options: { env?: Record<string, string>; input?: string } = {}): Run {
	const spawnOptions: SpawnSyncOptions = {
		env: cleanEnv(options.env),
		encoding: "utf8",
		timeout: 15_000,
		stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
		input: options.input,
	};
	// meow answers --help and --version only when they come alone.
	const asksAbout = args.some((arg) => /^(-h|--help|-v|--version)$/.test(arg));
	const result = spawnSync(process.execPath, [CLI, ...(asksAbout ? [] : ["--file", FIXTURE]), ...args], spawnOptions);
	if (result.error) throw result.error;
	return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** stderr's lines, without the newline that ends the last. */
function linesOfStderr(stderr: string): string[] {
	expect(stderr.endsWith("\n")).toBe(true);
	return stderr.slice(0, -1).split("\n");
}

beforeAll(() => {
	if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
});

describe("without a terminal", () => {
	it("prints the whole résumé and exits 0", () => {
		const { status, stdout, stderr } = run([], { env: { NO_COLOR: "1" } });
		expect(status).toBe(0);
		expect(stderr).toBe("");
		expect(stdout).toContain("Ada Quill");
		expect(stdout).toContain("Work");
		expect(stdout).toContain("Languages");
		expect(stdout).toContain("https://github.com/ada-quill-example");
	});

	it("writes no escape sequence with NO_COLOR set", () => {
		const { stdout } = run([], { env: { NO_COLOR: "1" } });
		expect(stdout).not.toContain("\u001B");
	});

	it("writes no escape sequence to a pipe by default either", () => {
		const { status, stdout } = run([]);
		expect(status).toBe(0);
		expect(stdout).not.toContain("\u001B");
	});

	it("prints when its input is piped in: echo | jvizcaino-resume", () => {
		const { status, stdout, stderr } = run([], { env: { NO_COLOR: "1" }, input: "\n" });
		expect(status).toBe(0);
		expect(stderr).toBe("");
		expect(stdout).toContain("Ada Quill");
		expect(stdout).toContain("Work");
		expect(stdout).not.toContain("\u001B");
	});
});

describe("--help", () => {
	it("lists every key of the viewer, as the keymap binds it", () => {
		const { status, stdout } = run(["--help"]);
		expect(status).toBe(0);
		const lines = stdout.split("\n").map((line) => line.trim().replace(/\s+/g, " "));
		const others = KEYMAP.filter((binding) => binding.contact?.startsWith("other-"));
		for (const binding of KEYMAP.filter((entry) => !others.includes(entry)))
			expect(lines).toContain(`${binding.label} ${binding.description}`);
		// The keys of other profiles and links share one row.
		expect(lines).toContain(
			`${others.map((binding) => binding.label).join(" ")} Open other profiles and links, in the header's order`,
		);
	});
});

describe("short flags and --section with --print", () => {
	it("-h shows the help and -v the version, as --help and --version do", () => {
		expect(run(["-h"]).stdout).toBe(run(["--help"]).stdout);
		expect(run(["-v"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
	});

	it("--print --section tools prints the header and the Tools section alone", () => {
		const { status, stdout } = run(["--print", "--section", "tools"]);
		expect(status).toBe(0);
		expect(stdout).toContain("Ada Quill");
		expect(stdout).toContain("Kafka, Flink, Spark");
		expect(stdout).not.toContain("Lanternfish Analytics");
		expect(stdout).not.toContain("INSA Lyon");
	});
});

describe("mistakes on the command line", () => {
	it("--print with --json, or --json with --section, exits 2 with one line saying why", () => {
		for (const args of [
			["--print", "--json"],
			["--json", "--section", "tools"],
		]) {
			const { status, stdout, stderr } = run(args);
			expect(status).toBe(2);
			expect(stdout).toBe("");
			expect(linesOfStderr(stderr)).toHaveLength(1);
		}
	});

	it("--bogus exits 2 with one line naming it", () => {
		const { status, stdout, stderr } = run(["--bogus"]);
		expect(status).toBe(2);
		expect(stdout).toBe("");
		const lines = linesOfStderr(stderr);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain("--bogus");
	});

	it("-x exits 2 with one line naming it", () => {
		const { status, stderr } = run(["-x"]);
		expect(status).toBe(2);
		const lines = linesOfStderr(stderr);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/(^|\s)-x(\s|$)/);
	});

	it("--section nope exits 2 listing the sections there are", () => {
		const { status, stdout, stderr } = run(["--section", "nope"]);
		expect(status).toBe(2);
		expect(stdout).toBe("");
		const lines = linesOfStderr(stderr);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain('"nope"');
		for (const slug of SECTION_SLUGS) expect(lines[0]).toContain(slug);
	});
});

describe("a reader that stops reading, or an output that cannot be written", () => {
	it.each([["--print"], ["--json"]])("%s into a pipe closed after the first bytes ends quietly, with 0", (flag) => {
		// `head -c 1` reads one byte and closes the pipe: every later write fails with EPIPE.
		const result = spawnSync(
			"sh",
			["-c", `"$0" "$1" --file "$2" ${flag} --width 10000 | head -c 1`, process.execPath, CLI, FIXTURE],
			{
				env: cleanEnv(),
				encoding: "utf8",
				timeout: 15_000,
			},
		);
		expect(result.stderr).toBe("");
		// With pipefail, the pipeline's status is the program's.
		expect(result.status).toBe(0);
	});

	it("to a full disk is one line and exit 1", () => {
		const result = spawnSync("sh", ["-c", '"$0" "$1" --file "$2" --json > /dev/full', process.execPath, CLI, FIXTURE], {
			env: cleanEnv(),
			encoding: "utf8",
			timeout: 15_000,
		});
		expect(result.status).toBe(1);
		expect(linesOfStderr(result.stderr)).toEqual([
			"jvizcaino-resume: cannot write the output: ENOSPC: no space left on device, write",
		]);
	});
});
