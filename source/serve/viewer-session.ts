import type { Instance } from "ink";
import type { ServerChannel } from "ssh2";
import type { OpenOutcome } from "../open-url.js";
import type { Resume } from "../resume/model.js";
import { InputBudget } from "./input-budget.js";
import { sessionCapabilities } from "./session-capabilities.js";
import { SessionInput, SessionOutput, withCarriageReturns } from "./session-streams.js";
import type { TerminalSize } from "./terminal-size.js";
import type { ViewerKit } from "./viewer-kit.js";

/** Bytes of keys a second, and at once (see InputBudget). */
const KEY_BYTES_PER_SECOND = 512;
const KEY_BYTES_BURST = 1024;
/**
 * Frames waiting for a client that does not read them. Ink ignores
 * backpressure, so a client that sends keys but never reads would grow this
 * without end; past the bound the session is closed instead.
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
};

export type ViewerSession = {
	resize(size: TerminalSize): void;
	/** Ends the viewer (the normal screen comes back, with the contact card), then shows `farewell` below it. */
	close(farewell: string): void;
	/** Settles once the viewer is gone: "quit" when the reader quit, "closed" otherwise. */
	readonly ended: Promise<"quit" | "closed">;
};

// The server's browser would open on the server: the reader gets the URL to copy.
const noBrowser = async (): Promise<OpenOutcome> => ({ opened: false, reason: "No browser over SSH" });

/** The viewer, drawn into one SSH session's channel. */
export async function startViewerSession(options: ViewerSessionOptions): Promise<ViewerSession> {
	const { channel } = options;
	let channelOpen = true;
	let closedBy: "quit" | "closed" = "quit";
	const output = new SessionOutput((text) => {
		if (!channelOpen) return;
		channel.write(text);
		if (channel.writableLength > MAX_OUTPUT_BACKLOG_BYTES) close("");
	}, options.size);
	const input = new SessionInput();
	const budget = new InputBudget(KEY_BYTES_PER_SECOND, KEY_BYTES_BURST);
	channel.on("data", (data: Buffer) => {
		options.onInput();
		if (budget.allows(data.length)) input.write(data);
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
	const keys = options.kit.createInputFilter(input);
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
			stdin: keys.stdin,
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
		keys.dispose();
		input.destroy();
		output.destroy();
	});
	return { resize: (size) => output.resize(size), close, ended };
}
