/**
 * How many bytes of keys a session may send: a budget that refills at `perSecond`
 * up to `burst`. A person types a few keys a second and a held arrow key sends
 * some ninety bytes a second; a client that sends more is flooding, and every
 * key is a render, so input over the budget is dropped rather than drawn.
 */
export class InputBudget {
	private available: number;
	private updatedAt: number;

	constructor(
		private readonly perSecond: number,
		private readonly burst: number,
		private readonly now: () => number = () => performance.now(),
	) {
		this.available = burst;
		this.updatedAt = now();
	}

	/**
	 * Whether a chunk of `bytes` may go through, spending them if so. All or
	 * nothing: half an escape sequence would arrive as stray letters.
	 */
	allows(bytes: number): boolean {
		if (!this.canAfford(bytes)) return false;
		this.available -= bytes;
		return true;
	}

	/** Whether `amount` would go through now, spending nothing. */
	canAfford(amount: number): boolean {
		const now = this.now();
		this.available = Math.min(this.burst, this.available + ((now - this.updatedAt) / 1000) * this.perSecond);
		this.updatedAt = now;
		return amount <= this.available;
	}
}
