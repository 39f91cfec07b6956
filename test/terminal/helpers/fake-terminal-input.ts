import { Readable } from "node:stream";

/**
 * Stands in for process.stdin on a terminal: a real Readable, so flowing and
 * pausing behave as they do, with the TTY calls recorded instead of made.
 */
export class FakeTerminalInput extends Readable {
	readonly isTTY = true;
	isRaw = false;
	readonly ttyCalls: string[] = [];

	override _read(): void {
		// Input comes from type(), never on demand.
	}

	setRawMode(mode: boolean): this {
		this.isRaw = mode;
		this.ttyCalls.push(`setRawMode(${mode})`);
		return this;
	}

	ref(): this {
		this.ttyCalls.push("ref");
		return this;
	}

	unref(): this {
		this.ttyCalls.push("unref");
		return this;
	}

	/** Sends each chunk as one read, text as UTF-8 as a terminal would. */
	type(...chunks: readonly (string | Buffer)[]): void {
		for (const chunk of chunks) this.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
	}
}

/** Lets a stream that was just given a 'data' listener start flowing: Node resumes it on the next tick. */
export function nextTick(): Promise<void> {
	return new Promise((resolve) => process.nextTick(resolve));
}
