import { PassThrough, Writable } from "node:stream";
import type { TerminalSize } from "./terminal-size.js";

/**
 * A session's keys, as Ink reads a terminal's: it checks isTTY, turns raw mode
 * on and off, sets the encoding and reads on 'readable'. The client's own
 * terminal is already raw (ssh -t makes it so), so raw mode has nothing to do.
 */
export class SessionInput extends PassThrough {
	readonly isTTY = true;
	isRaw = true;

	setRawMode(mode: boolean): this {
		this.isRaw = mode;
		return this;
	}

	// There is no file descriptor to keep the event loop alive for; the socket does that.
	ref(): this {
		return this;
	}

	unref(): this {
		return this;
	}
}

/**
 * A session's screen, as Ink writes to a terminal's: a TTY with a size that
 * emits 'resize'. There is no pty driver on the server to turn "\n" into
 * "\r\n" as a local terminal's does, so that happens here, or every line of
 * the frame would start where the previous one ended.
 */
export class SessionOutput extends Writable {
	readonly isTTY = true;
	columns: number;
	rows: number;

	constructor(
		private readonly send: (text: string) => void,
		size: TerminalSize,
	) {
		super({ decodeStrings: false });
		this.columns = size.columns;
		this.rows = size.rows;
		// Ink may still write a frame between the client leaving and the viewer
		// being unmounted; that write fails on a destroyed stream, harmlessly.
		this.on("error", () => undefined);
	}

	resize(size: TerminalSize): void {
		if (size.columns === this.columns && size.rows === this.rows) return;
		this.columns = size.columns;
		this.rows = size.rows;
		this.emit("resize");
	}

	override _write(chunk: string | Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
		this.send(withCarriageReturns(typeof chunk === "string" ? chunk : chunk.toString("utf8")));
		callback();
	}
}

export function withCarriageReturns(text: string): string {
	return text.replace(/\r?\n/g, "\r\n");
}
