// The scale-out the README shows: HAProxy (Debian's haproxy) on loopback in front of two `serve`
// processes that share one host key, sending the PROXY protocol (v2 to one, v1 to the other). Real
// OpenSSH clients connect from 127.0.0.2 through it; HAProxy connects from 127.0.0.3. The readers are
// spread over both servers, each sees the viewer, and the logs name 127.0.0.2, never HAProxy.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSession, type TerminalSession } from "../e2e/helpers/terminal-session.js";
import { type KnownHostKey, knownHostKey, type ServeProcess, startServe } from "./helpers/serve-process.js";

/** HAProxy's path: found, or installed when this runs as root on Debian (as .ci/run does), or undefined. */
function findHaproxy(): string | undefined {
	const which = () => {
		try {
			return execFileSync("sh", ["-c", "command -v haproxy"], { encoding: "utf8" }).trim() || undefined;
		} catch {
			return undefined;
		}
	};
	const found = which();
	if (found || process.getuid?.() !== 0) return found;
	try {
		execFileSync("sh", ["-c", "command -v apt-get >/dev/null && apt-get update && apt-get install -y haproxy"], {
			stdio: "ignore",
			timeout: 240_000,
		});
	} catch {
		return undefined;
	}
	return which();
}

const HAPROXY = findHaproxy();
const READERS = 4;

async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
	const address = probe.address();
	await new Promise((resolve) => probe.close(resolve));
	return typeof address === "object" && address ? address.port : 0;
}

function haproxyConfig(frontPort: number, ports: readonly [number, number]): string {
	return `global
    maxconn 256

defaults
    mode tcp
    timeout connect 5s
    timeout client 1h
    timeout server 1h

frontend ssh
    bind 127.0.0.1:${frontPort}
    default_backend resume

backend resume
    balance roundrobin
    source 127.0.0.3
    server a 127.0.0.1:${ports[0]} send-proxy-v2 check inter 2s
    server b 127.0.0.1:${ports[1]} send-proxy check inter 2s
`;
}

async function waitUntilAccepting(port: number): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		const accepted = await new Promise<boolean>((resolve) => {
			const socket = connect(port, "127.0.0.1");
			socket.once("connect", () => {
				socket.destroy();
				resolve(true);
			});
			socket.once("error", () => resolve(false));
		});
		if (accepted) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`HAProxy never listened on ${port}`);
}

describe.skipIf(HAPROXY === undefined)("behind HAProxy (skipped when haproxy is not installed and cannot be)", () => {
	let scratch: string;
	let hostKey: KnownHostKey;
	let servers: ServeProcess[] = [];
	let haproxy: ChildProcess | undefined;
	let haproxyLog = "";
	let frontPort = 0;

	beforeAll(async () => {
		scratch = await mkdtemp(join(tmpdir(), "resume-haproxy-"));
		hostKey = await knownHostKey(scratch);
		servers = await Promise.all([1, 2].map(() => startServe(hostKey.keyPath, ["--proxy-protocol", "--workers", "1"])));
		frontPort = await freePort();
		const config = join(scratch, "haproxy.cfg");
		await writeFile(config, haproxyConfig(frontPort, [servers[0]?.port ?? 0, servers[1]?.port ?? 0]));
		haproxy = spawn(HAPROXY ?? "haproxy", ["-f", config, "-db"], { stdio: ["ignore", "pipe", "pipe"] });
		haproxy.stdout?.setEncoding("utf8").on("data", (text: string) => {
			haproxyLog += text;
		});
		haproxy.stderr?.setEncoding("utf8").on("data", (text: string) => {
			haproxyLog += text;
		});
		await waitUntilAccepting(frontPort);
	}, 60_000);

	afterAll(async () => {
		haproxy?.kill("SIGTERM");
		await Promise.all(servers.map((server) => server.stop()));
		await rm(scratch, { recursive: true, force: true });
	});

	it(`${READERS} OpenSSH readers are spread over both servers, each sees the viewer, and the logs name them`, async () => {
		const args = [...(await hostKey.readerSshArgs(frontPort)), "-b", "127.0.0.2", "-tt", "reader@127.0.0.1"];
		const sessions: TerminalSession[] = [];
		for (let index = 0; index < READERS; index++) {
			const session = startTestSession({ command: "ssh", args });
			sessions.push(session);
			// One at a time: round-robin then alternates between the two servers.
			await session.waitFor(/\d+–\d+ of \d+$/m, { timeout: 15_000 }).catch((error: Error) => {
				throw new Error(`${error.message}\nHAProxy: ${haproxyLog}`);
			});
		}
		for (const session of sessions) session.press("q");
		for (const session of sessions) expect((await session.waitForExit({ timeout: 10_000 })).exitCode).toBe(0);

		for (const server of servers) {
			await server.waitForLog(/ 127\.0\.0\.2:\d+ [\d.]+s quit \(0 open\)/);
			expect(server.log()).toMatch(/behind a PROXY protocol balancer/);
			expect(server.log()).not.toContain("127.0.0.3");
		}
		const served = servers.map((server) => (server.log().match(/ 127\.0\.0\.2:\d+ [\d.]+s quit /g) ?? []).length);
		expect(served).toEqual([READERS / 2, READERS / 2]);
	}, 90_000);
});
