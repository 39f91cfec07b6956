// Where the first frame's time goes: runs the bin in a 100×30 pseudo-terminal under `--cpu-prof`,
// notes when the name reaches the screen, and sums the CPU profile's samples up to that moment by
// package or source file (read through each bundle file's `.map` beside it, when it was built with
// source maps), then prints a 10 ms timeline. A diagnosis, not a benchmark: the profiler slows
// everything a little.
//   node scripts/profile-start-up.mjs [--bin dist/cli.js] [--node PATH] [--top 25]
// The profile's clock and process.hrtime are both the monotonic clock, so the moment the frame
// arrived in the pty can be placed among the samples without instrumenting the bundle.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { SourceMap } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startSession } from "./lib/terminal-session.mjs";

const READY_TEXT = "Vizcaino";
const { values: options } = parseArgs({
	options: {
		bin: { type: "string", default: "dist/cli.js" },
		node: { type: "string", default: process.execPath },
		top: { type: "string", default: "25" },
	},
});
const bin = resolve(options.bin);
const bundleDirectory = dirname(bin);
/** @type {Map<string, SourceMap | undefined>} */
const sourceMaps = new Map();
function sourceMapOf(file) {
	if (!sourceMaps.has(file)) {
		const mapFile = `${file}.map`;
		sourceMaps.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, "utf8"))) : undefined);
	}
	return sourceMaps.get(file);
}

const profileDirectory = mkdtempSync(join(tmpdir(), "resume-profile-"));
try {
	const monotonicAtOrigin = Number(process.hrtime.bigint() / 1000n) - performance.now() * 1000;
	const session = startSession({
		command: options.node,
		args: ["--cpu-prof", "--cpu-prof-interval", "100", "--cpu-prof-dir", profileDirectory, bin],
		cols: 100,
		rows: 30,
	});
	const elapsed = await session.timeUntil(READY_TEXT, { since: session.startedAt, timeout: 15_000 });
	const frameAt = monotonicAtOrigin + (session.startedAt + elapsed) * 1000;
	await session.waitForIdle(300);
	session.press("q");
	await session.waitForExit({ timeout: 5000 });
	await session.dispose();
	const [file] = readdirSync(profileDirectory);
	if (!file) throw new Error("no profile written");
	report(JSON.parse(readFileSync(join(profileDirectory, file), "utf8")), frameAt, elapsed);
} finally {
	rmSync(profileDirectory, { recursive: true, force: true });
}

function isBundleFile(url) {
	return url.startsWith("file://") && fileURLToPath(url).startsWith(`${bundleDirectory}/`);
}

function report(profile, frameAt, elapsed) {
	const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
	const parents = new Map();
	for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
	const groupOf = (node) => {
		const { url, functionName, lineNumber, columnNumber } = node.callFrame;
		if (!url) return functionName || "(native)";
		if (url.startsWith("node:")) return `node:${url.slice(5).split("/").slice(0, 3).join("/")}`;
		if (!isBundleFile(url)) return url;
		const file = fileURLToPath(url);
		const source = sourceMapOf(file)?.findEntry(lineNumber, columnNumber)?.originalSource;
		if (!source) return `${file.slice(bundleDirectory.length + 1)} (no source map)`;
		const packageName = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
		return packageName ? `pkg:${packageName}` : source.replace(/.*\/(source|content)\//, "$1/");
	};
	// A sample counts for the innermost bundle frame on its stack: time in Node's internals
	// called from a package (a require, a write) goes to that package.
	const bundleGroupOf = (id) => {
		for (let at = id; at !== undefined; at = parents.get(at)) {
			const node = nodes.get(at);
			if (isBundleFile(node.callFrame.url)) return groupOf(node);
		}
		return groupOf(nodes.get(id));
	};
	const totals = new Map();
	const buckets = [];
	let time = profile.startTime;
	for (let index = 0; index < profile.samples.length; index++) {
		const duration = profile.timeDeltas[index + 1] ?? 0;
		time += profile.timeDeltas[index];
		if (time > frameAt) break;
		const group = bundleGroupOf(profile.samples[index]);
		totals.set(group, (totals.get(group) ?? 0) + duration);
		const bucket = Math.floor((time - profile.startTime) / 10_000);
		buckets[bucket] ??= new Map();
		buckets[bucket].set(group, (buckets[bucket].get(group) ?? 0) + duration);
	}
	const msOf = (microseconds) => (microseconds / 1000).toFixed(1);
	console.log(
		`first frame ${elapsed.toFixed(1)} ms after spawn; profiled ${msOf(frameAt - profile.startTime)} ms of it`,
	);
	const mapped = [...sourceMaps].filter(([, map]) => map).length;
	console.log(`${mapped} of the ${sourceMaps.size} bundle files profiled had a source map`);
	console.log("\nself time up to the first frame (a call from the bundle into Node counts for the caller):");
	for (const [group, microseconds] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(options.top)))
		console.log(`${msOf(microseconds).padStart(7)} ms  ${group}`);
	console.log("\ntimeline (10 ms buckets, the busiest groups in each):");
	buckets.forEach((groups, bucket) => {
		const busiest = [...(groups ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 4);
		console.log(
			`${String(bucket * 10).padStart(5)}  ${busiest.map(([group, us]) => `${group} ${msOf(us)}`).join(" | ")}`,
		);
	});
}
