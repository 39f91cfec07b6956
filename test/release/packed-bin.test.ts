import { execFile } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";
import { nodeBinary } from "./node-binaries.mjs";
import { installOffline, type Packed, packFromCleanCopy, temporaryFolder } from "./packed-tarball.js";

const run = promisify(execFile);
/** The name of the résumé the bundle carries, whoever's it is (content/resume.md). */
const BUNDLED_NAME = (() => {
	const parsed = parseMarkdown(readFileSync(new URL("../../content/resume.md", import.meta.url), "utf8"));
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.resume.basics.name;
})();
const TARBALL_BUDGET_BYTES = 450 * 1024;
/** Node 20 is what the package promises (engines); 22 and 24 are what most people run. */
const NODE_MAJORS = [20, 22, 24] as const;

let workDir: string;
let packed: Packed;
let bin: string;

beforeAll(async () => {
	workDir = temporaryFolder();
	packed = await packFromCleanCopy(workDir);
	bin = await installOffline(workDir, packed.tarball);
}, 300_000);

afterAll(() => {
	if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe("the tarball npm pack makes from a clean copy", () => {
	it("holds the bundles its prepack built, the licences and nothing else", () => {
		const paths = packed.files.map((file) => file.path);
		// cli.js loads its chunks (named with a content hash) from beside it.
		const chunks = paths.filter((path) => /^dist\/[\w-]+-[A-Z0-9]{8}\.js$/.test(path));
		expect(chunks.length).toBeGreaterThan(0);
		expect(paths.filter((path) => !chunks.includes(path)).sort()).toEqual(
			["LICENSE", "README.md", "dist/cli.js", "dist/THIRD-PARTY-LICENSES.md", "dist/serve.js", "package.json"].sort(),
		);
	});

	it(`stays within the ${TARBALL_BUDGET_BYTES / 1024} KiB download budget`, () => {
		expect(packed.size).toBeLessThanOrEqual(TARBALL_BUDGET_BYTES);
	});

	it("declares what it holds: an ES module bin, Node ≥ 20, no runtime dependencies, where issues go", () => {
		const installed = join(dirname(bin), "..", "lib", "node_modules", "jvizcaino-resume");
		const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
		expect(manifest).toMatchObject({
			type: "module",
			bin: { "jvizcaino-resume": "dist/cli.js" },
			engines: { node: ">=20" },
			homepage: expect.stringMatching(/^https:\/\//),
			bugs: expect.anything(),
		});
		expect(manifest.dependencies).toBeUndefined();
		expect(readFileSync(join(installed, "dist", "cli.js"), "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
	});
});

describe.each(NODE_MAJORS)("the installed bin on Node %i", (major) => {
	let node: Awaited<ReturnType<typeof nodeBinary>>;
	beforeAll(async () => {
		node = await nodeBinary(major);
		if (!node.ok) console.warn(`release test: Node ${major} skipped: ${node.reason}`);
	}, 300_000);

	/** Runs the installed bin through its shebang, with this Node first on PATH. */
	async function runBin(args: readonly string[], skip: (note: string) => never) {
		if (!node.ok) skip(`Node ${major} could not be had: ${node.reason}`);
		const { NO_COLOR, FORCE_COLOR, ...inherited } = process.env;
		const env = { ...inherited, PATH: `${dirname(node.node)}:${process.env.PATH}` };
		const { stdout: version } = await run("node", ["--version"], { env });
		expect(version).toMatch(new RegExp(`^v${major}\\.`));
		return run(bin, [...args], { env });
	}

	it("prints the résumé with --print", async ({ skip }) => {
		const { stdout } = await runBin(["--print"], skip);
		expect(stdout.split("\n")[0]).toBe(BUNDLED_NAME);
	});

	it("gives a JSON Resume with --json", async ({ skip }) => {
		const { stdout } = await runBin(["--json"], skip);
		expect(JSON.parse(stdout)).toMatchObject({ basics: { name: BUNDLED_NAME } });
	});

	it("loads the serve bundle for serve --help", async ({ skip }) => {
		const { stdout } = await runBin(["serve", "--help"], skip);
		expect(stdout).toContain("The résumé over SSH");
		expect(stdout).toMatch(/--port/);
	});
});
