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
export class ViewerScreen extends Writable {
	readonly #terminal: TerminalScreen;
	readonly #alternate: boolean;
	#entered = false;
	#left = false;
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
	 * Gives the normal screen back (if the alternate one was entered) and writes
	 * `farewell` on it. Only the first call writes; later frames are dropped.
	 */
	leave(farewell = ""): void {
		if (this.#left) return;
		this.#left = true;
		this.#terminal.off("resize", this.#onResize);
		const back = this.#entered ? LEAVE_ALTERNATE_SCREEN : "";
		if (back || farewell) this.#terminal.write(back + farewell);
	}

	override _write(chunk: string | Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
		if (this.#left) {
			callback();
			return;
		}
		let text = (typeof chunk === "string" ? chunk : chunk.toString("utf8")).replaceAll(ERASE_SAVED_LINES, "");
		if (this.#alternate && !this.#entered && text !== "") {
			// From the top-left corner: the first frame must not start where the reader's prompt was.
			text = ENTER_ALTERNATE_SCREEN + CURSOR_HOME + text;
			this.#entered = true;
		}
		if (text !== "") this.#terminal.write(text);
		callback();
	}
}
