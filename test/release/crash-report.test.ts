import { execFile, spawn } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { crashReport, wantsStackTrace } from "../../source/crash-report.js";
import { collectOutput } from "../helpers/collect-output.js";
import { projectRoot } from "./packed-tarball.js";

const FAILING_JSON = join(projectRoot, "test", "release", "fixtures", "json-stringify-throws.mjs");

function runBundle(bundle: string, env: Record<string, string>, nodeOptions: readonly string[] = []) {
	const { DEBUG, ...inherited } = process.env;
	const child = spawn(process.execPath, [...nodeOptions, "--import", FAILING_JSON, bundle, "--json"], {
		cwd: projectRoot,
		env: { ...inherited, ...env },
	});
	return collectOutput(child);
}

describe("wantsStackTrace reads DEBUG as the debug package does", () => {
	it.each([
		["jvizcaino-resume", true],
		["express,jvizcaino-resume", true],
		["*", true],
		["", false],
		["jvizcaino", false],
		["jvizcaino-resume-extra", false],
	])("DEBUG=%j → %s", (debug, wanted) => {
		expect(wantsStackTrace(debug)).toBe(wanted);
	});
});

describe("crashReport", () => {
	it("gives a reader one line that ends by naming the switch", () => {
		const report = crashReport(new Error("disk on fire"), undefined);
		expect(report).toBe("unexpected error: disk on fire; for its stack trace, set DEBUG=jvizcaino-resume");
	});

	it("gives a maintainer the stack", () => {
		const error = new Error("disk on fire");
		error.stack = "Error: disk on fire\n    at main (/somewhere/source/cli.tsx:10:2)";
		expect(crashReport(error, "jvizcaino-resume")).toBe(`unexpected error: ${error.stack}`);
	});
});

describe("an unexpected error in the published bundle", () => {
	it("prints one line and exits 1", async () => {
		const run = await runBundle("dist/cli.js", {});
		expect(run.code).toBe(1);
		expect(run.stderr).toBe(
			"jvizcaino-resume: unexpected error: boom from the test; for its stack trace, set DEBUG=jvizcaino-resume\n",
		);
	});

	it("prints its stack with DEBUG=jvizcaino-resume, which scripts/map-stack.mjs maps to source/", async () => {
		const run = await runBundle("dist/cli.js", { DEBUG: "jvizcaino-resume" });
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/^jvizcaino-resume: unexpected error: Error: boom from the test\n {4}at /);
		// The bin's chunks: cli.js and what it loads beside it (cli-XXXXXXXX.js, json-mode-…).
		expect(run.stderr).toMatch(/dist\/[\w-]+\.js:\d+:\d+/);
		expect(run.stderr).toContain("node scripts/map-stack.mjs");
		const mapper = spawn(process.execPath, ["scripts/map-stack.mjs"], { cwd: projectRoot });
		mapper.stdin.end(run.stderr);
		const mapped = await collectOutput(mapper);
		expect(mapped.code).toBe(0);
		expect(mapped.stdout).toMatch(/\(source\/modes\/json-mode\.ts:\d+:\d+\)/);
		expect(mapped.stdout).toMatch(/\(source\/cli\.tsx:\d+:\d+\)/);
		expect(mapped.stdout).not.toMatch(/dist\/[\w-]+\.js:\d+/);
	}, 60_000);
});

describe("an unexpected error in the development build", () => {
	beforeAll(async () => {
		await promisify(execFile)(process.execPath, ["scripts/build.mjs", "--dev"], { cwd: projectRoot });
	}, 120_000);

	it("shows source/ files and lines with DEBUG=jvizcaino-resume", async () => {
		const run = await runBundle("dist/dev/cli.js", { DEBUG: "jvizcaino-resume" }, ["--enable-source-maps"]);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/runJsonMode \(.*source\/modes\/json-mode\.ts:\d+:\d+\)/);
		expect(run.stderr).toMatch(/at main \(.*source\/cli\.tsx:\d+:\d+\)/);
		expect(run.stderr).not.toContain("map-stack");
	});
});
