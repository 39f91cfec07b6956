// Performance report for the built CLI: start-up, key latency, memory, download size, npx cold start.
// Prints a table with each figure beside its budget; a report, not a test, so it exits 0 whatever
// the figures. Run `npm run bench`, or `node scripts/bench.mjs` after `npm run build`.
// To try it on another program: `node scripts/bench.mjs --bin path/to/cli.js` (or BENCH_BIN=…),
// e.g. the stand-in test/e2e/fixtures/fake-resume.mjs. `--node path/to/node` runs the app and the
// bare baseline with another Node (e.g. 22 or 24, to see the compile cache at work); `--only first`
// runs one part of the report.
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { startSession } from "./lib/terminal-session.mjs";

/** The first frame counts as drawn once the screen shows this. */
const READY_TEXT = "Vizcaino";
const COLS = 100;
const ROWS = 30;
const FIRST_FRAME_RUNS = 10;
/** Each round is → ← ↓ ↑ from the first tab: two tab switches and two scrolls, each of which repaints. */
const KEY_ROUNDS = 8;
const NPX_RUNS = 5;
/** A key whose repaint has not shown by then counts as one that changed nothing. */
const NO_REPAINT_MS = 500;
/** Output quiet for this long means the program has finished repainting. */
const SETTLE_MS = 50;
const START_TIMEOUT_MS = 15_000;

const BUDGET = {
	firstFrameRatio: 2,
	keyP50Ms: 16,
	keyP95Ms: 33,
	peakRssMiB: 100,
	tarballKiB: 450,
	npxRatio: 1.3,
};

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const defaultBin = join(projectRoot, "dist", "cli.js");
const binFlag = process.argv.indexOf("--bin");
const bin = resolve((binFlag === -1 ? undefined : process.argv[binFlag + 1]) ?? process.env.BENCH_BIN ?? defaultBin);
const isProjectBin = bin === defaultBin;
const onlyFlag = process.argv.indexOf("--only");
/** `--only "first frame"` (or "key", "bundle", "package") runs that part of the report alone. */
const only = onlyFlag === -1 ? undefined : process.argv[onlyFlag + 1];
const nodeFlag = process.argv.indexOf("--node");
const node = nodeFlag === -1 ? process.execPath : resolve(process.argv[nodeFlag + 1] ?? "");
const run = promisify(execFile);
const nodeVersion = (await run(node, ["--version"])).stdout.trim();

if (!existsSync(bin)) {
	console.error(`bench: ${relative(process.cwd(), bin)} does not exist. Run \`npm run build\` first.`);
	process.exit(1);
}

/** @type {{ measure: string, value: string, budget?: string, pass?: boolean }[]} */
const rows = [];
const report = (measure, value, budget, pass) => rows.push({ measure, value, budget, pass });
const ms = (value) => `${value.toFixed(1)} ms`;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values) => percentile(values, 50);
function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const scratch = mkdtempSync(join(tmpdir(), "resume-bench-"));
const startApp = () =>
	startSession({
		command: node,
		args: [bin],
		cols: COLS,
		rows: ROWS,
	});

/** Milliseconds from spawn until READY_TEXT is on screen. */
async function firstFrame(command, args, env) {
	const session = startSession({ command, args, cols: COLS, rows: ROWS, ...(env ? { env } : {}) });
	try {
		return await session.timeUntil(READY_TEXT, {
			since: session.startedAt,
			timeout: START_TIMEOUT_MS,
		});
	} finally {
		await session.dispose();
	}
}

async function benchFirstFrame() {
	const bareArgs = ["-e", `console.log(${JSON.stringify(`Jérôme ${READY_TEXT}`)})`];
	const app = [];
	const bare = [];
	const uncached = [];
	// Node 22.1+ keeps compiled code between runs (source/bin.ts): the runs above are the second
	// and later ones, these are the first run's figure, measured alongside.
	const hasCompileCache = await supportsCompileCache();
	// One unmeasured run each warms the file cache; then alternate so drift hits both alike.
	for (let index = -1; index < FIRST_FRAME_RUNS; index++) {
		const appMs = await firstFrame(node, [bin]);
		const bareMs = await firstFrame(node, bareArgs);
		const uncachedMs = hasCompileCache ? await firstFrame(node, [bin], { NODE_DISABLE_COMPILE_CACHE: "1" }) : undefined;
		if (index >= 0) {
			app.push(appMs);
			bare.push(bareMs);
			if (uncachedMs !== undefined) uncached.push(uncachedMs);
		}
	}
	const ratio = median(app) / median(bare);
	report(`first frame, app (median of ${FIRST_FRAME_RUNS})`, ms(median(app)));
	if (hasCompileCache) report("first frame, app without compile cache (median)", ms(median(uncached)));
	report("first frame, bare `node -e` (median)", ms(median(bare)));
	report(
		"first frame ratio app / bare",
		`${ratio.toFixed(2)}×`,
		`≤ ${BUDGET.firstFrameRatio}×`,
		ratio <= BUDGET.firstFrameRatio,
	);
}

