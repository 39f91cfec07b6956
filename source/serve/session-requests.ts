import type { PseudoTtyInfo, ServerChannel, Session } from "ssh2";
import type { Resume } from "../resume/model.js";
import type { SessionLimits } from "./serve-flags.js";
import { sessionCapabilities } from "./session-capabilities.js";
import { findCommand, unknownCommandLine } from "./session-commands.js";
import { withCarriageReturns } from "./session-streams.js";
import { clampedSize, type TerminalSize } from "./terminal-size.js";
import type { ViewerKit } from "./viewer-kit.js";
import { startViewerSession, type ViewerSession } from "./viewer-session.js";

export type SessionContext = {
	readonly kit: ViewerKit;
	readonly resume: Resume;
	readonly limits: SessionLimits;
	/** The port clients connect to, for the line that lists the commands. */
	readonly port: number;
	/** The client asked for something this server does: the handshake is over. */
	readonly onStart: () => void;
	readonly onInput: () => void;
	/** Bytes written to the connection's socket and not yet sent. */
	readonly socketBacklog: () => number;
	readonly onViewer: (viewer: ViewerSession) => void;
	/** Answers "no" to a request made once the shell or command runs (see late-requests.ts). */
	readonly failLateRequest: () => void;
	/**
	 * The session is over: `outcome` says how, for the log; `closed` settles once
	 * the client has closed the channel (or taken too long to).
	 */
	readonly onEnd: (outcome: string, closed: Promise<void>) => void;
};

/** Requests a session may make that this server never grants. */
const NEVER_GRANTED = ["x11", "auth-agent", "signal", "subsystem"] as const;

/**
 * Answers one SSH session's requests: a shell gets the viewer (or, without a
 * pty, the printed résumé), a command one of session-commands.ts's answers.
 * Everything else (x11, agent forwarding, subsystems such as sftp, any
 * environment variable but TERM) is refused, before the shell as after it.
 */
