// What each build-time patch saves: builds the bundles without it (BUILD_WITHOUT, see bundle-mode.mjs)
// and compares with the full build, interleaved so the machine's drift hits both alike: the first
// frame in a 100×30 pseudo-terminal, the key → repaint time, and the gzipped size of both bundles.
// A report, not a test (it exits 0): timings are noisy on a shared machine, so run it on a quiet one
// and read differences under ~5 ms as noise.
// `node scripts/build/measure-patches.mjs [patch-name …]` (default: every patch in PATCHES.md's table).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { startSession } from "../lib/terminal-session.mjs";

const READY_TEXT = "Vizcaino";
const PAIRS = Number(process.env.MEASURE_PAIRS ?? 12);
const KEY_ROUNDS = 6;
const MEASURED = [
	"decode-yoga-without-fetch",
	"meow-normalize-on-demand",
	"without-ink-devtools",
	"ink-output-caches-across-frames",
	"styled-chars-fast-path",
	"string-width-fast-path",
	"one-string-width",
	"lazy-segmenters",
	"without-highlighting-or-emoji",
	"ssh2-server-only",
];
const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : MEASURED;
const scratch = mkdtempSync(join(tmpdir(), "measure-patches-"));

function buildInto(dir, without) {
	execFileSync(process.execPath, ["scripts/build.mjs"], {
		env: { ...process.env, BUILD_OUT_DIR: dir, BUILD_WITHOUT: without },
		stdio: ["ignore", "inherit", "ignore"],
	});
	const gz = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
	return { cli: join(dir, "cli.js"), bytes: gz("cli.js") + gz("serve.js") };
}

async function firstFrame(bin) {
	const session = startSession({ command: process.execPath, args: [bin], cols: 100, rows: 30 });
	try {
		return await session.timeUntil(READY_TEXT, { since: session.startedAt, timeout: 15_000 });
	} finally {
		await session.dispose();
	}
}

async function keyRepaints(bin) {
	const session = startSession({ command: process.execPath, args: [bin], cols: 100, rows: 30 });
	const times = [];
	try {
		await session.waitFor(READY_TEXT, { timeout: 15_000 });
		await session.waitForIdle(200);
		for (const key of Array.from({ length: KEY_ROUNDS }, () => ["right", "left", "down", "up"]).flat()) {
			const before = session.screenText();
			const sentAt = session.press(key);
			times.push(await session.timeUntil((text) => text !== before, { since: sentAt, timeout: 1000 }).catch(() => NaN));
			await session.waitForIdle(50);
		}
	} finally {
		await session.dispose();
	}
	return times.filter((time) => !Number.isNaN(time));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const full = buildInto(join(scratch, "full"), "");
const rows = [];
for (const name of names) {
	process.stderr.write(`measure-patches: without ${name}…\n`);
	let variant;
	try {
		variant = buildInto(join(scratch, name), name);
	} catch {
		rows.push({ patch: name, "first frame saved (ms)": "the build fails without it" });
		continue;
	}
	const frames = { full: [], without: [] };
	const keys = { full: [], without: [] };
	for (let pair = -1; pair < PAIRS; pair++) {
		const a = await firstFrame(full.cli);
		const b = await firstFrame(variant.cli);
		if (pair >= 0) frames.full.push(a) && frames.without.push(b);
	}
	for (let round = 0; round < 2; round++) {
		keys.full.push(...(await keyRepaints(full.cli)));
		keys.without.push(...(await keyRepaints(variant.cli)));
	}
	const row = {
		patch: name,
		"first frame saved (ms)": (median(frames.without) - median(frames.full)).toFixed(1),
		"key repaint p50 saved (ms)": (median(keys.without) - median(keys.full)).toFixed(1),
		"gzipped bytes saved (KB)": ((variant.bytes - full.bytes) / 1000).toFixed(1),
		"first frame with / without (ms)": `${median(frames.full).toFixed(0)} / ${median(frames.without).toFixed(0)}`,
	};
	process.stderr.write(`${JSON.stringify(row)}\n`);
	rows.push(row);
}
rmSync(scratch, { recursive: true, force: true });
console.log(`node ${process.version}, ${PAIRS} interleaved first frames per patch, ${KEY_ROUNDS * 8} keys each way`);
console.table(rows);
