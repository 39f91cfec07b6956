import type { Socket } from "node:net";
import { Server as SshServer } from "ssh2";
import type { Resume } from "../resume/model.js";
import { Refuser } from "./refusals.js";
import type { SessionLimits } from "./serve-flags.js";
import { sessionCapabilities } from "./session-capabilities.js";
import { SessionInput, SessionOutput } from "./session-streams.js";
import { sshServerConfig } from "./ssh-server-config.js";
import type { ViewerKit } from "./viewer-kit.js";
import { Visit } from "./visit.js";
import { type FromWorker, isToWorker, type ToWorker } from "./worker-messages.js";

export type WorkerOptions = {
	readonly kit: ViewerKit;
	readonly resume: Resume;
	readonly limits: SessionLimits;
	readonly maxHeapMiB: number;
};

/** How often the heap is weighed against --max-worker-heap. */
const HEAP_CHECK_MS = 5000;

const WARM_UP_SIZE = { columns: 100, rows: 30 };
const WARM_UP_PAUSE_MS = 100;
const WARM_UP_ROUNDS = 4;
/** → ↓ ← : a tab switch and a scroll each way. */
const WARM_UP_KEYS = ["\u001B[C", "\u001B[B", "\u001B[D"];

/** What a reader sees under the last frame when the server stops. */
const SHUTDOWN_FAREWELL = "The server is restarting: come back in a minute.";

function tell(message: FromWorker): void {
	// The primary may be gone (it then ends this worker too); nothing to tell.
	if (process.connected) process.send?.(message);
}

/**
 * A worker process: SSH and the viewers of the connections the primary hands
 * it. Each worker is a separate Node process, so sessions spread over every
 * core, and one that fails takes only its own sessions down.
 */
export async function runSessionWorker(options: WorkerOptions): Promise<void> {
	// Several rounds: the first wave of a burst otherwise pays for V8 optimising the mount and first
	// frame, which one round does not get hot enough for (issue 13: first waves were slower than second ones).
	for (let round = 0; round < WARM_UP_ROUNDS; round++) await warmUp(options);
	const visits = new Map<number, Visit>();
	const visitsByClient = new Map<string, Visit>();
	let sshServer: SshServer | undefined;
	let refuser: Refuser | undefined;
	let stopping = false;

	return new Promise<void>((stopped) => {
		const stopWhenEmpty = () => {
			if (stopping && visits.size === 0) stopped();
		};
		const stop = () => {
			if (stopping) return;
			stopping = true;
			for (const visit of visits.values()) visit.end("server shutdown", SHUTDOWN_FAREWELL);
			stopWhenEmpty();
		};

		process.on("message", (message: unknown, handle: unknown) => {
			if (!isToWorker(message)) return;
			const command = message as ToWorker;
			if (command.type === "start") {
				refuser = new Refuser(command.hostKey);
				sshServer = new SshServer(sshServerConfig(command.hostKey), (client, info) => {
					const visit = visitsByClient.get(clientKey(info.ip, info.port));
					if (visit) visit.attach(client);
					else client.end();
				});
				tell({ type: "ready" });
			} else if (command.type === "visit") {
				const socket = handle as Socket | undefined;
				if (!socket || !sshServer || stopping) {
					if (socket && refuser) refuser.refuse(socket, "shutting-down");
					else socket?.destroy();
					tell({ type: "closed", id: command.id, outcome: "refused: shutting down" });
					return;
				}
				const key = clientKey(socket.remoteAddress, socket.remotePort);
				const visit = new Visit(socket, {
					kit: options.kit,
					resume: options.resume,
					limits: options.limits,
					port: command.port,
					onStarted: () => tell({ type: "started", id: command.id }),
					onClosed: (closed) => {
						visits.delete(command.id);
						visitsByClient.delete(key);
						tell({ type: "closed", id: command.id, outcome: closed.outcome ?? "closed" });
						stopWhenEmpty();
					},
				});
				visits.set(command.id, visit);
				visitsByClient.set(key, visit);
				socket.setNoDelay(true);
				const leftover = leftoverOf(command);
				if (leftover) socket.unshift(leftover);
				// ssh2 reads it from here on; what arrived before is buffered, not lost.
				sshServer.injectSocket(socket);
			} else if (command.type === "refuse") {
				const socket = handle as Socket | undefined;
				if (!socket) return;
				if (refuser) refuser.refuse(socket, command.reason, leftoverOf(command));
				else socket.destroy();
			} else if (command.type === "evict") visits.get(command.id)?.endHandshake("handshake given way to a newcomer");
			else if (command.type === "shutdown") stop();
		});
		// A signal sent to every process of the service (systemd, Ctrl-C in a
		// terminal) reaches the workers too: they end their sessions the same
		// polite way. The primary going away does the same.
		process.on("SIGTERM", stop);
		process.on("SIGINT", stop);
		process.on("disconnect", stop);
		watchHeap(options.maxHeapMiB);
		tell({ type: "waiting" });
	});
}

/**
 * Tells the primary, once, when the heap passes `maxHeapMiB`: a leak, or a
 * cache grown past what it should, is then cleared by a fresh process rather
 * than left to end in "heap out of memory" with every session in it.
 */
function watchHeap(maxHeapMiB: number): void {
	const timer = setInterval(() => {
		const heapMiB = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
		if (heapMiB < maxHeapMiB) return;
		clearInterval(timer);
		tell({ type: "heap-full", heapMiB });
	}, HEAP_CHECK_MS);
	timer.unref();
}

/** What the primary read after a PROXY header, to be read first. */
function leftoverOf(command: { readonly leftover?: string }): Buffer | undefined {
	return command.leftover ? Buffer.from(command.leftover, "base64") : undefined;
}

/** How a connection is found again when ssh2 hands it over: ssh2 reports the same socket's address and port. */
function clientKey(address: string | undefined, port: number | undefined): string {
	return `${address}|${port}`;
}

/**
 * Draws the viewer once, for nobody, before the first client: a cold first
 * frame takes some 300 ms more than a warm one, while V8 compiles the code.
 * Ink draws the first frame as it mounts; the pauses let the other tabs be laid
 * out too, and a few keys be handled.
 */
async function warmUp({ kit, resume }: WorkerOptions): Promise<void> {
	const output = new SessionOutput(() => undefined, WARM_UP_SIZE);
	const input = new SessionInput();
	// Through the input filter, as a session's keys go (viewer-session.ts).
	const keys = kit.createInputFilter(input);
	const instance = await kit.startViewer(
		resume,
		{
			capabilities: sessionCapabilities("xterm-256color", WARM_UP_SIZE),
			initialSection: 0,
			openUrl: async () => ({ opened: false, reason: "" }),
		},
		{
			stdin: keys.stdin,
			stdout: output as unknown as NodeJS.WriteStream,
			stderr: output as unknown as NodeJS.WriteStream,
		},
	);
	const exited = instance.waitUntilExit();
	const pause = () => new Promise((resolve) => setTimeout(resolve, WARM_UP_PAUSE_MS));
	await pause();
	// Keys too: a reader's first key otherwise pays for compiling the update path.
	for (const key of WARM_UP_KEYS) {
		input.write(Buffer.from(key));
		await pause();
	}
	instance.unmount();
	await exited.catch(() => undefined);
	keys.dispose();
}
