// `jvizcaino-resume serve`: the entry point of dist/serve.js, which cli.tsx
// loads only for this command, so ssh2 never slows the viewer's start. The
// same command runs the primary process and, forked by it, each worker.
import cluster from "node:cluster";
import { homedir } from "node:os";
import { join } from "node:path";
import { type DataDirectoryEnvironment, dataDirectory } from "./data-directory.js";
import { loadOrCreateHostKey } from "./host-key.js";
import type { ServeOptions } from "./serve-flags.js";
import { startBalancer } from "./session-balancer.js";
import { runSessionWorker } from "./session-worker.js";
import type { ViewerKit } from "./viewer-kit.js";
import type { FromWorker } from "./worker-messages.js";

export type ServeEnvironment = DataDirectoryEnvironment;

const EXIT_SUCCESS = 0;
const EXIT_FAILURE = 1;

function say(line: string): void {
	process.stderr.write(`${line}\n`);
}

function fail(message: string, code: number): number {
	say(`jvizcaino-resume serve: ${message}`);
	return code;
}

/**
 * Serves the résumé until SIGTERM or SIGINT; resolves with the exit status.
 * `loadKit` brings the viewer from dist/cli.js (see viewer-kit.ts): only
 * workers draw it, so only they load it.
 */
export async function runServe(
	options: ServeOptions,
	environment: ServeEnvironment,
	loadKit: () => Promise<ViewerKit>,
): Promise<number> {
	return cluster.isPrimary ? runPrimary(options, environment) : runWorker(options, loadKit);
}

async function runPrimary(options: ServeOptions, environment: ServeEnvironment): Promise<number> {
	const keyPath =
		options.hostKeyPath ?? join(dataDirectory(process.platform, environment, homedir()), "ssh_host_ed25519_key");
	const hostKey = await loadOrCreateHostKey(keyPath);
	if (!hostKey.ok) return fail(hostKey.error, EXIT_FAILURE);

	// Until the balancer has its own handlers, a signal must not kill the workers' start half-way.
	let stopRequested = false;
	const earlyStop = () => {
		stopRequested = true;
	};
	process.on("SIGTERM", earlyStop);
	process.on("SIGINT", earlyStop);
	const started = await startBalancer({
		host: options.host,
		port: options.port,
		hostKey: hostKey.key.privateKey,
		limits: options.limits,
		workers: options.workers,
		proxyProtocol: options.proxyProtocol,
		log: say,
	});
	process.off("SIGTERM", earlyStop);
	process.off("SIGINT", earlyStop);
	if (!started.ok) return fail(started.error, started.code);
	const { balancer } = started;

	const { address, port } = balancer.address;
	const where = address.includes(":") ? `[${address}]` : address;
	say(
		`jvizcaino-resume serve: listening on ${where}:${port} with ${options.workers} worker(s)` +
			`${options.proxyProtocol ? ", behind a PROXY protocol balancer" : ""}; ` +
			`host key ${hostKey.key.fingerprint} (${hostKey.key.created ? "created in" : "from"} ${keyPath})`,
	);

	await new Promise<void>((stopped) => {
		let stopping = false;
		const stop = () => {
			// A second signal means now.
			if (stopping) process.exit(EXIT_FAILURE);
			stopping = true;
			say(`jvizcaino-resume serve: stopping; ending ${balancer.openCount()} session(s)`);
			void balancer.shutdown().then(stopped);
		};
		process.on("SIGTERM", stop);
		process.on("SIGINT", stop);
		if (stopRequested) stop();
	});
	return EXIT_SUCCESS;
}

async function runWorker(options: ServeOptions, loadKit: () => Promise<ViewerKit>): Promise<number> {
	// Settles once sent: a worker about to exit must not lose its last word.
	const tell = (message: FromWorker) =>
		new Promise<void>((sent) => (process.send ? process.send(message, undefined, {}, () => sent()) : sent()));
	const kit = await loadKit();
	const loaded =
		options.file === undefined ? { ...kit.bundledResume, code: EXIT_FAILURE } : await kit.loadResumeFile(options.file);
	if (!loaded.ok) {
		await tell({ type: "failed", error: loaded.error, code: loaded.code });
		return EXIT_FAILURE;
	}

	// One client must not take every other reader's session down with it: a
	// bug that escapes a session's handlers is reported, and the worker goes on.
	const keepServing = (error: unknown) =>
		void tell({ type: "internal-error", message: error instanceof Error ? error.message : String(error) });
	process.on("uncaughtException", keepServing);
	process.on("unhandledRejection", keepServing);
	// Ink listens for the process's 'beforeExit' once per viewer: a hundred
	// sessions are a hundred listeners, not a leak.
	process.setMaxListeners(options.limits.maxSessions + 20);

	await runSessionWorker({
		kit,
		resume: loaded.resume,
		limits: options.limits,
		maxHeapMiB: options.maxWorkerHeapMiB,
	});
	return EXIT_SUCCESS;
}
