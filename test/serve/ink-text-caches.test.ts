// Ink's text caches, as the bundle has them (scripts/build/ink-text-caches.mjs): a search query typed
// key by key draws a new, longer footer each time, and must not grow a server's worker without end.
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inkTextCachesBounded } from "../../scripts/build/ink-text-caches.mjs";

const INK_BUILD = fileURLToPath(new URL("../../node_modules/ink/build/", import.meta.url));

// Measures and wraps 2,400 distinct 10,000-character texts, then weighs what the heap kept.
const EXERCISE = `
import measureText from ${JSON.stringify(join(INK_BUILD, "measure-text.js"))};
import wrapText from ${JSON.stringify(join(INK_BUILD, "wrap-text.js"))};
globalThis.gc();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < 2000; i++) measureText("/" + i + "z".repeat(10000));
for (let i = 0; i < 400; i++) wrapText("/" + i + "z".repeat(10000), 80, "truncate-end");
globalThis.gc();
console.log((process.memoryUsage().heapUsed - before) / 2 ** 20);
`;

let scratch: string;

beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), "resume-ink-caches-"));
	await writeFile(join(scratch, "entry.mjs"), EXERCISE);
});

afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

/** MiB the heap keeps after the exercise, bundled with these plugins. */
async function keptMiB(plugins: Plugin[]): Promise<number> {
	const bundle = await build({
		entryPoints: [join(scratch, "entry.mjs")],
		bundle: true,
		platform: "node",
		format: "esm",
		write: false,
		plugins,
		logLevel: "error",
	});
	const out = join(scratch, `out-${plugins.length}.mjs`);
	await writeFile(out, bundle.outputFiles[0]?.text ?? "");
	return Number(execFileSync(process.execPath, ["--expose-gc", out], { encoding: "utf8" }));
}

describe("Ink's measure and wrap caches", () => {
	it("keep some 24 MiB of 24 million characters of texts as Ink ships them, and under 6 MiB bounded", async () => {
		expect(await keptMiB([])).toBeGreaterThan(15);
		expect(await keptMiB([inkTextCachesBounded])).toBeLessThan(6);
	});
});
