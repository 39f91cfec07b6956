// `node dist/cli.js serve` as a test sees it: started on 127.0.0.1 with a free port and a host key
// in a temporary folder, its stderr log collected, and the real OpenSSH client pointed at it.
// `npm test` builds dist/ first; run `npm run build` before running these files alone.
import { type ChildProcess, spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SAMPLE_RESUME } from "../../e2e/helpers/resume-app.js";
import { sessionEnv } from "../../e2e/helpers/terminal-session.js";
import { collectOutput, type ProgramRun } from "../../helpers/collect-output.js";

export const CLI_PATH = fileURLToPath(new URL("../../../dist/cli.js", import.meta.url));

/** Workers take a while to load and warm up on a machine busy with other tests. */
const START_TIMEOUT_MS = 20_000;

export type LogWait = { readonly after?: number; readonly timeoutMs?: number };

export type ServeProcess = {
	readonly port: number;
	readonly fingerprint: string;
	readonly child: ChildProcess;
	/** Everything written to stderr so far. */
	log(): string;
	/** Resolves with the log once it matches; `after` skips what the log held up to that length. */
	waitForLog(pattern: RegExp, options?: LogWait): Promise<string>;
	/** Resolves with the exit code. */
	exited(): Promise<number | null>;
	/** SIGTERM, then SIGKILL if it lingers; resolves once it has exited. */
	stop(): Promise<void>;
};

/** Starts `serve` and resolves once it listens (or rejects with its log if it exits first). */
export async function startServe(hostKey: string, extraArgs: readonly string[] = []): Promise<ServeProcess> {
	const child = spawn(
		process.execPath,
		// The sample résumé unless the test names one: tests are about the product, not content/resume.md.
		[
			CLI_PATH,
			"serve",
			// Each flag once: the command line refuses one given twice.
			...(extraArgs.includes("--port") ? [] : ["--port", "0"]),
			"--host-key",
			hostKey,
			...(extraArgs.includes("--workers") ? [] : ["--workers", "1"]),
			...(extraArgs.includes("--file") ? [] : ["--file", SAMPLE_RESUME]),
			...extraArgs,
		],
		{ env: sessionEnv(), stdio: ["ignore", "ignore", "pipe"] },
	);
	let log = "";
	const waiters = new Set<() => void>();
	child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
		log += chunk;
		for (const waiter of waiters) waiter();
	});
	const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

	function waitForLog(pattern: RegExp, { after = 0, timeoutMs = 10_000 }: LogWait = {}): Promise<string> {
		return new Promise((resolve, reject) => {
			const check = () => {
				if (!pattern.test(log.slice(after))) return;
				finish();
				resolve(log);
			};
			const timer = setTimeout(() => {
				finish();
				reject(new Error(`no ${pattern} in the server's log after ${timeoutMs} ms:\n${log}`));
			}, timeoutMs);
			const finish = () => {
				clearTimeout(timer);
				waiters.delete(check);
			};
			waiters.add(check);
			check();
		});
	}

	const started = await Promise.race([
		waitForLog(/listening on 127\.0\.0\.1:(\d+) .*host key (SHA256:\S+)/, { timeoutMs: START_TIMEOUT_MS }),
		exit.then((code) => {
			throw new Error(`serve exited (${code}) before listening:\n${log}`);
		}),
	]);
	const [, port, fingerprint] = /listening on 127\.0\.0\.1:(\d+) .*host key (SHA256:\S+)/.exec(started) ?? [];
	return {
		port: Number(port),
		fingerprint: fingerprint ?? "",
		child,
		log: () => log,
		waitForLog,
		exited: () => exit,
		async stop() {
			if (child.exitCode !== null || child.signalCode !== null) return;
			child.kill("SIGTERM");
			const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
			await exit;
			clearTimeout(timer);
		},
	};
}

/** The OpenSSH client's options for a throwaway server: no known_hosts, no questions, only errors. */
export function sshArgs(port: number, logLevel = "ERROR"): string[] {
	return [
		"-p",
		String(port),
		"-o",
		"StrictHostKeyChecking=no",
		"-o",
		"UserKnownHostsFile=/dev/null",
		"-o",
		`LogLevel=${logLevel}`,
		"-o",
		"BatchMode=yes",
	];
}

export type SshRun = ProgramRun;

/** Runs `ssh` without a terminal (stdin closed) and collects what it prints; `env` adds to its environment. */
export function runSsh(args: readonly string[], timeoutMs = 15_000, env: Record<string, string> = {}): Promise<SshRun> {
	return collectOutput(
		spawn("ssh", [...args], {
			stdio: ["ignore", "pipe", "pipe"],
			env: { ...sessionEnv(), ...env },
			timeout: timeoutMs,
		}),
	);
}

export type KnownHostKey = {
	/** The server's private key, for --host-key. */
	readonly keyPath: string;
	/** ssh options that trust exactly this key on this port and print what a reader's ssh prints (LogLevel INFO). */
	readerSshArgs(port: number): Promise<string[]>;
};

/**
 * A host key made with ssh-keygen, and a known_hosts that trusts it: ssh then prints nothing of its
 * own about the host, so a test can assert every line a reader sees.
 */
export async function knownHostKey(folder: string): Promise<KnownHostKey> {
	const keyPath = join(folder, "known_host_key");
	const keygen = await collectOutput(
		spawn("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "", "-f", keyPath], {
			stdio: ["ignore", "pipe", "pipe"],
		}),
	);
	if (keygen.code !== 0) throw new Error(`ssh-keygen failed: ${keygen.stderr}`);
	const publicKey = (await readFile(`${keyPath}.pub`, "utf8")).trim();
	return {
		keyPath,
		async readerSshArgs(port) {
			const knownHosts = join(folder, `known_hosts_${port}`);
			await writeFile(knownHosts, `[127.0.0.1]:${port} ${publicKey}\n`);
			return [
				"-p",
				String(port),
				"-o",
				"StrictHostKeyChecking=yes",
				"-o",
				`UserKnownHostsFile=${knownHosts}`,
				"-o",
				"GlobalKnownHostsFile=/dev/null",
				"-o",
				"BatchMode=yes",
			];
		},
	};
}
