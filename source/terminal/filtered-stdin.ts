import { EventEmitter } from "node:events";
import process from "node:process";
import { StringDecoder } from "node:string_decoder";

/** What the filtered stream passes on to the real input: raw mode, and whether it keeps the process alive. */
export type TerminalControls = {
	readonly isTTY?: boolean;
	readonly isRaw?: boolean;
	setRawMode(mode: boolean): unknown;
	ref(): unknown;
	unref(): unknown;
};

/**
 * The stdin Ink reads: the terminal's keys, without the reports taken out of
 * them. It speaks only the part of the stream protocol Ink 6 uses ('readable',
 * then read() until null; setEncoding, setRawMode, ref, unref, isTTY), so that
 * it can tell Ink about keys at once: Ink then handles them before the mouse
 * event that followed them in the input. A stream.Readable announces data on a
 * later tick, after that event's handler has run.
 */
export class FilteredStdin extends EventEmitter {
	readonly #terminal: TerminalControls;
	#queued: Buffer[] = [];
	#decoder: StringDecoder | undefined;

	constructor(terminal: TerminalControls) {
		super();
		this.#terminal = terminal;
		// Keys typed before Ink listens (while the first frame is drawn) wait here until it does.
		this.on("newListener", (event) => {
			if (event === "readable") process.nextTick(() => this.#announce());
		});
	}

	get isTTY(): boolean {
		return this.#terminal.isTTY === true;
	}

	get isRaw(): boolean {
		return this.#terminal.isRaw === true;
	}

	setRawMode(mode: boolean): this {
		this.#terminal.setRawMode(mode);
		return this;
	}

	ref(): this {
		this.#terminal.ref();
		return this;
	}

	unref(): this {
		this.#terminal.unref();
		return this;
	}

	/** Decodes here, not on the real input, whose encoding the filter leaves as it found it. */
	setEncoding(encoding: BufferEncoding): this {
		this.#decoder = new StringDecoder(encoding);
		return this;
	}

	read(): string | Buffer | null {
		if (this.#queued.length === 0) return null;
		const bytes = Buffer.concat(this.#queued);
		this.#queued = [];
		if (!this.#decoder) return bytes;
		// The decoder keeps a character split between two reads until its last byte comes.
		const text = this.#decoder.write(bytes);
		return text === "" ? null : text;
	}

	/** Queues keys for Ink and, if it is listening, lets it read them now. */
	deliver(keys: Buffer): void {
		this.#queued.push(keys);
		this.#announce();
	}

	#announce(): void {
		if (this.#queued.length > 0 && this.listenerCount("readable") > 0) this.emit("readable");
	}
}
