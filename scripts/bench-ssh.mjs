// Load report for `jvizcaino-resume serve`: starts the built server, opens N SSH sessions (ssh2's
// client, in this process, each with a pty), has each switch tabs for a while, then quit; twice, so
// that memory after the second wave shows whether the first one's was kept. Prints sessions held,
// time to first screen, key → repaint and the server's memory (primary and workers together). A
// report, not a test: it exits 0 whatever the figures. Run `npm run bench:ssh`, or
// `node scripts/bench-ssh.mjs` after `npm run build`. Options: --sessions N (100), --seconds S of
// tab switching (10), --ramp-ms T to spread the connections over T ms instead of opening them all
// at the same instant (0), --workers N (the server's default).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { cpus, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import ssh2 from "ssh2";
import { sessionEnv } from "./lib/terminal-session.mjs";

const { values: flags } = parseArgs({
	options: {
		sessions: { type: "string", default: "100" },
		seconds: { type: "string", default: "10" },
		"ramp-ms": { type: "string", default: "0" },
		workers: { type: "string" },
	},
});
const SESSIONS = Number(flags.sessions);
const SWITCHING_MS = Number(flags.seconds) * 1000;
const RAMP_MS = Number(flags["ramp-ms"]);
/** A brisk reader: one key every this many ms (→ four times, then ← four times), each at its own phase. */
const KEY_INTERVAL_MS = 1000;
/** Time given to the server after a wave before its memory is read. */
const SETTLE_MS = 3000;
const COLS = 100;
const ROWS = 30;
/** The footer's position, "1–20 of 91": on screen once a frame is whole. */
const FRAME_DRAWN = /\d+–\d+ of \d+/;
const FIRST_SCREEN_TIMEOUT_MS = 30_000;
const RIGHT = "\u001b[C";
const LEFT = "\u001b[D";
const BUDGET = { sessions: 100, firstScreenP95Ms: 1000 };

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(projectRoot, "dist", "cli.js");
const scratch = mkdtempSync(join(tmpdir(), "resume-bench-ssh-"));

const percentile = (values, p) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const mib = (kib) => `${(kib / 1024).toFixed(1)} MiB`;

/** Resident memory in KiB of the server: its primary process and every worker, from /proc (Linux), or NaN. */
function rssKiB(pid) {
	try {
		const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
		return [pid, ...children]
			.map((id) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, "utf8"))?.[1]))
			.reduce((sum, value) => sum + value, 0);
	} catch {
		return Number.NaN;
	}
}

async function startServer() {
	const server = spawn(
		process.execPath,
		[
			cli,
			"serve",
			"--port",
			"0",
			"--host-key",
			join(scratch, "host_key"),
			"--max-sessions",
			String(SESSIONS + 10),
			"--max-per-address",
			String(SESSIONS + 10),
			...(flags.workers ? ["--workers", flags.workers] : []),
		],
		{ env: sessionEnv(), stdio: ["ignore", "ignore", "pipe"] },
	);
	let log = "";
	server.stderr.setEncoding("utf8").on("data", (chunk) => {
		log += chunk;
	});
	const deadline = performance.now() + 15_000;
	for (;;) {
		const port = /listening on \S*:(\d+) /.exec(log)?.[1];
		if (port) return { server, port: Number(port), log: () => log };
		if (server.exitCode !== null || performance.now() > deadline) {
			server.kill("SIGTERM");
			throw new Error(`the server did not start:\n${log}`);
		}
		await sleep(20);
	}
}

/**
 * One reader: connects, asks for a pty and a shell, waits for the first screen, presses → every
 * KEY_INTERVAL_MS until `until`, then q. Resolves with what it measured.
 */
function reader(port, until) {
	return new Promise((done) => {
		const client = new ssh2.Client();
		const startedAt = performance.now();
		const result = { firstScreenMs: undefined, keyLatenciesMs: [], held: false, error: undefined };
		let output = "";
		let keyAt;
		let presses = 0;
		let timer;
		const finish = (error) => {
			clearTimeout(timer);
			result.error ??= error;
			client.end();
			done(result);
		};
		client.on("error", (error) => finish(error.message));
		// Refused (a limit) or cut: the server closed the connection before the session ended.
		client.on("close", () => finish(result.held ? undefined : "connection closed"));
		client.on("ready", () => {
			client.shell({ term: "xterm-256color", cols: COLS, rows: ROWS }, (error, channel) => {
				if (error) return finish(error.message);
				timer = setTimeout(() => finish("no first screen"), FIRST_SCREEN_TIMEOUT_MS);
				channel.on("data", (data) => {
					const now = performance.now();
					if (result.firstScreenMs === undefined) {
						output += data.toString("utf8");
						if (!FRAME_DRAWN.test(output)) return;
						result.firstScreenMs = now - startedAt;
						output = "";
						clearTimeout(timer);
						timer = setTimeout(pressRight, Math.random() * KEY_INTERVAL_MS);
						return;
					}
					if (keyAt !== undefined) {
						result.keyLatenciesMs.push(now - keyAt);
						keyAt = undefined;
					}
				});
				channel.on("close", () => finish(result.held ? undefined : "closed early"));
				function pressRight() {
					if (performance.now() >= until) {
						result.held = true;
						channel.write("q");
						return;
					}
					keyAt = performance.now();
					channel.write(presses++ % 8 < 4 ? RIGHT : LEFT);
					timer = setTimeout(pressRight, KEY_INTERVAL_MS);
				}
			});
		});
		// Without Nagle's delay, as OpenSSH's client sets it (TCP_NODELAY for interactive sessions): ssh2's
		// client leaves it on, and a key, a small write, then waits for the ACK of the previous one, which
		// the server's delayed ACK holds back some 40 ms. That measured the bench, not what a reader feels.
		const socket = connect({ host: "127.0.0.1", port });
		socket.setNoDelay(true);
		client.connect({ sock: socket, username: "bench", readyTimeout: FIRST_SCREEN_TIMEOUT_MS });
	});
}

