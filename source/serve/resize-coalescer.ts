import type { TerminalSize } from "./terminal-size.js";

/** Sizes are applied at most this often: each lays out and redraws the whole frame. */
export const RESIZE_INTERVAL_MS = 100;

export type ResizeCoalescerOptions = {
	readonly apply: (size: TerminalSize) => void;
	/** Whether the session's input budget allows one more layout now (a resize costs as a key does). */
	readonly allowed: () => boolean;
	readonly now?: () => number;
	readonly setTimer?: (callback: () => void, ms: number) => unknown;
	readonly clearTimer?: (timer: unknown) => void;
};

/**
 * Window changes, coalesced: a client may send hundreds a second (a window
 * dragged, or a hostile client alternating two widths); the latest size is
 * applied at most every RESIZE_INTERVAL_MS, and only within the session's
 * input budget, so the last size always wins but never costs more than keys.
 */
export class ResizeCoalescer {
	private pending: TerminalSize | undefined;
	private timer: unknown;
	private appliedAt = Number.NEGATIVE_INFINITY;
	private readonly now: () => number;
	private readonly setTimer: (callback: () => void, ms: number) => unknown;
	private readonly clearTimer: (timer: unknown) => void;

	constructor(private readonly options: ResizeCoalescerOptions) {
		this.now = options.now ?? (() => performance.now());
		this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
		this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout));
	}

	request(size: TerminalSize): void {
		this.pending = size;
		if (this.timer === undefined) this.applyWhenDue();
	}

	dispose(): void {
		if (this.timer !== undefined) this.clearTimer(this.timer);
		this.timer = undefined;
		this.pending = undefined;
	}

	private applyWhenDue(): void {
		const wait = this.appliedAt + RESIZE_INTERVAL_MS - this.now();
		if (wait > 0 || !this.options.allowed()) {
			this.timer = this.setTimer(
				() => {
					this.timer = undefined;
					this.applyWhenDue();
				},
				Math.max(wait, RESIZE_INTERVAL_MS / 4),
			);
			return;
		}
		const size = this.pending;
		this.pending = undefined;
		if (!size) return;
		this.appliedAt = this.now();
		this.options.apply(size);
	}
}
