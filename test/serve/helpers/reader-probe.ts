// A normal reader as the abuse tests see one: ssh2's client with a 100×30 pty, its socket without
// Nagle's delay (as OpenSSH's), measuring the time to its first whole screen and from each key to
// the first byte of the repaint it causes. Bounded in time: every wait has a deadline.
import { connect as connectTcp } from "node:net";
import { Client, type ClientChannel } from "ssh2";

/** The footer's position, "1–20 of 91": on screen once a frame is whole. */
const FRAME_DRAWN = /\d+–\d+ of \d+/;
const RIGHT = "\u001b[C";
const LEFT = "\u001b[D";

export type Reader = {
	readonly firstScreenMs: number;
	/** Presses → and ← in turn, `count` times, `pauseMs` apart; resolves with each key's time to repaint. */
	keyLatencies(count: number, pauseMs?: number): Promise<number[]>;
	close(): void;
};

export type ReaderOptions = { readonly localAddress?: string; readonly timeoutMs?: number };

export function openReader(port: number, { localAddress, timeoutMs = 20_000 }: ReaderOptions = {}): Promise<Reader> {
	return new Promise((resolve, reject) => {
		const startedAt = performance.now();
		const client = new Client();
		const socket = connectTcp({ host: "127.0.0.1", port, localAddress });
		socket.setNoDelay(true);
		const deadline = setTimeout(() => fail(new Error(`no first screen within ${timeoutMs} ms`)), timeoutMs);
		const fail = (error: Error) => {
			clearTimeout(deadline);
			client.end();
			socket.destroy();
			reject(error);
		};
		client.on("error", fail);
		client.on("ready", () => {
			client.shell({ term: "xterm-256color", cols: 100, rows: 30 }, (error, channel) => {
				if (error) return fail(error);
				let output = "";
				const firstScreen = (data: Buffer) => {
					output += data.toString("utf8");
					if (!FRAME_DRAWN.test(output)) return;
					clearTimeout(deadline);
					channel.off("data", firstScreen);
					resolve(reader(client, channel, performance.now() - startedAt, timeoutMs));
				};
				channel.on("data", firstScreen);
			});
		});
		client.connect({ sock: socket, username: "reader", readyTimeout: timeoutMs });
	});
}

function reader(client: Client, channel: ClientChannel, firstScreenMs: number, timeoutMs: number): Reader {
	let presses = 0;
	const press = () =>
		new Promise<number>((resolve, reject) => {
			const pressedAt = performance.now();
			const timer = setTimeout(() => {
				channel.off("data", repainted);
				reject(new Error(`no repaint within ${timeoutMs} ms of a key`));
			}, timeoutMs);
			const repainted = () => {
				clearTimeout(timer);
				channel.off("data", repainted);
				resolve(performance.now() - pressedAt);
			};
			channel.on("data", repainted);
			channel.write(presses++ % 2 === 0 ? RIGHT : LEFT);
		});
	return {
		firstScreenMs,
		async keyLatencies(count, pauseMs = 100) {
			const latencies: number[] = [];
			for (let index = 0; index < count; index++) {
				latencies.push(await press());
				await new Promise((done) => setTimeout(done, pauseMs));
			}
			return latencies;
		},
		close: () => client.end(),
	};
}

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * What "within twice the quiet value" allows on a machine shared with other work: twice, and never
 * less than a floor, since a quiet key takes a few milliseconds and scheduling noise alone is more.
 */
export function twiceQuiet(quietMs: number, floorMs = 50): number {
	return Math.max(2 * quietMs, floorMs);
}
