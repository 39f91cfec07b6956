import type { PseudoTtyInfo, ServerChannel, Session } from "ssh2";
import type { Resume } from "../resume/model.js";
import type { SessionLimits } from "./serve-flags.js";
import { sessionCapabilities } from "./session-capabilities.js";
import { clampedSize, type TerminalSize } from "./terminal-size.js";
import type { ViewerKit } from "./viewer-kit.js";
import { startViewerSession, type ViewerSession } from "./viewer-session.js";

export type SessionContext = {
	readonly kit: ViewerKit;
	readonly resume: Resume;
	readonly limits: SessionLimits;
	/** The port clients connect to, for the message that refuses commands. */
	readonly port: number;
	/** The client asked for something this server does: the handshake is over. */
	readonly onStart: () => void;
	readonly onInput: () => void;
	readonly onViewer: (viewer: ViewerSession) => void;
	/**
	 * The session is over: `outcome` says how, for the log; `closed` settles once
	 * the client has closed the channel (or taken too long to).
	 */
	readonly onEnd: (outcome: string, closed: Promise<void>) => void;
};

/**
 * Answers one SSH session's requests: a shell gets the viewer (or, without a
 * pty, the printed résumé), a command gets a refusal. Everything else a
 * client may ask (env, x11, agent forwarding, subsystems such as sftp) has no
 * listener here, and ssh2 refuses what nobody listens for.
 */
export function answerSession(session: Session, context: SessionContext): void {
	let pty: PseudoTtyInfo | undefined;
	let size: TerminalSize | undefined;
	let viewer: ViewerSession | undefined;
	const maxSize = { columns: context.limits.maxColumns, rows: context.limits.maxRows };

	session.on("pty", (accept, _reject, info) => {
		pty = info;
		size = clampedSize(info.cols, info.rows, maxSize);
		accept?.();
	});
	session.on("window-change", (accept, _reject, info) => {
		size = clampedSize(info.cols, info.rows, maxSize);
		viewer?.resize(size);
		accept?.();
	});
	session.on("shell", (accept) => {
		context.onStart();
		const channel = withoutErrors(accept());
		const shown = pty && size ? showViewer(channel, pty.term, size) : printResume(channel);
		void shown
			.then(
				(outcome) => ({ outcome, status: 0 }),
				(error: unknown) => ({
					outcome: `internal error: ${error instanceof Error ? error.message : String(error)}`,
					status: 1,
				}),
			)
			.then(({ outcome, status }) => context.onEnd(outcome, finish(channel, status)));
	});
	session.on("exec", (accept) => {
		context.onStart();
		const channel = withoutErrors(accept());
		const newline = pty ? "\r\n" : "\n";
		channel.stderr.write(
			`This server shows a résumé and runs no commands: connect with "ssh -p ${context.port} HOST" and nothing after it.${newline}`,
		);
		context.onEnd("command refused", finish(channel, 1));
	});

	async function showViewer(channel: ServerChannel, term: string, initialSize: TerminalSize): Promise<string> {
		viewer = await startViewerSession({
			kit: context.kit,
			resume: context.resume,
			channel,
			term,
			size: size ?? initialSize,
			onInput: context.onInput,
		});
		context.onViewer(viewer);
		return (await viewer.ended) === "quit" ? "quit" : "closed by client";
	}

	async function printResume(channel: ServerChannel): Promise<string> {
		// No pty: a script, or `ssh -T`. It gets what a pipe gets locally, without colour
		// since nothing says what reads it. The client's own tty, if any, turns "\n" into "\r\n".
		const capabilities = { ...sessionCapabilities("dumb", { columns: 80, rows: 24 }), columns: undefined };
		await context.kit.runPrintMode(context.resume, capabilities, (text) => channel.write(text));
		return "printed";
	}
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
	const say = (accept: () => ServerChannel) => {
		const channel = withoutErrors(accept());
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
