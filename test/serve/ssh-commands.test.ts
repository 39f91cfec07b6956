// `ssh HOST print`, `json`, `vcard` and `help` answer and exit 0; any other command gets one
// line listing them and exit 1. Run with the real OpenSSH client, with and without a terminal.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client, type ClientChannel } from "ssh2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NAME } from "../e2e/helpers/resume-app.js";
import { startTestSession } from "../e2e/helpers/terminal-session.js";
import { runSsh, type ServeProcess, sshArgs, startServe } from "./helpers/serve-process.js";

const ESC = "\u001b";
let scratch: string;
let server: ServeProcess;

beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), "resume-serve-"));
	server = await startServe(join(scratch, "host_key"));
});

afterAll(async () => {
	await server?.stop();
	await rm(scratch, { recursive: true, force: true });
});

const target = "reader@127.0.0.1";

describe("commands", () => {
	it("help lists the commands and exits 0", async () => {
		const run = await runSsh([...sshArgs(server.port), target, "help"]);

		expect(run).toEqual({
			code: 0,
			stderr: "",
			stdout: [
				`  ssh -p ${server.port} HOST        the résumé in a viewer (needs a terminal)`,
				`  ssh -p ${server.port} HOST print  the whole résumé as text, at your terminal's width and colours`,
				`  ssh -p ${server.port} HOST json   the résumé as a JSON Resume document (jsonresume.org)`,
				`  ssh -p ${server.port} HOST vcard  the contact as a vCard, to save in an address book (ssh HOST vcard > contact.vcf)`,
				`  ssh -p ${server.port} HOST help   this list`,
				"",
			].join("\n"),
		});
	});

	it("json is the résumé as JSON Resume, and exits 0", async () => {
		const run = await runSsh([...sshArgs(server.port), target, "json"]);

		expect(run.code).toBe(0);
		expect(JSON.parse(run.stdout)).toMatchObject({ basics: { name: NAME } });
	});

	it("vcard is the contact as a vCard 4.0, with CRLF line ends, and exits 0", async () => {
		const run = await runSsh([...sshArgs(server.port), target, "vcard"]);

		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
		expect(run.stdout).toContain(`\r\nFN:${NAME}\r\n`);
		expect(run.stdout).toMatch(/\r\nEND:VCARD\r\n$/);
	});

	it("print without a terminal is plain text, lines unwrapped, and exits 0", async () => {
		const run = await runSsh([...sshArgs(server.port), target, "print"]);

		expect(run.code).toBe(0);
		expect(run.stdout.split("\n")[0]).toBe(NAME);
		expect(run.stdout).not.toContain(ESC);
	});

	it("print without a terminal takes its colours from a TERM the client sends", async () => {
		const run = await runSsh(["-o", "SendEnv=TERM", ...sshArgs(server.port), target, "print"], 15_000, {
			TERM: "xterm-256color",
		});

		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(new RegExp(`${ESC}\\[38;5;\\d+m`));
	});

	it("print in a 60-column terminal (ssh -t) is drawn at 60 columns with its colours", async () => {
		const session = startTestSession({
			command: "env",
			args: ["TERM=xterm-256color", "ssh", "-t", ...sshArgs(server.port), target, "print"],
			cols: 60,
			rows: 40,
		});

		expect((await session.waitForExit({ timeout: 15_000 })).exitCode).toBe(0);
		expect(session.output()).toMatch(new RegExp(`${ESC}\\[38;5;\\d+m`));
		// Nothing wrapped by the terminal: every line was laid out within 60 columns, each starting at the left.
		expect(session.wrappedRows()).toEqual([]);
	});

	it("any other command gets one line listing the commands, and exits 1", async () => {
		const run = await runSsh([...sshArgs(server.port), target, "vim"]);

		expect(run).toEqual({
			code: 1,
			stdout: "",
			stderr: `This server shows a résumé and runs no commands: connect with "ssh -p ${server.port} HOST" for the viewer, or add print, json, vcard or help after HOST.\n`,
		});
	});
});

/** A session opened with ssh2's client, for requests OpenSSH does not make. */
function openChannel(start: (client: Client, ready: (channel: ClientChannel) => void) => void) {
	return new Promise<{ client: Client; channel: ClientChannel }>((resolve, reject) => {
		const client = new Client();
		client.on("error", reject);
		client.on("ready", () => start(client, (channel) => resolve({ client, channel })));
		client.connect({ host: "127.0.0.1", port: server.port, username: "reader", readyTimeout: 15_000 });
	});
}

type ChannelInternals = {
	readonly outgoing: { readonly id: number };
	readonly _callbacks: ((failed: boolean) => void)[];
};
type ClientInternals = {
	readonly _protocol: {
		env(channel: number, key: string, value: string, wantReply: boolean): void;
		shell(channel: number, wantReply: boolean): void;
	};
};

/** Sends a request on a running session, wanting a reply; resolves with whether it failed, or "no reply" after 5 s. */
function lateRequest(
	client: Client,
	channel: ClientChannel,
	send: (protocol: ClientInternals["_protocol"], id: number) => void,
) {
	return new Promise<boolean | "no reply">((resolve) => {
		const timer = setTimeout(() => resolve("no reply"), 5000);
		const internals = channel as unknown as ChannelInternals;
		internals._callbacks.push((failed) => {
			clearTimeout(timer);
			resolve(failed);
		});
		send((client as unknown as ClientInternals)._protocol, internals.outgoing.id);
	});
}

describe("requests once the viewer runs", () => {
	it("a late env request or a second shell is answered no, and the viewer goes on", async () => {
		const logged = server.log().length;
		const { client, channel } = await openChannel((client, ready) =>
			client.shell({ term: "xterm", cols: 80, rows: 24 }, (error, channel) => {
				if (!error) ready(channel);
			}),
		);
		let output = "";
		channel.on("data", (data: Buffer) => {
			output += data.toString();
		});
		try {
			expect(await lateRequest(client, channel, (protocol, id) => protocol.env(id, "LANG", "C", true))).toBe(true);
			expect(await lateRequest(client, channel, (protocol, id) => protocol.shell(id, true))).toBe(true);
			channel.write("q");
			await new Promise((resolve) => channel.once("close", resolve));
			expect(output).toContain("Lanternfish Analytics");
			await server.waitForLog(/ quit \(0 open\)/, { after: logged });
			expect(server.log().slice(logged)).not.toMatch(/protocol error|internal error/);
		} finally {
			client.end();
		}
	});
});