/** Opens SESSIONS readers, lets them switch tabs, and waits until they have all quit and the server has closed them. */
async function wave(port, log) {
	const until = performance.now() + SWITCHING_MS + RAMP_MS;
	const readers = [];
	for (let index = 0; index < SESSIONS; index++) {
		if (RAMP_MS > 0 && index > 0) await sleep(RAMP_MS / SESSIONS);
		readers.push(reader(port, until));
	}
	await sleep(Math.max(0, until - performance.now() - 500));
	const rssAllOpen = rssKiB(serverPid);
	const results = await Promise.all(readers);
	const closedDeadline = performance.now() + 15_000;
	while (!/\(0 open\)\n$/.test(log()) && performance.now() < closedDeadline) await sleep(50);
	return { results, rssAllOpen };
}

const { server, port, log } = await startServer();
const serverPid = server.pid;
try {
	await sleep(500);
	const baseline = rssKiB(serverPid);
	let peak = baseline;
	const sampler = setInterval(() => {
		peak = Math.max(peak, rssKiB(serverPid) || 0);
	}, 50);
	const first = await wave(port, log);
	await sleep(SETTLE_MS);
	const afterFirst = rssKiB(serverPid);
	const second = await wave(port, log);
	await sleep(SETTLE_MS);
	const afterSecond = rssKiB(serverPid);
	clearInterval(sampler);

	const rows = [["machine", `${cpus().length} cores, Node ${process.version}, server ${workersLine(log())}`, ""]];
	for (const [name, { results }] of [
		["wave 1", first],
		["wave 2", second],
	]) {
		const held = results.filter((result) => result.held).length;
		const firstScreens = results.flatMap((result) =>
			result.firstScreenMs === undefined ? [] : [result.firstScreenMs],
		);
		const keys = results.flatMap((result) => result.keyLatenciesMs);
		const p95 = percentile(firstScreens, 95);
		const errors = [...new Set(results.flatMap((result) => (result.error ? [result.error] : [])))];
		rows.push(
			[
				`${name}: sessions opened / held to the end`,
				`${SESSIONS}${RAMP_MS ? ` over ${RAMP_MS} ms` : " at once"} / ${held}`,
				held >= BUDGET.sessions ? `≥ ${BUDGET.sessions}` : `≥ ${BUDGET.sessions} — missed`,
			],
			[
				`${name}: time to first screen p50 / p95`,
				`${percentile(firstScreens, 50).toFixed(0)} / ${p95.toFixed(0)} ms`,
				`p95 < ${BUDGET.firstScreenP95Ms} ms${p95 < BUDGET.firstScreenP95Ms ? "" : " — missed"}`,
			],
			[
				`${name}: key → repaint p50 / p95 (${keys.length} keys)`,
				`${percentile(keys, 50).toFixed(1)} / ${percentile(keys, 95).toFixed(1)} ms`,
				"",
			],
		);
		if (errors.length > 0) rows.push([`${name}: errors`, errors.join("; "), ""]);
	}
	rows.push(
		["server RSS: baseline (started, idle)", mib(baseline), ""],
		["server RSS: all sessions open (wave 1) / peak", `${mib(first.rssAllOpen)} / ${mib(peak)}`, ""],
		["server RSS per session (all open − baseline) / N", mib((first.rssAllOpen - baseline) / SESSIONS), ""],
		[
			`server RSS ${SETTLE_MS / 1000} s after wave 1 / wave 2 closed`,
			`${mib(afterFirst)} / ${mib(afterSecond)}`,
			// V8 keeps its heap at the high-water mark; a leak would grow it wave after wave.
			afterSecond - afterFirst <= Math.max(0.25 * (peak - baseline), 5 * 1024)
				? "no growth past the peak"
				: "grew: leak?",
		],
	);
	const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column].length)));
	for (const [measure, value, budget] of rows)
		console.log(`${measure.padEnd(widths[0])}  ${value.padEnd(widths[1])}  ${budget}`.trimEnd());
} finally {
	server.kill("SIGTERM");
	await new Promise((done) => server.once("exit", done));
	rmSync(scratch, { recursive: true, force: true });
}

function workersLine(text) {
	return /with (\d+ worker\(s\))/.exec(text)?.[1] ?? "";
}
