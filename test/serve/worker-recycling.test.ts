// A worker whose heap passes --max-worker-heap is replaced politely: new readers go to a fresh
// worker, its own readers keep their sessions until they quit, and then it stops.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSession } from "../e2e/helpers/terminal-session.js";
import { runSsh, sshArgs, startServe } from "./helpers/serve-process.js";

let scratch: string;

beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), "resume-serve-"));
});

afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

describe("a worker past its heap limit", () => {
	it("is replaced; its reader keeps the session until quitting, and new readers are served", async () => {
		// 1 MiB: every worker passes it at its first check, five seconds after it starts.
		const server = await startServe(join(scratch, "host_key"), ["--workers", "1", "--max-worker-heap", "1"]);
		try {
			const reader = startTestSession({ command: "ssh", args: ["-tt", ...sshArgs(server.port), "reader@127.0.0.1"] });
			await reader.waitFor(/\d+–\d+ of \d+$/m, { timeout: 15_000 });

			await server.waitForLog(/a session worker's heap reached \d+ MiB; replacing it once its sessions end/, {
				timeoutMs: 20_000,
			});
			reader.press("right");
			await reader.waitFor("[2 Studies]");
			// A fresh worker serves newcomers meanwhile.
			expect((await runSsh([...sshArgs(server.port), "-T", "reader@127.0.0.1"])).code).toBe(0);
			reader.press("q");
			expect((await reader.waitForExit({ timeout: 10_000 })).exitCode).toBe(0);

			await server.waitForLog(/ quit \(0 open\)/);
			expect(server.log()).not.toMatch(/lost: its worker stopped|session worker stopped/);
			expect((await runSsh([...sshArgs(server.port), "-T", "reader@127.0.0.1"])).code).toBe(0);
		} finally {
			await server.stop();
		}
	}, 60_000);
});
