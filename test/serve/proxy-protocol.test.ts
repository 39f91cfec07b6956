// Behind a load balancer (--proxy-protocol), the PROXY header names the client: limits and the log go
// by that address. A relay in the test plays the balancer: it sends a chosen v1 or v2 header, then
// passes the real OpenSSH client's bytes both ways. Without the flag, a header is refused.
import { mkdtemp, rm } from "node:fs/promises";
import { connect, createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NAME } from "../e2e/helpers/resume-app.js";
import { runSsh, sshArgs, startServe } from "./helpers/serve-process.js";

let scratch: string;
const relays: Server[] = [];

beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), "resume-serve-"));
});

afterAll(async () => {
	for (const relay of relays) relay.close();
	await rm(scratch, { recursive: true, force: true });
});

/** A port that forwards each connection to `targetPort`, the header first. */
async function relayWithHeader(targetPort: number, header: Buffer): Promise<number> {
	const relay = createServer((incoming) => {
		const outgoing = connect(targetPort, "127.0.0.1", () => {
			outgoing.write(header);
			incoming.pipe(outgoing).pipe(incoming);
		});
		const cut = () => {
			incoming.destroy();
			outgoing.destroy();
		};
		incoming.on("error", cut).on("close", cut);
		outgoing.on("error", cut).on("close", cut);
	});
	relays.push(relay);
	await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
	const address = relay.address();
	return typeof address === "object" && address ? address.port : 0;
}

function v1(address: string, port: number): Buffer {
	return Buffer.from(`PROXY TCP4 ${address} 192.0.2.1 ${port} 2222\r\n`);
}

/** A v2 header for an IPv6 client 2001:db8::1, port 40112. */
function v2ForIPv6Client(): Buffer {
	const body = Buffer.from(`20010db8${"0".repeat(22)}0120010db8${"0".repeat(22)}029cb00016`, "hex");
	return Buffer.concat([Buffer.from("0d0a0d0a000d0a515549540a2121", "hex"), Buffer.from([0, body.length]), body]);
}

const target = "reader@127.0.0.1";

describe("--proxy-protocol", () => {
	it("v1 and v2 headers: the client is served, and the log names the address in the header", async () => {
		const server = await startServe(join(scratch, "host_key"), ["--proxy-protocol"]);
		try {
			const viaV1 = await relayWithHeader(server.port, v1("203.0.113.7", 51234));
			const viaV2 = await relayWithHeader(server.port, v2ForIPv6Client());

			const printed = await runSsh([...sshArgs(viaV1), "-T", target]);
			const helped = await runSsh([...sshArgs(viaV2), target, "help"]);

			expect(printed.code).toBe(0);
			expect(printed.stdout.split("\n")[0]).toBe(NAME);
			expect(helped.code).toBe(0);
			await server.waitForLog(/ 203\.0\.113\.7:51234 [\d.]+s printed /);
			await server.waitForLog(/ \[2001:db8::1\]:40112 [\d.]+s command help /);
			expect(server.log()).toMatch(/behind a PROXY protocol balancer/);
		} finally {
			await server.stop();
		}
	});

	it("limits count the address in the header, not the balancer's", async () => {
		const server = await startServe(join(scratch, "host_key"), [
			"--proxy-protocol",
			"--max-per-address",
			"1",
			"--handshake-timeout",
			"30s",
		]);
		const held: Socket[] = [];
		try {
			const fromOne = await relayWithHeader(server.port, v1("203.0.113.7", 1000));
			const fromAnother = await relayWithHeader(server.port, v1("198.51.100.9", 2000));
			const socket = connect(fromOne, "127.0.0.1");
			held.push(socket);
			await new Promise((resolve) => socket.once("data", resolve));

			const refused = await runSsh([...sshArgs(fromOne, "INFO"), "-T", target]);
			const served = await runSsh([...sshArgs(fromAnother), "-T", target]);

			expect(refused.code).toBe(255);
			expect(refused.stderr).toContain("Too many readers from your address right now: try again in a minute.");
			expect(served.code).toBe(0);
		} finally {
			for (const socket of held) socket.destroy();
			await server.stop();
		}
	});

	it("a client without a header is refused, and logged", async () => {
		const server = await startServe(join(scratch, "host_key"), ["--proxy-protocol"]);
		try {
			const run = await runSsh([...sshArgs(server.port), "-T", target]);

			expect(run.code).toBe(255);
			await server.waitForLog(/127\.0\.0\.1:\d+ 0\.0s refused: no PROXY protocol header/);
		} finally {
			await server.stop();
		}
	});
});

describe("without --proxy-protocol", () => {
	it("a PROXY header is refused: nobody can claim an address", async () => {
		const server = await startServe(join(scratch, "host_key"));
		try {
			const relay = await relayWithHeader(server.port, v1("203.0.113.7", 51234));

			const run = await runSsh([...sshArgs(relay), "-T", target]);

			expect(run.code).toBe(255);
			await server.waitForLog(/127\.0\.0\.1:\d+ [\d.]+s (protocol error|closed before speaking SSH)/);
			expect(server.log()).not.toContain("203.0.113.7");
		} finally {
			await server.stop();
		}
	});
});
