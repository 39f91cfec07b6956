import cluster, { type Worker } from "node:cluster";
import { type AddressInfo, createServer, type Socket } from "node:net";
import { addressGroup, shownAddress } from "./client-address.js";
import { readProxyHeader } from "./read-proxy-header.js";
import { RefusalLog } from "./refusal-log.js";
import { REFUSALS, type RefusalReason, Refuser } from "./refusals.js";
import type { SessionLimits } from "./serve-flags.js";
import { visitLine } from "./visit-log.js";
import { type FromWorker, isFromWorker, type ToWorker } from "./worker-messages.js";

export type BalancerOptions = {
	readonly host: string;
	readonly port: number;
	/** OpenSSH private key text, handed to every worker. */
	readonly hostKey: string;
	readonly limits: SessionLimits;
	readonly workers: number;
	/** Connections start with a PROXY protocol header naming the client (see proxy-header.ts). */
	readonly proxyProtocol: boolean;
	/** One line a connection, as it ends (and one for each one refused). */
	readonly log: (line: string) => void;
};

export type Balancer = {
	readonly address: AddressInfo;
	/** Connections open now, handshakes included. */
	openCount(): number;
	/** Stops accepting, has every worker end its sessions politely and exit, and settles once they have. */
	shutdown(): Promise<void>;
};

export type BalancerResult =
	| { readonly ok: true; readonly balancer: Balancer }
	| { readonly ok: false; readonly error: string; readonly code: number };

type OpenVisit = {
	readonly worker: Worker;
	readonly group: string;
	/** Until the client starts a session: a stalled handshake gives way to a newcomer. */
	handshaking: boolean;
	readonly address: string;
	readonly port: number;
	readonly startedAt: number;
};

/** Workers that exit before they are ready this many times in a row mean something is wrong, not unlucky. */
const MAX_FAILED_STARTS = 3;
/** How long a balancer may take to send its PROXY header (at most the handshake timeout). */
const PROXY_HEADER_TIMEOUT_MS = 3000;
/** A handshake older than this is longer than any real client's, even in a burst: it gives way at a limit. */
const STALLED_HANDSHAKE_MS = 3000;
/** How long a worker past --max-worker-heap may go on serving its sessions before they are ended politely. */
const RETIRE_DEADLINE_MS = 5 * 60_000;
/** Once one worker is ready, how long the port waits for the others before opening. */
const ALL_READY_GRACE_MS = 2000;
/** Once serving, how long to wait before trying again after that many failed starts. */
const RETRY_FAILED_START_MS = 30_000;
const SHOW_CURSOR = "\u001b[?25h";
/** How long workers have to end their sessions on shutdown before they are killed. */
const SHUTDOWN_DEADLINE_MS = 10_000;

/**
 * The primary process: it owns the port, the limits and the log, and hands
 * each accepted connection to the least busy worker (session-worker.ts). A
 * connection over a limit is refused here, with a sentence (refusals.ts); the
 * socket is accepted paused, so no byte of it is read before a worker has it.
 */
