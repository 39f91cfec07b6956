import type { RefusalReason } from "./refusals.js";

// What the primary process and its session workers tell each other (see
// session-balancer.ts and session-worker.ts). Sockets travel beside "visit".

/** Primary → worker. */
export type ToWorker =
	/** The host key, read once by the primary so that every worker shows the same. */
	| { readonly type: "start"; readonly hostKey: string }
	/**
	 * A connection to serve; the socket is the message's handle. `port` is the one clients
	 * connect to (known only once the primary listens, which it does after a worker is ready).
	 */
	| {
			readonly type: "visit";
			readonly id: number;
			readonly port: number;
			/** Bytes the primary read after a PROXY header (base64), to be read first. */
			readonly leftover?: string;
	  }
	/** A connection to refuse with a sentence (refusals.ts); the socket is the handle, `leftover` as for "visit". */
	| { readonly type: "refuse"; readonly reason: RefusalReason; readonly leftover?: string }
	/** End this connection, still in its handshake: its slot is given to a newcomer. */
	| { readonly type: "evict"; readonly id: number }
	/** End every session politely, then exit. */
	| { readonly type: "shutdown" };

/** Worker → primary. */
export type FromWorker =
	/** Loaded, listening for messages: send "start". */
	| { readonly type: "waiting" }
	/** Started: send connections. */
	| { readonly type: "ready" }
	/** The worker cannot serve (the résumé does not load): the one line to show. */
	| { readonly type: "failed"; readonly error: string; readonly code: number }
	/** The connection started a session: its handshake no longer counts against the handshake caps. */
	| { readonly type: "started"; readonly id: number }
	| { readonly type: "closed"; readonly id: number; readonly outcome: string }
	/** Something escaped a session's handlers; the worker goes on. */
	| { readonly type: "internal-error"; readonly message: string }
	/** The heap passed --max-worker-heap: send no more connections, and replace this worker. */
	| { readonly type: "heap-full"; readonly heapMiB: number };

export function isToWorker(message: unknown): message is ToWorker {
	return typeof message === "object" && message !== null && typeof (message as { type?: unknown }).type === "string";
}

export function isFromWorker(message: unknown): message is FromWorker {
	return isToWorker(message);
}