async function supportsCompileCache() {
	const { stdout } = await run(node, ["-p", "typeof require('node:module').enableCompileCache"]);
	return stdout.trim() === "function";
}

/** Key → repaint latencies, then peak memory and how the app leaves the terminal on q. */
async function benchInteractive() {
	const session = startApp();
	try {
		await session.waitFor(READY_TEXT, { timeout: START_TIMEOUT_MS });
		await session.waitForIdle(200);
		const latencies = { tab: [], scroll: [] };
		let unchanged = 0;
		const rounds = Array.from({ length: KEY_ROUNDS }, () => ["right", "left", "down", "up"]).flat();
		for (const key of rounds) {
			const textBefore = session.screenText();
			const signatureBefore = session.screenSignature();
			const changed = (text, current) => text !== textBefore || current.screenSignature() !== signatureBefore;
			const sentAt = session.press(key);
			try {
				const elapsed = await session.timeUntil(changed, {
					since: sentAt,
					timeout: NO_REPAINT_MS,
				});
				(key === "down" || key === "up" ? latencies.scroll : latencies.tab).push(elapsed);
			} catch {
				unchanged++;
			}
			await session.waitForIdle(SETTLE_MS);
		}
		const all = [...latencies.tab, ...latencies.scroll];
		const describe = (values) => `p50 ${ms(median(values))}, p95 ${ms(percentile(values, 95))} (n=${values.length})`;
		report("key → repaint, tab switch →/←", describe(latencies.tab));
		report("key → repaint, scroll ↓/↑", describe(latencies.scroll));
		report("key → repaint p50, all keys", ms(median(all)), `≤ ${BUDGET.keyP50Ms} ms`, median(all) <= BUDGET.keyP50Ms);
		report(
			"key → repaint p95, all keys",
			ms(percentile(all, 95)),
			`≤ ${BUDGET.keyP95Ms} ms`,
			percentile(all, 95) <= BUDGET.keyP95Ms,
		);
		if (unchanged > 0) report("keys that repainted nothing", `${unchanged} of ${rounds.length} (left out above)`);

		const peakKiB = peakRssKiB(session.pid);
		if (peakKiB === undefined) report("peak RSS", "unavailable (no /proc)");
		else {
			const peakMiB = peakKiB / 1024;
			report(
				"peak RSS (VmHWM)",
				`${peakMiB.toFixed(1)} MiB`,
				`≤ ${BUDGET.peakRssMiB} MiB`,
				peakMiB <= BUDGET.peakRssMiB,
			);
		}

		session.press("q");
		const exit = await session.waitForExit({ timeout: 3000 });
		const leftovers = session.leftoverModes();
		report(
			"quit with q",
			`exit ${exit.exitCode}${leftovers.length > 0 ? `, left on: ${leftovers.join(", ")}` : ", terminal restored"}`,
		);
	} finally {
		await session.dispose();
	}
}

/** @returns {number | undefined} kibibytes */
function peakRssKiB(pid) {
	try {
		const status = readFileSync(`/proc/${pid}/status`, "utf8");
		const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
		return match ? Number(match[1]) : undefined;
	} catch {
		return undefined;
	}
}

function benchBundle() {
	// The project's bin is a small file that imports its chunks (scripts/build.mjs): count them all,
	// serve's bundle aside.
	const files = isProjectBin
		? readdirSync(dirname(bin))
				.filter((name) => name.endsWith(".js") && name !== "serve.js")
				.map((name) => join(dirname(bin), name))
		: [bin];
	const source = Buffer.concat(files.map((file) => readFileSync(file)));
	const label = isProjectBin ? `bundle ${relative(projectRoot, bin)} and its ${files.length - 1} chunks` : "bundle";
	report(label, `${kib(source.length)} (gzip ${kib(gzipSync(source).length)})`);
}

/** Packs `directory` into scratch and returns the tarball's path and size. */
async function pack(directory) {
	const { stdout } = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", scratch], {
		cwd: directory,
	});
	const [result] = JSON.parse(stdout);
	return { tarball: join(scratch, result.filename), size: result.size };
}

