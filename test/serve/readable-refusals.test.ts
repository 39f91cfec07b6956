// A reader turned away sees a sentence saying why and what to do, printed by their own OpenSSH
// client (SSH's authentication banner), then the disconnect: never a bare "Connection reset".
import { mkdtemp, rm } from "node:fs/promises";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSession } from "../e2e/helpers/terminal-session.js";
import { type KnownHostKey, knownHostKey, runSsh, startServe } from "./helpers/serve-process.js";

let scratch: string;
let hostKey: KnownHostKey;

beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), "resume-serve-"));
	hostKey = await knownHostKey(scratch);
});

afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

/** Connections that say nothing: each holds a slot until the (long) handshake timeout. */
async function holdSlots(port: number, count: number): Promise<Socket[]> {
	return Promise.all(
		Array.from({ length: count }, () => {
			const socket = connect(port, "127.0.0.1");
			return new Promise<Socket>((resolve, reject) =>
				socket.once("connect", () => resolve(socket)).once("error", reject),
			);
		}),
	);
}

/** Exactly what OpenSSH prints on stderr when the server refuses with `sentence`. */
function refusalPrinted(sentence: string, port: number): string {
	return `${sentence}\r\nReceived disconnect from 127.0.0.1 port ${port}:11: \r\nDisconnected from 127.0.0.1 port ${port}\r\n`;
}

describe("a reader over a limit", () => {
	it("over --max-per-address: ssh prints the sentence, then the disconnect, and exits 255", async () => {
		const server = await startServe(hostKey.keyPath, ["--max-per-address", "2", "--handshake-timeout", "60s"]);
		const held = await holdSlots(server.port, 2);
		try {
			const run = await runSsh([...(await hostKey.readerSshArgs(server.port)), "-T", "reader@127.0.0.1"]);

			expect(run.code).toBe(255);
			expect(run.stdout).toBe("");
			expect(run.stderr).toBe(
				refusalPrinted("Too many readers from your address right now: try again in a minute.", server.port),
			);
			await server.waitForLog(/127\.0\.0\.1:\d+ 0\.0s refused: too many sessions from this address \(2 open\)/);
		} finally {
			for (const socket of held) socket.destroy();
			await server.stop();
		}
	});

	it("over --max-sessions, in a terminal: the reader's screen shows the sentence", async () => {
		const server = await startServe(hostKey.keyPath, ["--max-sessions", "1", "--handshake-timeout", "60s"]);
		const held = await holdSlots(server.port, 1);
		try {
			const session = startTestSession({
				command: "ssh",
				args: [...(await hostKey.readerSshArgs(server.port)), "reader@127.0.0.1"],
			});

			expect((await session.waitForExit({ timeout: 15_000 })).exitCode).toBe(255);
			expect(session.screenText().trimEnd().split("\n")).toEqual([
				"Too many readers right now: try again in a minute.",
				// OpenSSH prints the disconnect's (empty) description after a space.
				`Received disconnect from 127.0.0.1 port ${server.port}:11: `,
				`Disconnected from 127.0.0.1 port ${server.port}`,
			]);
		} finally {
			for (const socket of held) socket.destroy();
			await server.stop();
		}
	});
});