export function answerSession(session: Session, context: SessionContext): void {
	let pty: PseudoTtyInfo | undefined;
	let size: TerminalSize | undefined;
	let term = "";
	let viewer: ViewerSession | undefined;
	let started = false;
	const maxSize = { columns: context.limits.maxColumns, rows: context.limits.maxRows };
	const late = (reject: (() => void) | undefined) => {
		// No reject: the client wants no reply.
		if (reject) context.failLateRequest();
	};

	session.on("pty", (accept, reject, info) => {
		if (started) return late(reject);
		pty = info;
		term = info.term;
		size = clampedSize(info.cols, info.rows, maxSize);
		accept?.();
	});
	session.on("env", (accept, reject, info) => {
		if (started) return late(reject);
		// TERM alone, and only to choose print's colours without a pty: no variable reaches anything else.
		if (info.key !== "TERM" || pty) return reject?.();
		term = String(info.val).slice(0, 64);
		accept?.();
	});
	for (const request of NEVER_GRANTED)
		session.on(request, (_accept: unknown, reject?: () => void) => (started ? late(reject) : reject?.()));
	session.on("window-change", (accept, _reject, info) => {
		size = clampedSize(info.cols, info.rows, maxSize);
		viewer?.resize(size);
		accept?.();
	});
	/** The one shell or command a session runs: its channel, or undefined (refused, or closed at once). */
	const startOnce = (accept: () => ServerChannel | undefined, reject?: () => void): ServerChannel | undefined => {
		if (started) return void late(reject);
		started = true;
		context.onStart();
		const channel = accept();
		if (!channel) return void context.onEnd("closed by client", Promise.resolve());
		withoutErrors(channel);
		return channel;
	};
	session.on("shell", (accept, reject) => {
		const channel = startOnce(accept, reject);
		if (!channel) return;
		const shown = pty && size ? showViewer(channel, pty.term, size) : printResume(channel);
		void shown
			.then(
				(outcome) => ({ outcome, status: 0 }),
				(error: unknown) => ({ outcome: internalError(error), status: 1 }),
			)
			.then(({ outcome, status }) => context.onEnd(outcome, finish(channel, status)));
	});
	session.on("exec", (accept, reject, info) => {
		const channel = startOnce(accept, reject);
		if (!channel) return;
		const command = findCommand(info.command);
		const newline = pty ? "\r\n" : "\n";
		if (!command) {
			channel.stderr.write(`${unknownCommandLine(context.port)}${newline}`);
			return context.onEnd("command refused", finish(channel, 1));
		}
		// With a pty the client's terminal is raw: lines need their carriage returns.
		const write = (text: string) => channel.write(pty ? withCarriageReturns(text) : text);
		void Promise.resolve()
			.then(() => command.run({ kit: context.kit, resume: context.resume, term, size, port: context.port, write }))
			.then(
				() => ({ outcome: `command ${command.name}`, status: 0 }),
				(error: unknown) => ({ outcome: internalError(error), status: 1 }),
			)
			.then(({ outcome, status }) => context.onEnd(outcome, finish(channel, status)));
	});

	async function showViewer(channel: ServerChannel, term: string, initialSize: TerminalSize): Promise<string> {
		viewer = await startViewerSession({
			kit: context.kit,
			resume: context.resume,
			channel,
			term,
			size: size ?? initialSize,
			onInput: context.onInput,
			socketBacklog: context.socketBacklog,
		});
		context.onViewer(viewer);
		const ended = await viewer.ended;
		return ended === "quit" ? "quit" : ended === "not reading" ? "cut: 1 MiB of output not read" : "closed by client";
	}

	async function printResume(channel: ServerChannel): Promise<string> {
		// No pty: a script, or `ssh -T`. It gets what a pipe gets locally, without colour
		// since nothing says what reads it. The client's own tty, if any, turns "\n" into "\r\n".
		const capabilities = { ...sessionCapabilities("dumb", { columns: 80, rows: 24 }), columns: undefined };
		await context.kit.runPrintMode(context.resume, capabilities, (text) => channel.write(text));
		return "printed";
	}
}

function internalError(error: unknown): string {
	return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * A session opened as the server stops, before it could be served: whatever
 * it asks for, it is told `farewell` and given exit status 1.
 */
export function answerWithFarewell(session: Session, farewell: string, onEnd: (closed: Promise<void>) => void): void {
	let newline = "\n";
	session.on("pty", (accept) => {
		newline = "\r\n";
		accept?.();
	});
	const say = (accept: () => ServerChannel | undefined) => {
		const channel = accept();
		if (!channel) return onEnd(Promise.resolve());
		withoutErrors(channel);
		channel.stderr.write(`${farewell}${newline}`);
		onEnd(finish(channel, 1));
	};
	session.on("shell", (accept) => say(accept));
	session.on("exec", (accept) => say(accept));
}

/** How long a client may take to close a channel once told its exit status. */
const CHANNEL_CLOSE_GRACE_MS = 2000;

/**
 * An exit status, then the end of the channel: what makes `ssh` exit with
 * that status. Settles once the client has closed the channel too, so that
 * ending the connection then cannot overtake output still on its way.
 */
function finish(channel: ServerChannel, status: number): Promise<void> {
	return new Promise((closed) => {
		if (channel.destroyed) return closed();
		const timer = setTimeout(closed, CHANNEL_CLOSE_GRACE_MS);
		channel.once("close", () => {
			clearTimeout(timer);
			closed();
		});
		if (!channel.writableEnded) {
			channel.exit(status);
			channel.end();
		}
	});
}

/** A channel whose client vanished fails its writes; the connection's end deals with that. */
function withoutErrors(channel: ServerChannel): ServerChannel {
	channel.on("error", () => undefined);
	channel.stderr.on("error", () => undefined);
	return channel;
}
