import type { BackgroundReply } from "./background.js";
import { FilteredStdin, type TerminalControls } from "./filtered-stdin.js";
import type { TerminalMouseEvent } from "./mouse-events.js";
import { splitInput } from "./split-input.js";

/** The real input: process.stdin, or an SSH channel dressed as a TTY ReadStream. */
export type TerminalInput = TerminalControls & {
	readonly readableFlowing: boolean | null;
	on(event: "data", listener: (chunk: Buffer | string) => void): unknown;
	off(event: "data", listener: (chunk: Buffer | string) => void): unknown;
	pause(): unknown;
};

export type InputFilterHandlers = {
	/** Each mouse report, in input order with the keys around it. */
	readonly onMouse?: (event: TerminalMouseEvent) => void;
	/** Each reply to BACKGROUND_QUERY that names a colour. */
	readonly onBackground?: (reply: BackgroundReply) => void;
	/**
	 * Ctrl-Z, which raw mode delivers as a byte (SUB) rather than as SIGTSTP.
	 * When given, the byte is taken out of the keys, whatever the viewer makes of keys.
	 */
	readonly onSuspendKey?: () => void;
};

/** What Ctrl-Z sends in raw mode. */
const SUSPEND_KEY = "\u001A";

export type FilteredInput = {
	/** For Ink's `stdin` option: every byte of the input except the reports. */
	readonly stdin: NodeJS.ReadStream;
	/** Stops reading the terminal. Unmount Ink first: keys not yet read are dropped. */
	readonly dispose: () => void;
};

/**
 * How long the end of an input waits for the rest of a report split across
 * reads. ESC, ESC [ and ESC ] are also what Esc, Alt+[ and Alt+] send, so they
 * wait no longer than a split report's rest takes to follow on a terminal, and
 * Esc still feels instant; passing ESC on at once would instead turn a report
 * split after it into Esc (quit) plus stray keys.
 */
export const KEY_PREFIX_HOLD_MS = 20;

/**
 * Anything longer (ESC [ <…, ESC [ M…, ESC ] 1…) is no key, and waits for a
 * slow link. It costs nothing to keys: the first byte that cannot continue the
 * report releases it at once.
 */
export const REPORT_PREFIX_HOLD_MS = 250;

/**
 * Reads the terminal's input and splits it: mouse reports to `onMouse`, OSC 11
 * replies to `onBackground`, everything else to the returned `stdin` for Ink.
 * Starts reading at once, so that a background reply can be awaited before Ink
 * renders; keys typed meanwhile wait for Ink.
 */
export function createInputFilter(terminal: TerminalInput, handlers: InputFilterHandlers = {}): FilteredInput {
	const stdin = new FilteredStdin(terminal);
	const wasFlowing = terminal.readableFlowing === true;
	let pending = "";
	let pendingTimer: NodeJS.Timeout | undefined;

	const releasePending = () => {
		pendingTimer = undefined;
		const keys = pending;
		pending = "";
		if (keys !== "") deliverKeys(keys);
	};

	const deliverKeys = (keys: string) => {
		const { onSuspendKey } = handlers;
		const runs = onSuspendKey ? keys.split(SUSPEND_KEY) : [keys];
		for (const [index, run] of runs.entries()) {
			if (index > 0) onSuspendKey?.();
			if (run !== "") stdin.deliver(Buffer.from(run, "latin1"));
		}
	};

	const onData = (chunk: Buffer | string) => {
		clearTimeout(pendingTimer);
		// One character per byte keeps X10's raw coordinates intact; keys go back to the same bytes.
		const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
		const split = splitInput(pending + bytes.toString("latin1"));
		pending = split.pending;
		for (const part of split.parts) {
			if (part.kind === "keys") deliverKeys(part.bytes);
			else if (part.kind === "mouse") handlers.onMouse?.(part.event);
			else handlers.onBackground?.(part.reply);
		}
		if (pending !== "") {
			const holdMs = pending.length <= 2 ? KEY_PREFIX_HOLD_MS : REPORT_PREFIX_HOLD_MS;
			pendingTimer = setTimeout(releasePending, holdMs);
		}
	};

	terminal.on("data", onData);
	return {
		// Ink types its stdin option as a full tty.ReadStream; FilteredStdin has what Ink uses of one.
		stdin: stdin as unknown as NodeJS.ReadStream,
		dispose: () => {
			terminal.off("data", onData);
			clearTimeout(pendingTimer);
			pending = "";
			// The 'data' listener set the input flowing; pausing stops the reading it started (process.stdin
			// then stops reading its descriptor), which would otherwise keep the process alive.
			if (!wasFlowing) terminal.pause();
		},
	};
}
