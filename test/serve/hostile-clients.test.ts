// One client, however hostile, costs one client's share: each abuse runs (bounded in count and time)
// from 127.0.0.2 while a normal reader on 127.0.0.1 connects and presses keys; the reader's first
// screen and key latency stay within twice their quiet values (see twiceQuiet for the floor).
import { mkdtemp, rm } from "node:fs/promises";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client, type ClientChannel } from "ssh2";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
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
	// Quiet values: a first reader warms the workers up, the next three are measured (their medians).
	(await openReader(server.port)).close();
	const runs = [await measureReader(), await measureReader(), await measureReader()];
	quiet = { firstScreenMs: median(runs.map((run) => run.firstScreenMs)), keyMs: median(runs.map((run) => run.keyMs)) };
}, 60_000);

// Every connection gone before the next test: the abusers' slots are free again.
afterEach(async () => {
	await server.waitForLog(/\(0 open\)\n$/, { timeoutMs: 15_000 });
});

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

/** A session from the abuser's address, with a 400×150 pty, once its first output arrives. */
function openAbuser(): Promise<{ client: Client; channel: ClientChannel }> {
	return new Promise((resolve, reject) => {
		const client = new Client();
		client.on("error", reject);
		client.on("close", () => reject(new Error("the server closed an abuser's connection before its first screen")));
		client.on("ready", () =>
			client.shell({ term: "xterm-256color", cols: 400, rows: 150 }, (error, channel) => {
				if (error) return reject(error);
				channel.on("data", () => undefined);
				channel.once("data", () => resolve({ client, channel }));
			}),
		);
		client.connect({
			host: "127.0.0.1",
			port: server.port,
			localAddress: ABUSER,
			username: "abuser",
			readyTimeout: 15_000,
		});
	});
}

/** Two abusers (the per-address limit) doing `act` every `everyMs` for `forMs`; resolves once both have left. */
async function abuse(act: (channel: ClientChannel, tick: number) => void, everyMs: number, forMs = 2500) {
	const abusers = [await openAbuser(), await openAbuser()];
	let tick = 0;
	const timer = setInterval(() => {
		tick++;
		for (const { channel } of abusers) act(channel, tick);
	}, everyMs);
	await new Promise((resolve) => setTimeout(resolve, forMs));
	clearInterval(timer);
	await Promise.all(
		abusers.map(({ client }) => {
			const closed = new Promise<void>((resolve) => client.once("close", () => resolve()));
			client.end();
			return closed;
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

describe("sessions that cost more than keys", () => {
	it("a storm of window changes (400 and 399 columns, 50 a second, from two sessions)", async () => {
		const logged = server.log().length;
		await readerDuring(abuse((channel, tick) => channel.setWindow(150, tick % 2 === 0 ? 400 : 399, 0, 0), 20));
		await server.waitForLog(/abuser|127\.0\.0\.2:\d+ [\d.]+s closed by client/, { after: logged });
	}, 60_000);

	it("a flood of n (a search per byte) from two sessions", async () => {
		await readerDuring(abuse((channel, tick) => channel.write(tick === 1 ? "/e\r" : "nnnnn"), 10));
	}, 60_000);

	it("a search query typed as fast as the budget lets through, from two sessions", async () => {
		await readerDuring(abuse((channel, tick) => channel.write(tick === 1 ? "/" : "zzzzz"), 10));
	}, 60_000);
});

describe("connections that never get going", () => {
	it("a client that offers only compression is refused at the key exchange: the server offers none", async () => {
		const logged = server.log().length;
		const error = await new Promise<Error>((resolve) => {
			const client = new Client();
			client.on("error", resolve);
			client.on("ready", () => {
				client.end();
				resolve(new Error("connected"));
			});
			client.connect({
				host: "127.0.0.1",
				port: server.port,
				localAddress: ABUSER,
				username: "zip",
				algorithms: { compress: ["zlib@openssh.com", "zlib"] },
			});
		});

		expect(error.message).toMatch(/no matching .*compression/i);
		await server.waitForLog(/protocol error: Handshake failed: no matching .*compression/, { after: logged });
	});

	it("silent sockets holding every slot (64, from 32 addresses) give way to readers", async () => {
		const logged = server.log().length;
		const silent = await Promise.all(
			Array.from({ length: 64 }, (_, index) => {
				const socket = connect({ host: "127.0.0.1", port: server.port, localAddress: `127.0.0.${3 + (index % 32)}` });
				return new Promise<Socket>((resolve, reject) =>
					socket.once("connect", () => resolve(socket)).once("error", reject),
				);
			}),
		);
		try {
			// Older than any real handshake (3 s).
			await new Promise((resolve) => setTimeout(resolve, 3200));
			await readerDuring(Promise.resolve());
			await server.waitForLog(/handshake given way to a newcomer/, { after: logged });
		} finally {
			for (const socket of silent) socket.destroy();
		}
	}, 60_000);
});

describe("a client that stops reading", () => {
	it("granting a huge window, its frames pile up in the socket's queue, and it is cut past 1 MiB", async () => {
		const logged = server.log().length;
		const { client, channel } = await openAbuser();
		const internals = {
			protocol: (client as unknown as { _protocol: { channelWindowAdjust(id: number, amount: number): void } })
				._protocol,
			socket: (client as unknown as { _sock: { pause(): void } })._sock,
			id: (channel as unknown as { outgoing: { id: number } }).outgoing.id,
		};
		// 1 GiB of window: ssh2 stops at nothing on its side; then the client reads no more.
		internals.protocol.channelWindowAdjust(internals.id, 2 ** 30);
		internals.socket.pause();
		let tick = 0;
		const keys = setInterval(() => channel.write(tick++ % 2 === 0 ? "\u001b[C" : "\u001b[D"), 25);
		try {
			await readerDuring(
				server.waitForLog(/127\.0\.0\.2:\d+ [\d.]+s cut: 1 MiB of output not read/, {
					after: logged,
					timeoutMs: 40_000,
				}),
			);
		} finally {
			clearInterval(keys);
			client.end();
			(client as unknown as { _sock: { destroy(): void } })._sock.destroy();
		}
	}, 60_000);
});
