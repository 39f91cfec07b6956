// A focused timing of one patch: bundles one import with and without the patch's plugin and times
// evaluating each bundle in fresh Node processes, interleaved (median of 15). Less noisy than the first
// frame of the whole viewer (scripts/build/measure-patches.mjs), and only what the patched code costs.
// node scripts/build/time-patch.mjs 'import meow from "meow"; globalThis.keep = meow;' start-up-patches.mjs meow-normalize-on-demand
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

const RUNS = 15;
// Patches named after the third argument are in both bundles: the one timed may save only beside them.
const [entry, patchFile, patchName, ...alongside] = process.argv.slice(2);
if (!entry || !patchFile || !patchName) {
	console.error("usage: node scripts/build/time-patch.mjs '<import code>' <file in scripts/build> <patch name>");
	process.exit(2);
}
const exported = await import(new URL(patchFile, import.meta.url).href);
const plugin = (name) => {
	const found = Object.values(exported).find((value) => value?.name === name);
	if (!found) throw new Error(`${patchFile} exports no plugin named ${name}`);
	return found;
};
const patch = plugin(patchName);
const others = alongside.map(plugin);

const scratch = mkdtempSync(join(tmpdir(), "time-patch-"));
const bundles = {};
for (const [label, plugins] of [
	["patched", [...others, patch]],
	["unpatched", others],
]) {
	bundles[label] = join(scratch, `${label}.mjs`);
	await build({
		stdin: { contents: entry, resolveDir: process.cwd(), loader: "js" },
		outfile: bundles[label],
		bundle: true,
		platform: "node",
		format: "esm",
		minify: true,
		define: { "process.env.NODE_ENV": '"production"' },
		banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
		plugins,
		logLevel: "error",
	});
}
const times = { patched: [], unpatched: [] };
const timing = (file) =>
	`const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`;
for (let run = 0; run < RUNS; run++)
	for (const label of ["patched", "unpatched"])
		times[label].push(Number(execFileSync(process.execPath, ["--input-type=module", "-e", timing(bundles[label])])));
rmSync(scratch, { recursive: true, force: true });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const [patched, unpatched] = [median(times.patched), median(times.unpatched)];
console.log(
	`${patchName}: ${unpatched.toFixed(1)} ms unpatched, ${patched.toFixed(1)} ms patched, ${(unpatched - patched).toFixed(1)} ms saved (median of ${RUNS}, node ${process.version})`,
);
