// Everything but the viewer is refused: commands, forwarding, sftp; a client without a pty gets
// the printed résumé; a client that is not SSH at all, or leaves mid-handshake, costs nothing lasting.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { connect, createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NAME, SAMPLE_RESUME } from "../e2e/helpers/resume-app.js";
import { sessionEnv } from "../e2e/helpers/terminal-session.js";
import { runSsh, type ServeProcess, sshArgs, startServe } from "./helpers/serve-process.js";

let scratch: string;
let server: ServeProcess;

beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), "resume-serve-"));
	// A short handshake timeout, so that a client that never starts a session is seen to be cut.
	server = await startServe(join(scratch, "host_key"), [
		"--handshake-timeout",
		"2s",
		"--max-per-address",
		"3",
		"--file",
		SAMPLE_RESUME,
	]);
});

afterAll(async () => {
	await server?.stop();
	await rm(scratch, { recursive: true, force: true });
});

const target = "reader@127.0.0.1";

/** A TCP port nobody listens on: bound, then closed. */
async function closedPort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
	const address = probe.address();
	await new Promise((resolve) => probe.close(resolve));
	return typeof address === "object" && address ? address.port : 0;
}

function opened(socket: Socket): Promise<void> {
	return new Promise((resolve, reject) => socket.once("connect", resolve).once("error", reject));
}

/** Resolves once the server has closed the socket; what it sent is read and dropped, or the close would wait behind it. */
function closed(socket: Socket): Promise<void> {
	socket.resume();
	return new Promise((resolve) => socket.once("close", () => resolve()));
}

describe("what the server refuses", () => {
	it("a command gets a polite refusal on stderr and exit status 1", async () => {
		const run = await runSsh([...sshArgs(server.port), target, "cat", "/etc/passwd"]);

		expect(run.code).toBe(1);
		expect(run.stdout).toBe("");
		expect(run.stderr).toContain("This server shows a résumé and runs no commands");
		expect(run.stderr).not.toContain("root:");
	});

	it("sftp (a subsystem) is refused", async () => {
		const logBefore = server.log().length;
		const run = await runSsh([...sshArgs(server.port), "-s", target, "sftp"]);

		expect(run.code).not.toBe(0);
		expect(run.stderr).toMatch(/subsystem request failed/i);
		// The refused channel is cleaned up like any other (ssh2 recognises it by its class name).
		await server.waitForLog(/closed by client/, { after: logBefore });
		expect(server.log().slice(logBefore)).not.toMatch(/internal error/);
	});

	it("remote forwarding (-R) is refused", async () => {
		const run = await runSsh([
			...sshArgs(server.port),
			"-N",
			"-o",
			"ExitOnForwardFailure=yes",
			"-R",
			`0:127.0.0.1:${await closedPort()}`,
			target,
		]);

		expect(run.code).toBe(255);
		expect(run.stderr).toMatch(/remote port forwarding failed/i);
	});

	it("local forwarding (-L) is refused when used, and the idle connection is cut", async () => {
		const localPort = await closedPort();
		// ssh reports a refused channel at INFO level.
		const forwarding = ["-N", "-L", `${localPort}:127.0.0.1:${server.port}`, target];
		const ssh = spawn("ssh", [...sshArgs(server.port, "INFO"), ...forwarding], {
			stdio: ["ignore", "ignore", "pipe"],
			env: sessionEnv(),
		});
		let stderr = "";
		ssh.stderr.setEncoding("utf8").on("data", (chunk: string) => {
			stderr += chunk;
		});
		const exited = new Promise<number | null>((resolve) => ssh.once("exit", resolve));
		try {
			// ssh opens the forwarded port once it is connected: retry until it does.
			let socket: Socket | undefined;
			for (let attempt = 0; attempt < 50 && !socket; attempt++) {
				const candidate = connect(localPort, "127.0.0.1");
				socket = await opened(candidate).then(
					() => candidate,
					() => new Promise<undefined>((resolve) => setTimeout(resolve, 100)),
				);
			}
			if (!socket) throw new Error(`ssh never listened on ${localPort}: ${stderr}`);
			await closed(socket);
			// No session within the handshake timeout (2 s here): the server cuts the connection.
			expect(await exited).toBe(255);
			expect(stderr).toMatch(/administratively prohibited/);
		} finally {
			ssh.kill();
		}
	});
});

describe("what the server serves instead", () => {
	it("a client without a pty gets the printed résumé, and exit status 0", async () => {
		const run = await runSsh([...sshArgs(server.port), "-T", target]);

		expect(run.code).toBe(0);
		expect(run.stdout.split("\n")[0]).toBe(NAME);
		expect(run.stdout).toContain("Work");
		expect(run.stdout).not.toContain("\u001b");
	});
});

describe("clients that misbehave", () => {
	it("garbage instead of SSH is cut, and the server goes on serving", async () => {
		const logged = server.log().length;
		const socket = connect(server.port, "127.0.0.1");
		await opened(socket);
		socket.write("GET / HTTP/1.1\r\nHost: example\r\n\r\n");
		socket.write(Buffer.alloc(64 * 1024, 0xff));

		await closed(socket);
		await server.waitForLog(/\(0 open\)/, { after: logged });
		const run = await runSsh([...sshArgs(server.port), "-T", target]);
		expect(run.code).toBe(0);
	});

	it("a client that connects and says nothing is cut at the handshake timeout", async () => {
		const logged = server.log().length;
		const socket = connect(server.port, "127.0.0.1");
		await opened(socket);

		await closed(socket);

		await server.waitForLog(/handshake timeout \(0 open\)/, { after: logged });
	});

	it("connections past the per-address limit are refused, and accepted again once others close", async () => {
		const logged = server.log().length;
		const idle = await Promise.all(
			[1, 2, 3]
				.map(() => connect(server.port, "127.0.0.1"))
				.map(async (socket) => {
					await opened(socket);
					return socket;
				}),
		);
		const extra = connect(server.port, "127.0.0.1");
		// Refused, it is still spoken to in SSH, so that a real client can be told why (readable-refusals.test.ts).
		const greeting = await new Promise<string>((resolve) => extra.once("data", (data) => resolve(data.toString())));
		expect(greeting).toMatch(/^SSH-2\.0-jvizcaino-resume/);
		await server.waitForLog(/refused: too many sessions from this address/, { after: logged });

		extra.destroy();
		for (const socket of idle) socket.destroy();
		await server.waitForLog(/\(0 open\)/, { after: server.log().length });
		const run = await runSsh([...sshArgs(server.port), "-T", target]);
		expect(run.code).toBe(0);
	});
});
