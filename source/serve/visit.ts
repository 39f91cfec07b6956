import type { Socket } from "node:net";
import type { Connection } from "ssh2";
import type { Resume } from "../resume/model.js";
import { failLateRequest } from "./late-requests.js";
import type { SessionLimits } from "./serve-flags.js";
import { answerSession, answerWithFarewell } from "./session-requests.js";
import type { ViewerKit } from "./viewer-kit.js";
import type { ViewerSession } from "./viewer-session.js";

/** How long a connection asked to close may take before its socket is cut (longer than a channel's close). */
const CLOSE_GRACE_MS = 3000;

export type VisitContext = {
	readonly kit: ViewerKit;
	readonly resume: Resume;
	readonly limits: SessionLimits;
	readonly port: number;
	/** Called once, when the client has started a session: its handshake is over. */
	readonly onStarted: () => void;
	/** Called once, when the socket has closed and every timer is cleared. */
	readonly onClosed: (visit: Visit) => void;
};

/**
 * One client's connection, from the TCP accept to the socket's close: its
 * timers (handshake, idle, lifetime), its one session, and the way it ends.
 */
export class Visit {
	readonly startedAt = performance.now();
	/** What ended it, for the log: the first reason given wins. */
	outcome: string | undefined;
	private client: Connection | undefined;
	private viewer: ViewerSession | undefined;
	private sessionOpened = false;
	private ending = false;
	/** Ended before its session opened: what the session, once asked for, says before closing. */
	private farewell = "";
	private readonly timers: NodeJS.Timeout[];
	private readonly idleTimer: NodeJS.Timeout;
	private readonly handshakeTimer: NodeJS.Timeout;

	constructor(
		readonly socket: Socket,
		private readonly context: VisitContext,
	) {
		const { limits } = context;
		this.handshakeTimer = setTimeout(() => this.end("handshake timeout"), limits.handshakeTimeoutMs);
		this.idleTimer = setTimeout(
			() => this.end("idle timeout", `No key pressed for ${spoken(limits.idleTimeoutMs)}: goodbye.`),
			limits.idleTimeoutMs,
		);
		const lifetimeTimer = setTimeout(
			() => this.end("session time limit", `Sessions last at most ${spoken(limits.maxSessionMs)}: goodbye.`),
			limits.maxSessionMs,
		);
		this.timers = [this.handshakeTimer, this.idleTimer, lifetimeTimer];
		// ssh2 reports the errors that matter on the connection; a reset socket needs no more.
		socket.on("error", () => undefined);
		socket.once("close", () => {
			for (const timer of this.timers) clearTimeout(timer);
			this.outcome ??= this.client ? "closed by client" : "closed before speaking SSH";
			this.viewer?.close("");
			context.onClosed(this);
		});
	}

	/** The SSH side of this socket, once the client has sent its version line. */
	attach(client: Connection): void {
		this.client = client;
		client.on("error", (error: Error & { level?: string }) => {
			// A reset or broken pipe is the client going away, not a fault of its SSH.
			this.outcome ??=
				error.level === "socket"
					? "connection lost"
					: error.level === "client-timeout"
						? "keepalive timeout"
						: `protocol error: ${error.message}`;
			// ssh2 ends the connection itself, but a frozen peer never acknowledges the end: free its slot.
			if (error.level === "client-timeout") this.socket.destroy();
			else this.cutLater();
		});
		// Anyone may read the résumé: every user name is let in, with no password or key.
		client.on("authentication", (context) => context.accept());
		client.on("session", (accept, reject) => {
			// One session a connection: a second (ssh's connection sharing) would be a second viewer unbounded by the limits.
			if (this.sessionOpened || (this.outcome !== undefined && !this.farewell)) return reject();
			this.sessionOpened = true;
			const session = accept();
			if (this.farewell)
				return answerWithFarewell(session, this.farewell, (closed) => void closed.then(() => this.endConnection()));
			answerSession(session, {
				kit: this.context.kit,
				resume: this.context.resume,
				limits: this.context.limits,
				port: this.context.port,
				onStart: () => {
					clearTimeout(this.handshakeTimer);
					this.context.onStarted();
				},
				socketBacklog: () => this.socket.writableLength,
				onInput: () => this.idleTimer.refresh(),
				failLateRequest: () => failLateRequest(client, session),
				onViewer: (viewer) => {
					this.viewer = viewer;
				},
				onEnd: (outcome, closed) => {
					this.outcome ??= outcome;
					void closed.then(() => this.endConnection());
				},
			});
		});
	}

	/** Ends the visit if it has not started a session yet (the primary's word may cross the client's request). */
	endHandshake(outcome: string): void {
		if (!this.sessionOpened) this.end(outcome);
	}

	/**
	 * Ends the visit: the viewer, if there is one, says `farewell` under its
	 * last frame; then the connection closes, or the socket is cut if the
	 * client does not let it close.
	 */
	end(outcome: string, farewell = ""): void {
		this.outcome ??= outcome;
		if (this.ending) return;
		this.ending = true;
		this.cutLater();
		// The session then gives its exit status, closes its channel and calls onEnd, which ends the connection.
		if (this.viewer) this.viewer.close(farewell);
		// Still in its handshake: it gets the sentence once it asks for a session (within the close grace).
		else if (farewell && !this.sessionOpened) this.farewell = farewell;
		else this.endConnection();
	}

	private endConnection(): void {
		this.cutLater();
		if (this.client) this.client.end();
		else this.socket.destroy();
	}

	/** A client that does not close its side when asked is cut off. */
	private cutLater(): void {
		if (this.socket.destroyed) return;
		this.timers.push(setTimeout(() => this.socket.destroy(), CLOSE_GRACE_MS));
	}
}

/** "10 minutes", "1 second": a limit as the farewell line says it. */
function spoken(milliseconds: number): string {
	const [count, unit] =
		milliseconds >= 60_000
			? [Number((milliseconds / 60_000).toFixed(1)), "minute"]
			: [Math.round(milliseconds / 1000), "second"];
	return `${count} ${unit}${count === 1 ? "" : "s"}`;
}
