// One client, however hostile, costs one client's share: each abuse runs (bounded in count and time)
// from 127.0.0.2 while a normal reader on 127.0.0.1 connects and presses keys; the reader's first
// screen and key latency stay within twice their quiet values (see twiceQuiet for the floor).
import { mkdtemp, rm } from "node:fs/promises";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "ssh2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { median, openReader, twiceQuiet } from "./helpers/reader-probe.js";
import { type ServeProcess, startServe } from "./helpers/serve-process.js";

const ABUSER = "127.0.0.2";
const KEYS = 10;

let scratch: string;
let server: ServeProcess;
let quiet: { firstScreenMs: number; keyMs: number };

beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), "resume-serve-"));
	server = await startServe(join(scratch, "host_key"), [
		"--workers",
		"2",
		"--max-per-address",
		"2",
		"--handshake-timeout",
		"30s",
	]);
	// Quiet values: a first reader warms the workers up, a second one is measured.
	(await openReader(server.port)).close();
	quiet = await measureReader();
}, 60_000);

afterAll(async () => {
	await server?.stop();
	await rm(scratch, { recursive: true, force: true });
});

async function measureReader(pauseMs = 100): Promise<{ firstScreenMs: number; keyMs: number }> {
	const reader = await openReader(server.port);
	try {
		return { firstScreenMs: reader.firstScreenMs, keyMs: median(await reader.keyLatencies(KEYS, pauseMs)) };
	} finally {
		reader.close();
	}
}

/** Runs `attempt` `count` times, `atOnce` at a time. */
async function repeatedly(count: number, atOnce: number, attempt: () => Promise<void>): Promise<void> {
	let started = 0;
	await Promise.all(
		Array.from({ length: atOnce }, async () => {
			while (started < count) {
				started++;
				await attempt();
			}
		}),
	);
}

/** An SSH connection from the abuser's address, given up on when the server closes it (or after 10 s). */
function sshAttempt(): Promise<void> {
	return new Promise((done) => {
		const client = new Client();
		const timer = setTimeout(() => client.end(), 10_000);
		const finish = () => {
			clearTimeout(timer);
			done();
		};
		client.on("error", () => undefined);
		client.on("close", finish);
		client.connect({
			host: "127.0.0.1",
			port: server.port,
			localAddress: ABUSER,
			username: "flood",
			readyTimeout: 10_000,
		});
	});
}

async function holdSlots(count: number): Promise<Socket[]> {
	return Promise.all(
		Array.from({ length: count }, () => {
			const socket = connect({ host: "127.0.0.1", port: server.port, localAddress: ABUSER });
			return new Promise<Socket>((resolve, reject) =>
				socket.once("connect", () => resolve(socket)).once("error", reject),
			);
		}),
	);
}

/** Measures a reader while `abuse` runs, and checks it against the quiet values. */
async function readerDuring(abuse: Promise<unknown>): Promise<void> {
	// Keys 50 ms apart: the abuse lasts about as long as the reader's ten keys.
	const during = await measureReader(50);
	await abuse;
	console.info(
		`quiet: first screen ${quiet.firstScreenMs.toFixed(0)} ms, key ${quiet.keyMs.toFixed(1)} ms; ` +
			`during: ${during.firstScreenMs.toFixed(0)} ms, ${during.keyMs.toFixed(1)} ms`,
	);
	expect(during.firstScreenMs).toBeLessThanOrEqual(twiceQuiet(quiet.firstScreenMs, 500));
	expect(during.keyMs).toBeLessThanOrEqual(twiceQuiet(quiet.keyMs));
}

describe("a flood of refused connections", () => {
	it("200 SSH connections over the per-address limit do not slow a reader", async () => {
		const held = await holdSlots(2);
		const logged = server.log().length;
		try {
			await readerDuring(repeatedly(200, 20, sshAttempt));
			await server.waitForLog(/refused: too many sessions from this address/, { after: logged });
		} finally {
			for (const socket of held) socket.destroy();
		}
	}, 60_000);
});
