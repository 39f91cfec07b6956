// A long fuzzing session over the parser's properties (test/fuzz/parser.fuzz.ts): the same
// properties `npm test` runs a few thousand cases of, run here for many more.
//   npm run fuzz                        200,000 cases in all
//   npm run fuzz -- --runs 1000000      a number of cases in all, shared between the properties
//   npm run fuzz -- --seconds 600       a time budget in all, shared between the properties
//   npm run fuzz -- --seed 42           replay a run (with the runs or seconds it had)
// FUZZ_RUNS, FUZZ_SECONDS and FUZZ_SEED do the same. Exits with vitest's code: 0 when every
// property held; otherwise the failing property's minimal counterexample is printed with its seed.
import { spawn } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const DEFAULT_RUNS = 200_000;

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
	options: {
		runs: { type: "string" },
		seconds: { type: "string" },
		seed: { type: "string" },
		help: { type: "boolean", short: "h" },
	},
});

if (values.help) {
	console.log("usage: npm run fuzz -- [--runs N | --seconds S] [--seed N]");
	process.exit(0);
}

const seconds = values.seconds ?? process.env.FUZZ_SECONDS;
const runs = values.runs ?? process.env.FUZZ_RUNS ?? (seconds ? undefined : String(DEFAULT_RUNS));
const seed = values.seed ?? process.env.FUZZ_SEED;
for (const [name, value] of Object.entries({ runs, seconds, seed })) {
	if (value !== undefined && !Number.isFinite(Number(value))) {
		console.error(`--${name} takes a number, not ${JSON.stringify(value)}`);
		process.exit(2);
	}
}

const budget = [runs && `${Number(runs).toLocaleString("en")} cases`, seconds && `${seconds} s`]
	.filter(Boolean)
	.join(", at most ");
console.log(`fuzzing the parser: ${budget}${seed ? `, seed ${seed}` : ""}`);

const env = { ...process.env, FUZZ_RUNS: runs ?? "", FUZZ_SECONDS: seconds ?? "", FUZZ_SEED: seed ?? "" };
const vitest = join(projectRoot, "node_modules", "vitest", "vitest.mjs");
const started = performance.now();
const child = spawn(process.execPath, [vitest, "run", "test/fuzz", "--reporter=verbose"], {
	cwd: projectRoot,
	env,
	stdio: "inherit",
});
child.on("exit", (code, signal) => {
	const minutes = ((performance.now() - started) / 60_000).toFixed(1);
	console.log(`fuzzing ${code === 0 ? "found nothing" : "failed"} after ${minutes} min`);
	process.exit(code ?? (signal ? 1 : 0));
});