export async function startBalancer(options: BalancerOptions): Promise<BalancerResult> {
	const { limits } = options;
	const visits = new Map<number, OpenVisit>();
	const perGroup = new Map<string, number>();
	/**
	 * A limit reached, the oldest connection still in its handshake after
	 * STALLED_HANDSHAKE_MS (longer than any real client's) gives way to the
	 * newcomer: silent sockets, reopened at each timeout, then cannot keep
	 * every slot from readers.
	 */
	const evictStalledHandshake = (among: (visit: OpenVisit) => boolean): boolean => {
		const now = performance.now();
		for (const [id, visit] of visits) {
			if (!visit.handshaking || now - visit.startedAt < STALLED_HANDSHAKE_MS || !among(visit)) continue;
			visit.handshaking = false;
			const evict: ToWorker = { type: "evict", id };
			sendQuietly(visit.worker, evict);
			return true;
		}
		return false;
	};
	const openPerWorker = new Map<Worker, number>();
	const ready = new Set<Worker>();
	/** Workers past --max-worker-heap: replaced, and stopped once their sessions end (or after a while). */
	const retiring = new Map<Worker, NodeJS.Timeout>();
	let nextVisitId = 1;
	let shuttingDown = false;
	let failedStarts = 0;
	let startupFailed: ((failure: { error: string; code: number }) => void) | undefined;

	const logVisit = (visit: { address: string; port: number; startedAt: number }, outcome: string) =>
		options.log(
			visitLine({
				endedAt: new Date(),
				address: visit.address,
				port: visit.port,
				durationMs: performance.now() - visit.startedAt,
				outcome,
				open: visits.size,
			}),
		);

	const release = (id: number, outcome: string) => {
		const visit = visits.get(id);
		if (!visit) return;
		visits.delete(id);
		openPerWorker.set(visit.worker, (openPerWorker.get(visit.worker) ?? 1) - 1);
		const left = (perGroup.get(visit.group) ?? 1) - 1;
		if (left > 0) perGroup.set(visit.group, left);
		else perGroup.delete(visit.group);
		logVisit(visit, outcome);
		stopIfRetiredAndIdle(visit.worker);
	};

	/** A retiring worker stops once it holds no session and a fresh one can take its place. */
	const stopIfRetiredAndIdle = (worker: Worker, deadlinePassed = false) => {
		if (!retiring.has(worker) || shuttingDown) return;
		const replaced = [...ready].some((candidate) => !retiring.has(candidate));
		if (!replaced || (!deadlinePassed && (openPerWorker.get(worker) ?? 0) > 0)) return;
		clearTimeout(retiring.get(worker));
		ready.delete(worker);
		const stop: ToWorker = { type: "shutdown" };
		sendQuietly(worker, stop);
	};

	let port = 0;
	const refuser = new Refuser(options.hostKey);
	const refusalLog = new RefusalLog(options.log);
	/**
	 * Behind a load balancer (--proxy-protocol), the client's address is in the
	 * header that starts the connection, and limits and the log go by it.
	 */
	let readingHeaders = 0;
	const viaProxy = (socket: Socket) => {
		if (readingHeaders >= limits.maxSessions) return void socket.destroy();
		readingHeaders++;
		// The balancer's own address, for the line of a connection refused (it is gone once the socket is).
		const balancer = { address: shownAddress(socket.remoteAddress ?? "unknown"), port: socket.remotePort ?? 0 };
		const timeoutMs = Math.min(limits.handshakeTimeoutMs, PROXY_HEADER_TIMEOUT_MS);
		void readProxyHeader(socket, timeoutMs).then((read) => {
			readingHeaders--;
			if (read.ok)
				return admit(
					socket,
					read.client?.address ?? balancer.address,
					read.client?.port ?? balancer.port,
					read.leftover,
				);
			socket.destroy();
			// A balancer's health check connects and closes without a word, every few seconds: not worth a line.
			if (read.silent) return;
			refusalLog.write(
				visitLine({
					endedAt: new Date(),
					...balancer,
					durationMs: 0,
					outcome: `refused: ${read.reason}`,
					open: visits.size,
				}),
			);
		});
	};

	/** A socket whose PROXY header was read here cannot be read here again: a worker tells its reader why. */
	const refuseInWorker = (socket: Socket, reason: RefusalReason, leftover: Buffer): boolean => {
		const worker = [...ready][0];
		if (!worker) {
			socket.destroy();
			return false;
		}
		const message: ToWorker = {
			type: "refuse",
			reason,
			...(leftover.length > 0 ? { leftover: leftover.toString("base64") } : {}),
		};
		worker.send(message, socket, (error) => {
			if (error) socket.destroy();
		});
		return true;
	};

	const admit = (socket: Socket, clientAddress: string, remotePort: number, leftover?: Buffer) => {
		const address = shownAddress(clientAddress);
		const group = addressGroup(address);
		const fresh = [...ready].filter((candidate) => !retiring.has(candidate));
		const worker = (fresh.length > 0 ? fresh : [...ready]).sort(
			(a, b) => (openPerWorker.get(a) ?? 0) - (openPerWorker.get(b) ?? 0),
		)[0];
		const refusal: RefusalReason | undefined = shuttingDown
			? "shutting-down"
			: worker === undefined
				? "no-worker-ready"
				: visits.size >= limits.maxSessions && !evictStalledHandshake(() => true)
					? "too-many-sessions"
					: (perGroup.get(group) ?? 0) >= limits.maxSessionsPerAddress &&
							!evictStalledHandshake((visit) => visit.group === group)
						? "too-many-from-address"
						: undefined;
		if (refusal || worker === undefined) {
			const reason = refusal ?? "no-worker-ready";
			const told =
				leftover === undefined ? refuser.refuse(socket, reason) === "told" : refuseInWorker(socket, reason, leftover);
			refusalLog.write(
				visitLine({
					endedAt: new Date(),
					address,
					port: remotePort,
					durationMs: 0,
					outcome: `${REFUSALS[reason].outcome}${told ? "" : " (cut: too many refusals at once)"}`,
					open: visits.size,
				}),
			);
			return;
		}
		const id = nextVisitId++;
		visits.set(id, { worker, group, handshaking: true, address, port: remotePort, startedAt: performance.now() });
		openPerWorker.set(worker, (openPerWorker.get(worker) ?? 0) + 1);
		perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
		const message: ToWorker = {
			type: "visit",
			id,
			port,
			...(leftover && leftover.length > 0 ? { leftover: leftover.toString("base64") } : {}),
		};
		worker.send(message, socket, (error) => {
			if (!error) return;
			socket.destroy();
			release(id, "refused: worker unavailable");
		});
	};
	const tcpServer = createServer({ pauseOnConnect: true }, (socket: Socket) =>
		options.proxyProtocol ? viaProxy(socket) : admit(socket, socket.remoteAddress ?? "unknown", socket.remotePort ?? 0),
	);
	// Errors once listening (EMFILE under a flood, say) concern one connection; the server goes on.
	tcpServer.on("error", () => undefined);

	// Ink's cursor helper writes "show the cursor" to the process's stderr as each
	// worker exits: meant for a terminal, it would land in the log. Workers
	// write nothing else there but a crash's last words, which are passed on.
	cluster.setupPrimary({ silent: true });
	const retryTimers = new Set<NodeJS.Timeout>();
	function fork(): void {
		const worker = cluster.fork();
		worker.process.stderr?.setEncoding("utf8").on("data", (text: string) => {
			const meant = text.replaceAll(SHOW_CURSOR, "");
			if (meant) process.stderr.write(meant);
		});
		worker.process.stdout?.resume();
		openPerWorker.set(worker, 0);
		worker.on("message", (message: unknown) => {
			if (!isFromWorker(message)) return;
			const report = message as FromWorker;
			if (report.type === "waiting") {
				const start: ToWorker = { type: "start", hostKey: options.hostKey };
				sendQuietly(worker, start);
			} else if (report.type === "ready") {
				failedStarts = 0;
				ready.add(worker);
				firstReady?.();
				for (const old of retiring.keys()) stopIfRetiredAndIdle(old);
			} else if (report.type === "failed") startupFailed?.({ error: report.error, code: report.code });
			else if (report.type === "closed") release(report.id, report.outcome);
			else if (report.type === "started") {
				const visit = visits.get(report.id);
				if (visit) visit.handshaking = false;
			} else if (report.type === "heap-full") retire(worker, report.heapMiB);
			else if (report.type === "internal-error")
				options.log(`jvizcaino-resume serve: internal error in a worker (still serving): ${report.message}`);
		});
		worker.on("exit", (code, signal) => {
			const wasReady = ready.delete(worker);
			const wasRetiring = retiring.has(worker);
			clearTimeout(retiring.get(worker));
			retiring.delete(worker);
			openPerWorker.delete(worker);
			for (const [id, visit] of visits)
				if (visit.worker === worker)
					release(id, shuttingDown || wasRetiring ? "server shutdown" : "lost: its worker stopped");
			// A retired worker was replaced when it retired.
			if (shuttingDown || wasRetiring) return;
			options.log(`jvizcaino-resume serve: a session worker stopped (${signal ?? `exit ${code}`}); starting another`);
			if (wasReady || ++failedStarts < MAX_FAILED_STARTS) return fork();
			if (startupFailed) return startupFailed({ error: "session workers keep failing to start", code: 1 });
			// Serving already: whatever failed (memory, a file) may pass, and the service must not stay short for good.
			failedStarts = 0;
			options.log(
				`jvizcaino-resume serve: session workers keep failing to start; trying again in ${RETRY_FAILED_START_MS / 1000} s`,
			);
			const retry = setTimeout(() => {
				retryTimers.delete(retry);
				if (!shuttingDown) fork();
			}, RETRY_FAILED_START_MS);
			retryTimers.add(retry);
		});
	}

	function retire(worker: Worker, heapMiB: number): void {
		if (retiring.has(worker) || shuttingDown) return;
		options.log(
			`jvizcaino-resume serve: a session worker's heap reached ${heapMiB} MiB; replacing it once its sessions end`,
		);
		const deadline = setTimeout(() => stopIfRetiredAndIdle(worker, true), RETIRE_DEADLINE_MS);
		retiring.set(worker, deadline);
		fork();
	}

	// The port opens only once a worker can serve: a client that connects as
	// the server starts is served, never reset for want of a worker. It waits
	// a little for the others too, so that a burst of readers at the opening
	// (a restart under load) is spread over every core.
	let firstReady: (() => void) | undefined;
	let allReadyGrace: NodeJS.Timeout | undefined;
	const started = new Promise<{ ok: true } | { ok: false; error: string; code: number }>((resolve) => {
		firstReady = () => {
			if (ready.size >= options.workers) return resolve({ ok: true });
			allReadyGrace ??= setTimeout(() => resolve({ ok: true }), ALL_READY_GRACE_MS);
		};
		startupFailed = (failure) => {
			// No more workers: they would fail the same way.
			shuttingDown = true;
			resolve({ ok: false, ...failure });
		};
	});
	for (let index = 0; index < options.workers; index++) fork();
	const outcome = await started;
	clearTimeout(allReadyGrace);
	firstReady = undefined;
	startupFailed = undefined;
	const listening = outcome.ok
		? await new Promise<{ ok: true; address: AddressInfo } | { ok: false; error: string; code: number }>((resolve) => {
				const failed = (error: NodeJS.ErrnoException) =>
					resolve({ ok: false, error: listenError(error, options.host, options.port), code: 1 });
				tcpServer.once("error", failed);
				tcpServer.listen({ host: options.host, port: options.port }, () => {
					tcpServer.off("error", failed);
					resolve({ ok: true, address: tcpServer.address() as AddressInfo });
				});
			})
		: outcome;

	const shutdown = async () => {
		shuttingDown = true;
		refusalLog.flush();
		for (const timer of retiring.values()) clearTimeout(timer);
		for (const timer of retryTimers) clearTimeout(timer);
		if (tcpServer.listening) tcpServer.close();
		const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
		const exited = workers.map((worker) => new Promise((done) => worker.once("exit", done)));
		const stop: ToWorker = { type: "shutdown" };
		for (const worker of workers) sendQuietly(worker, stop);
		const deadline = setTimeout(() => {
			for (const worker of workers) worker.process.kill("SIGKILL");
		}, SHUTDOWN_DEADLINE_MS);
		await Promise.all(exited);
		clearTimeout(deadline);
	};

	if (!listening.ok) {
		shuttingDown = true;
		await shutdown();
		return listening;
	}
	const { address } = listening;
	port = address.port;
	return { ok: true, balancer: { address, openCount: () => visits.size, shutdown } };
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): string {
	switch (error.code) {
		case "EADDRINUSE":
			return `port ${port} on ${host} is already in use (another server running?): choose another with --port`;
		case "EACCES":
			return `no permission to listen on port ${port} (ports below 1024 need root or CAP_NET_BIND_SERVICE)`;
		case "EADDRNOTAVAIL":
			return `${host} is not an address of this machine (--host)`;
		case "ENOTFOUND":
		case "EAI_AGAIN":
			return `cannot resolve --host ${host}`;
		default:
			return `cannot listen on ${host}:${port}: ${error.code ?? error.message}`;
	}
}

/**
 * A message to a worker that may be exiting: its channel can close between the check and the
 * write, and a send without a callback then throws EPIPE as an 'error' nobody listens to.
 * Whatever the worker misses, its exit says all the primary needs.
 */
function sendQuietly(worker: Worker, message: ToWorker): void {
	if (worker.isConnected()) worker.send(message, () => undefined);
}
