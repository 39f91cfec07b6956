// The server opens its port only once a worker can serve: `listening` is its first word, the first
// client is served, and a restart (SIGTERM, then start again) loses no reader who connects once the
// new process says `listening`. Clients are the real OpenSSH client, without a terminal.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NAME } from "../e2e/helpers/resume-app.js";
import { knownHostKey, runSsh, type SshRun, sshArgs, startServe } from "./helpers/serve-process.js";

let scratch: string;

beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), "resume-serve-"));
});

afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

const target = "reader@127.0.0.1";

describe("starting", () => {
	it("the first line of the log says listening, and a client that connects at that moment is served", async () => {
		const server = await startServe(join(scratch, "host_key"), ["--workers", "2"]);
		try {
			const run = await runSsh([...sshArgs(server.port), "-T", target]);

			expect(server.log().split("\n")[0]).toMatch(/^jvizcaino-resume serve: listening on 127\.0\.0\.1:\d+ /);
			expect(run.code).toBe(0);
			expect(run.stdout.split("\n")[0]).toBe(NAME);
			expect(server.log()).not.toMatch(/refused/);
		} finally {
			await server.stop();
		}
	});
});

describe("a restart under load", () => {
	it("every reader who connects after the new process says listening is served", async () => {
		// ssh as a reader runs it (LogLevel INFO), trusting the key: it prints only what the server says.
		const { keyPath, readerSshArgs } = await knownHostKey(scratch);
		const first = await startServe(keyPath, ["--workers", "2"]);
		const port = first.port;
		const readerArgs = await readerSshArgs(port);
		type Attempt = { readonly startedAt: number; readonly run: SshRun };
		const attempts: Attempt[] = [];
		let secondListeningAt = Number.POSITIVE_INFINITY;
		let keepGoing = true;
		// Four readers connecting one after another, over and over, through the restart.
		const readers = [1, 2, 3, 4].map(async () => {
			while (keepGoing) {
				const startedAt = performance.now();
				const run = await runSsh([...readerArgs, "-T", target]);
				attempts.push({ startedAt, run });
				// A refused connection returns at once: do not spin.
				if (run.code !== 0) await new Promise((resolve) => setTimeout(resolve, 50));
			}
		});
		let second: Awaited<ReturnType<typeof startServe>> | undefined;
		try {
			// Load first, then the restart.
			while (attempts.filter((attempt) => attempt.run.code === 0).length < 4)
				await new Promise((resolve) => setTimeout(resolve, 50));
			await first.stop();
			second = await startServe(keyPath, ["--workers", "2", "--port", String(port)]);
			secondListeningAt = performance.now();
			const servedAfter = () => attempts.filter((attempt) => attempt.startedAt > secondListeningAt).length;
			while (servedAfter() < 12) await new Promise((resolve) => setTimeout(resolve, 50));
		} finally {
			keepGoing = false;
			await Promise.all(readers);
			await second?.stop();
		}

		const after = attempts.filter((attempt) => attempt.startedAt > secondListeningAt);
		expect(after.length).toBeGreaterThanOrEqual(12);
		expect(
			after.map(({ run }) => ({ code: run.code, firstLine: run.stdout.split("\n")[0], stderr: run.stderr })),
		).toEqual(after.map(() => ({ code: 0, firstLine: NAME, stderr: "" })));
		expect(second?.log().split("\n")[0]).toMatch(/^jvizcaino-resume serve: listening on /);
	}, 60_000);
});
