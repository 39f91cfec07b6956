import { Writable } from "node:stream";

/** DECSET 1049: save the cursor, switch to the alternate screen buffer and clear it. */
export const ENTER_ALTERNATE_SCREEN = "\u001B[?1049h";
/** DECRST 1049: back to the normal screen, as it was, with the cursor where it was. */
export const LEAVE_ALTERNATE_SCREEN = "\u001B[?1049l";
/**
 * ED 3, "erase saved lines": Ink writes it (in ansi-escapes' clearTerminal)
 * whenever the previous frame was as tall as the terminal, e.g. after the
 * window shrinks. tmux applies it to the pane's history even while the
 * alternate screen is shown, so it never reaches the terminal.
 */
const ERASE_SAVED_LINES = "\u001B[3J";
const CURSOR_HOME = "\u001B[H";
const SHOW_CURSOR = "\u001B[?25h";
/** DECSET 2026: the terminal shows nothing of what follows until the update ends. */
const BEGIN_SYNCHRONIZED_UPDATE = "\u001B[?2026h";
const HIDE_CURSOR = "\u001B[?25l";
/** CSI and OSC sequences: what moves or styles, and writes nothing on a line. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what it matches
const ESCAPE_SEQUENCE = /\u001B\[[0-9;?<=>]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g;

/** Something that gives the terminal back while the process is stopped (Ctrl-Z), and takes it again. */
export type Suspendable = { suspend(): void; resume(): void };

/** What the viewer draws on: process.stdout, or an SSH session's output. */
export type TerminalScreen = {
	readonly isTTY?: boolean;
	readonly columns: number;
	readonly rows: number;
	write(text: string): unknown;
	on(event: "resize", listener: () => void): unknown;
	off(event: "resize", listener: () => void): unknown;
};

export type ViewerScreenOptions = {
	/** Draw on the alternate screen (false for the screen-reader layout, which stays in the history). */
	readonly alternateScreen: boolean;
};

/**
 * The stream Ink writes frames to, in front of the terminal. The alternate
 * screen is entered with the first bytes Ink writes, so no empty screen shows
 * while the first frame is prepared, and left once, by `leave`: after it
 * nothing Ink still writes (a last frame on unmount, a cursor sequence on exit)
 * can land on the reader's normal screen or in their scrollback.
 */
export class ViewerScreen extends Writable implements Suspendable {
	readonly #terminal: TerminalScreen;
	readonly #alternate: boolean;
	#entered = false;
	#left = false;
	#suspended = false;
	/** Whether what was last written ended its line: the card must start on a line of its own. */
	#atLineStart = true;
	/** Ink's latest write that drew a frame (it holds a line feed), to draw it again after a suspension. */
	#lastFrame = "";
	readonly #onResize = () => this.emit("resize");

	constructor(terminal: TerminalScreen, options: ViewerScreenOptions) {
		super({ decodeStrings: false });
		this.#terminal = terminal;
		this.#alternate = options.alternateScreen;
		terminal.on("resize", this.#onResize);
	}

	get isTTY(): boolean {
		return this.#terminal.isTTY === true;
	}

	get columns(): number {
		return this.#terminal.columns;
	}

	get rows(): number {
		return this.#terminal.rows;
	}

	/** Whether the alternate screen is shown now. */
	get onAlternateScreen(): boolean {
		return this.#entered && !this.#left;
	}

	/**
	 * Gives the normal screen back (if the alternate one was entered), with the
	 * cursor shown, and writes `farewell` on it. Only the first call writes; later
	 * frames are dropped.
	 */
	leave(farewell = ""): void {
		if (this.#left) return;
		this.#left = true;
		this.#terminal.off("resize", this.#onResize);
		// The cursor shown whoever hid it (Ink, or the first frame painted before it): after this,
		// nothing written here reaches the terminal, so nobody else could show it again.
		// (A stopped viewer already gave the normal screen and the cursor back.)
		const back = this.#entered && !this.#suspended ? LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR : "";
		// On the normal screen (the screen-reader layout), the last line Ink wrote may not be ended.
		const newLine = !this.#entered && !this.#atLineStart && farewell ? "\n" : "";
		if (back || farewell) this.#terminal.write(back + newLine + farewell);
	}

	/**
	 * Ctrl-Z: the normal screen, with the cursor shown, for the shell. Until
	 * `resume`, frames are kept, not drawn: a timer may fire once the process
	 * is continued, before it has taken the screen back.
	 */
	suspend(): void {
		if (this.#left || this.#suspended) return;
		this.#suspended = true;
		this.#terminal.write((this.#entered ? LEAVE_ALTERNATE_SCREEN : "") + SHOW_CURSOR);
	}

	/**
	 * `fg`: the alternate screen again, with the last frame drawn on it as it
	 * was (Ink writes nothing while its frame is unchanged), then the size read
	 * afresh: a window resized while the process was stopped sent no SIGWINCH.
	 */
	resume(): void {
		if (this.#left || !this.#suspended) return;
		this.#suspended = false;
		const redraw = this.#entered ? ENTER_ALTERNATE_SCREEN + CURSOR_HOME + this.#lastFrame : "";
		this.#terminal.write(HIDE_CURSOR + redraw);
		(this.#terminal as { _refreshSize?: () => void })._refreshSize?.();
	}

	override _write(chunk: string | Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
		const text = (typeof chunk === "string" ? chunk : chunk.toString("utf8")).replaceAll(ERASE_SAVED_LINES, "");
		if (text.includes("\n")) this.#lastFrame = text;
		if (text !== "" && !this.#left && !(this.#suspended && this.#entered)) {
			if (this.#alternate && !this.#entered) {
				this.#entered = true;
				// From the top-left corner: the first frame must not start where the reader's prompt was.
				// Inside Ink's synchronized update, when it opens one, so the switch shows with the frame.
				const enter = ENTER_ALTERNATE_SCREEN + CURSOR_HOME;
				const synchronized = text.startsWith(BEGIN_SYNCHRONIZED_UPDATE);
				this.#terminal.write(
					synchronized
						? BEGIN_SYNCHRONIZED_UPDATE + enter + text.slice(BEGIN_SYNCHRONIZED_UPDATE.length)
						: enter + text,
				);
			} else this.#terminal.write(text);
			// Escape sequences alone (a cursor shown) leave the cursor's line as it was.
			const visible = text.replace(ESCAPE_SEQUENCE, "");
			if (visible !== "") this.#atLineStart = visible.endsWith("\n");
		}
		callback();
	}
}
