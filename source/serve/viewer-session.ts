import type { Instance } from "ink";
import type { ServerChannel } from "ssh2";
import type { OpenOutcome } from "../open-url.js";
import type { Resume } from "../resume/model.js";
import { InputBudget } from "./input-budget.js";
import { keyCount } from "./key-count.js";
import { ResizeCoalescer } from "./resize-coalescer.js";
import { sessionCapabilities } from "./session-capabilities.js";
import { SessionInput, SessionOutput, withCarriageReturns } from "./session-streams.js";
import type { TerminalSize } from "./terminal-size.js";
import type { ViewerKit } from "./viewer-kit.js";

/** Bytes of keys a second, and at once (see InputBudget). */
const KEY_BYTES_PER_SECOND = 512;
const KEY_BYTES_BURST = 1024;
/**
 * Keys a second, and at once: bytes alone do not say what input costs, since
 * one byte (`n`, a search) may be a whole search over the résumé. A held
 * arrow key repeats some thirty times a second.
 */
const KEYS_PER_SECOND = 40;
const KEYS_BURST = 80;
/** A window change lays out and draws the whole frame: it costs as much of the key budget as this many keys. */
const RESIZE_COST_KEYS = 3;
/**
 * Frames waiting for a client that does not read them, in the channel and in
 * the socket's own send queue (a client may grant a huge SSH window and stop
 * reading, so that everything leaves the channel for the socket). Ink ignores
 * backpressure, so this would grow without end; past the bound the session is
 * closed instead.
 */
const MAX_OUTPUT_BACKLOG_BYTES = 1024 * 1024;

export type ViewerSessionOptions = {
	readonly kit: ViewerKit;
	readonly resume: Resume;
	readonly channel: ServerChannel;
	/** TERM from the client's pty request. */
	readonly term: string;
	readonly size: TerminalSize;
	/** Called on every key the client sends, dropped or not: the session is not idle. */
	readonly onInput: () => void;
	/** Bytes written to the connection's socket and not yet sent. */
	readonly socketBacklog: () => number;
};

export type ViewerSession = {
	resize(size: TerminalSize): void;
	/** Ends the viewer (the normal screen comes back, with the contact card), then shows `farewell` below it. */
	close(farewell: string): void;
	/** Settles once the viewer is gone: "quit" when the reader quit, "not reading" when cut for its backlog, "closed" otherwise. */
	readonly ended: Promise<"quit" | "closed" | "not reading">;
};

// The server's browser would open on the server: the reader gets the URL to copy.
const noBrowser = async (): Promise<OpenOutcome> => ({ opened: false, reason: "No browser over SSH" });

/** The viewer, drawn into one SSH session's channel. */
export async function startViewerSession(options: ViewerSessionOptions): Promise<ViewerSession> {
	const { channel } = options;
	let channelOpen = true;
	let closedBy: "quit" | "closed" | "not reading" = "quit";
	const output = new SessionOutput((text) => {
		if (!channelOpen) return;
		channel.write(text);
		if (channel.writableLength + options.socketBacklog() > MAX_OUTPUT_BACKLOG_BYTES) {
			close("");
			closedBy = "not reading";
		}
	}, options.size);
	const input = new SessionInput();
	const bytes = new InputBudget(KEY_BYTES_PER_SECOND, KEY_BYTES_BURST);
	const keys = new InputBudget(KEYS_PER_SECOND, KEYS_BURST);
	channel.on("data", (data: Buffer) => {
		options.onInput();
		// Both or neither: a chunk refused by one must not be charged to the other.
		if (bytes.canAfford(data.length) && keys.canAfford(keyCount(data))) {
			bytes.allows(data.length);
			keys.allows(keyCount(data));
			input.write(data);
		}
	});
	const resizes = new ResizeCoalescer({
		apply: (size) => output.resize(size),
		allowed: () => keys.allows(RESIZE_COST_KEYS),
	});

	// The client may leave while the first frame is being prepared, or at any time after.
	let instance: Instance | undefined;
	channel.once("close", () => {
		closedBy = "closed";
		channelOpen = false;
		output.destroy();
		instance?.unmount();
	});

	// Mouse reporting is never turned on over SSH (a dropped connection could not turn it off
	// again), but a reader's terminal may have been left reporting by another program: its
	// reports are taken out of the keys, or their digits would jump between sections.
	const filtered = options.kit.createInputFilter(input);
	instance = await options.kit.startViewer(
		options.resume,
		{
			capabilities: sessionCapabilities(options.term, options.size),
			initialSection: 0,
			openUrl: noBrowser,
			canOpenLinks: false,
		},
		// Ink needs only what these two provide of a terminal's streams (see session-streams.ts).
		{
			stdin: filtered.stdin,
			stdout: output as unknown as NodeJS.WriteStream,
			stderr: output as unknown as NodeJS.WriteStream,
		},
	);
	const exited = instance.waitUntilExit();
	if (!channelOpen) instance.unmount();

	function close(farewell: string): void {
		if (!channelOpen) return;
		closedBy = "closed";
		instance?.unmount();
		if (farewell) channel.write(withCarriageReturns(`\n${farewell}\n`));
		channelOpen = false;
	}

	const ended = exited.then(
		() => closedBy,
		() => closedBy,
	);
	void ended.finally(() => {
		resizes.dispose();
		filtered.dispose();
		input.destroy();
		output.destroy();
	});
	return { resize: (size) => resizes.request(size), close, ended };
}