/** A package whose bin is `binFile`, for a stand-in that is not this project's own build. */
function writePackage(name, binFile) {
	const directory = join(scratch, name);
	mkdirSync(directory);
	writeFileSync(join(directory, "cli.js"), binFile);
	writeFileSync(
		join(directory, "package.json"),
		JSON.stringify({
			name,
			version: "1.0.0",
			type: "module",
			bin: { [name]: "cli.js" },
		}),
	);
	return directory;
}

/** Wall time of `npx --yes file:<tarball> --print` with an empty npm cache, from an empty folder. */
function npxCold(tarball) {
	const cache = mkdtempSync(join(scratch, "npm-cache-"));
	const cwd = mkdtempSync(join(scratch, "cwd-"));
	const env = {
		...process.env,
		npm_config_cache: cache,
		npm_config_update_notifier: "false",
		npm_config_audit: "false",
		npm_config_fund: "false",
	};
	return new Promise((resolvePromise, reject) => {
		const startedAt = performance.now();
		// A bare absolute path would be run as a command: `file:` makes it a package spec.
		const child = spawn("npx", ["--yes", `file:${tarball}`, "--print"], {
			cwd,
			env,
			stdio: ["ignore", "pipe", "pipe"],
		});
		let output = "";
		child.stdout.on("data", (chunk) => {
			output += chunk;
		});
		child.stderr.on("data", (chunk) => {
			output += chunk;
		});
		child.on("error", reject);
		child.on("close", (code) => {
			const elapsed = performance.now() - startedAt;
			if (code === 0) resolvePromise({ elapsed, output });
			else reject(new Error(`npx exited ${code}: ${output.trim().split("\n").slice(-3).join(" / ")}`));
		});
	});
}

async function benchPackage() {
	const appDirectory = isProjectBin ? projectRoot : writePackage("bench-stand-in", readFileSync(bin));
	const app = await pack(appDirectory);
	const tarballKiB = app.size / 1024;
	report(
		isProjectBin ? "tarball (npm pack)" : "tarball (stand-in package)",
		kib(app.size),
		`≤ ${BUDGET.tarballKiB} KiB`,
		tarballKiB <= BUDGET.tarballKiB,
	);

	const hello = await pack(writePackage("bench-hello", '#!/usr/bin/env node\nconsole.log("hello");\n'));
	const appTimes = [];
	const helloTimes = [];
	for (let index = 0; index < NPX_RUNS; index++) {
		const appRun = await npxCold(app.tarball);
		if (!appRun.output.includes(READY_TEXT)) throw new Error(`npx output lacks ${JSON.stringify(READY_TEXT)}`);
		appTimes.push(appRun.elapsed);
		helloTimes.push((await npxCold(hello.tarball)).elapsed);
	}
	const ratio = median(appTimes) / median(helloTimes);
	report(`npx cold --print, app (median of ${NPX_RUNS})`, ms(median(appTimes)));
	report("npx cold, hello-world package (median)", ms(median(helloTimes)));
	report("npx cold ratio app / hello", `${ratio.toFixed(2)}×`, `≤ ${BUDGET.npxRatio}×`, ratio <= BUDGET.npxRatio);
}

/** Runs one part of the report; a failure becomes a row so the rest still runs. */
async function section(name, body) {
	if (only !== undefined && !name.startsWith(only)) return;
	process.stderr.write(`bench: ${name}…\n`);
	try {
		await body();
	} catch (error) {
		report(name, `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`, undefined, false);
	}
}

function printTable() {
	const verdict = (row) => (row.pass === undefined ? "" : row.pass ? "pass" : "FAIL");
	const table = [
		["measure", "value", "budget", ""],
		...rows.map((row) => [row.measure, row.value, row.budget ?? "", verdict(row)]),
	];
	const widths = table[0].map((_, column) => Math.max(...table.map((cells) => cells[column].length)));
	const line = (cells) =>
		cells
			.map((cell, column) => cell.padEnd(widths[column]))
			.join("  ")
			.trimEnd();
	console.log(`\n${relative(projectRoot, bin)} on node ${nodeVersion}, ${COLS}×${ROWS} pty\n`);
	console.log(line(table[0]));
	console.log(widths.map((width) => "─".repeat(width)).join("  "));
	for (const cells of table.slice(1)) console.log(line(cells));
	const judged = rows.filter((row) => row.pass !== undefined);
	console.log(`\n${judged.filter((row) => row.pass).length} of ${judged.length} budgets met`);
}

try {
	await section("first frame", benchFirstFrame);
	await section("key latency and memory", benchInteractive);
	await section("bundle", benchBundle);
	await section("package and npx", benchPackage);
	printTable();
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
