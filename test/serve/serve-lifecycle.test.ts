// The server as its operator sees it: the host key kept across restarts, one-line errors for bad
// input, sessions ended politely on SIGTERM or when idle.
import { spawn } from "node:child_process";
import { chmod, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSession } from "../e2e/helpers/terminal-session.js";
import { CLI_PATH, runSsh, sshArgs, startServe } from "./helpers/serve-process.js";

let scratch: string;

beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), "resume-serve-"));
});

afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

/** Runs `serve` with these arguments to its end, for the runs that fail at once. */
function runServe(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
	const child = spawn(process.execPath, [CLI_PATH, "serve", ...args], { stdio: ["ignore", "ignore", "pipe"] });
	let stderr = "";
	child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
		stderr += chunk;
	});
	return new Promise((resolve) => child.once("close", (code) => resolve({ code, stderr })));
}

describe("the host key", () => {
	it("is made on first start with mode 0600 in a 0700 folder, and the same key is used after a restart", async () => {
		const keyPath = join(scratch, "fresh", "keys", "host_key");

		const first = await startServe(keyPath);
		await first.stop();
		const second = await startServe(keyPath);
		await second.stop();

		expect(second.fingerprint).toBe(first.fingerprint);
		expect(first.log()).toContain(`created in ${keyPath}`);
		expect(second.log()).toContain(`from ${keyPath}`);
		expect((await stat(keyPath)).mode & 0o777).toBe(0o600);
		expect((await stat(join(scratch, "fresh", "keys"))).mode & 0o777).toBe(0o700);
	});

	it("a key others can read, or a file that is no key, is refused with one line and exit status 1", async () => {
		const readable = join(scratch, "readable_key");
		await writeFile(readable, "whatever", { mode: 0o644 });
		await chmod(readable, 0o644);
		const garbage = join(scratch, "garbage_key");
		await writeFile(garbage, "not a key\n", { mode: 0o600 });

		const runs = await Promise.all([runServe(["--host-key", readable]), runServe(["--host-key", garbage])]);

		expect(runs.map((run) => run.code)).toEqual([1, 1]);
		expect(runs[0]?.stderr).toBe(
			`jvizcaino-resume serve: host key ${readable} can be read by others (mode 644): chmod 600 it\n`,
		);
		expect(runs[1]?.stderr).toMatch(/^jvizcaino-resume serve: host key \S+ is not a usable SSH private key.*\n$/);
	});

	it("a folder the key cannot be written to is one line and exit status 1", async () => {
		// Tests may run as root, who writes anywhere: a path under a file fails for everyone.
		const file = join(scratch, "a-file");
		await writeFile(file, "");

		const run = await runServe(["--host-key", join(file, "host_key")]);

		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/^jvizcaino-resume serve: cannot (create|read) host key .*\n$/);
	});
});

describe("bad input", () => {
	it("an unknown flag or a bad value is one line and exit status 2", async () => {
		const runs = await Promise.all([
			runServe(["--bogus"]),
			runServe(["--port", "70000"]),
			runServe(["--idle-timeout", "soon"]),
			runServe(["--max-size", "huge"]),
		]);

		expect(runs.map((run) => run.code)).toEqual([2, 2, 2, 2]);
		expect(runs.map((run) => run.stderr)).toEqual([
			"jvizcaino-resume serve: unknown option --bogus (see serve --help)\n",
			'jvizcaino-resume serve: --port must be a whole number from 0 to 65535, not "70000"\n',
			'jvizcaino-resume serve: --idle-timeout must be a duration such as 30s, 10m or 1h, not "soon"\n',
			'jvizcaino-resume serve: --max-size must be COLUMNSxROWS, at least 20x5, such as 400x150, not "huge"\n',
		]);
	});

	it("a port in use is one line and exit status 1", async () => {
		const taken = createServer();
		await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
		const address = taken.address();
		const port = typeof address === "object" && address ? address.port : 0;
		try {
			const run = await runServe(["--port", String(port), "--host-key", join(scratch, "host_key")]);

			expect(run.code).toBe(1);
			expect(run.stderr).toMatch(
				new RegExp(`^jvizcaino-resume serve: port ${port} on 127\\.0\\.0\\.1 is already in use .*\\n$`),
			);
		} finally {
			await new Promise((resolve) => taken.close(resolve));
		}
	});
});

describe("ending sessions", () => {
	it("SIGTERM says goodbye to each reader, ends their ssh, and the server exits 0", async () => {
		const server = await startServe(join(scratch, "host_key"));
		const session = startTestSession({ command: "ssh", args: ["-tt", ...sshArgs(server.port), "reader@127.0.0.1"] });
		await session.waitFor(/(\d+–\d+ of \d+|all \d+)$/m, { timeout: 15_000 });

		server.child.kill("SIGTERM");

		await session.waitFor("The server is restarting: come back in a minute.");
		expect((await session.waitForExit({ timeout: 10_000 })).exitCode).toBe(0);
		expect(await server.exited()).toBe(0);
		expect(server.log()).toMatch(/server shutdown \(0 open\)/);
	});

	it("a session without a key for the idle timeout, or one past its lifetime, is ended with a line saying why", async () => {
		const server = await startServe(join(scratch, "host_key"), ["--idle-timeout", "1s", "--max-session-time", "3s"]);
		try {
			const connect = async () => {
				const session = startTestSession({
					command: "ssh",
					args: ["-tt", ...sshArgs(server.port), "reader@127.0.0.1"],
				});
				await session.waitFor(/(\d+–\d+ of \d+|all \d+)$/m, { timeout: 15_000 });
				return session;
			};
			const idle = await connect();
			const busy = await connect();
			// Keys keep the idle timeout away, not the lifetime.
			const keys = setInterval(() => busy.press("right"), 300);
			try {
				await idle.waitFor("No key pressed for 1 second: goodbye.");
				expect((await idle.waitForExit({ timeout: 10_000 })).exitCode).toBe(0);
				await busy.waitFor("Sessions last at most 3 seconds: goodbye.", { timeout: 10_000 });
				expect((await busy.waitForExit({ timeout: 10_000 })).exitCode).toBe(0);
			} finally {
				clearInterval(keys);
			}
			await server.waitForLog(/idle timeout \(\d open\)/);
			await server.waitForLog(/session time limit \(0 open\)/);
			// The server goes on serving.
			expect((await runSsh([...sshArgs(server.port), "-T", "reader@127.0.0.1"])).code).toBe(0);
		} finally {
			await server.stop();
		}
	});
});
