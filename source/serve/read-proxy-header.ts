import type { Socket } from "node:net";
import { parseProxyHeader } from "./proxy-header.js";

export type ProxyHeaderRead =
	| {
			readonly ok: true;
			readonly client: { readonly address: string; readonly port: number } | undefined;
			/** What the client sent after the header (its SSH version line, usually), to be read again. */
			readonly leftover: Buffer;
	  }
	/** `silent`: a balancer's health check (closed without a byte, or a v2 LOCAL header): not worth a line. */
	| { readonly ok: false; readonly reason: string; readonly silent: boolean };

type HandleInternals = { _handle?: { reading?: boolean; readStop?: () => number } | null };

/**
 * Reads the PROXY protocol header at the start of `socket`, and not a byte
 * more from the kernel: the socket then goes to a worker (to be served or
 * refused; it can no longer be read here), and what this process has read
 * after the header is passed on as `leftover`.
 */
export function readProxyHeader(socket: Socket, timeoutMs: number): Promise<ProxyHeaderRead> {
	return new Promise((resolve) => {
		let received = Buffer.alloc(0);
		const finish = (result: ProxyHeaderRead) => {
			clearTimeout(timer);
			socket.off("data", onData);
			socket.off("close", onClose);
			resolve(result);
		};
		const onData = (chunk: Buffer) => {
			received = Buffer.concat([received, chunk]);
			const header = parseProxyHeader(received);
			if (header.kind === "incomplete") return;
			socket.off("data", onData);
			stopReading(socket);
			if (header.kind === "invalid") return finish({ ok: false, reason: header.reason, silent: false });
			// A health check with a header: nobody to serve, nothing to log.
			if (header.kind === "local") return finish({ ok: false, reason: "the balancer's own connection", silent: true });
			finish({ ok: true, client: header.client, leftover: received.subarray(header.length) });
		};
		const onClose = () =>
			finish({ ok: false, reason: "closed before its PROXY header", silent: received.length === 0 });
		const timer = setTimeout(() => {
			socket.off("data", onData);
			stopReading(socket);
			finish({ ok: false, reason: "no PROXY header in time", silent: received.length === 0 });
		}, timeoutMs);
		socket.on("error", () => undefined);
		socket.on("data", onData);
		socket.once("close", onClose);
		socket.resume();
	});
}

/**
 * Stops reading for good in this process: the socket goes to a worker, and
 * anything read here after the header would be lost with it. Pausing is not
 * enough (a paused stream reads ahead into its buffer), so the handle stops,
 * and is marked as still reading so that the stream's read-ahead does not
 * start it again before it is sent.
 */
function stopReading(socket: Socket): void {
	socket.pause();
	const handle = (socket as unknown as HandleInternals)._handle;
	if (handle) {
		handle.readStop?.();
		handle.reading = true;
	}
}
