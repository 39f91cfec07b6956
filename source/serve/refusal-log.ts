import { InputBudget } from "./input-budget.js";

/** Refusal lines a second, and in a burst; past them a flood is one line a second saying how many were left out. */
const LINES_PER_SECOND = 10;
const LINES_BURST = 20;
const SUMMARY_EVERY_MS = 1000;

/**
 * The log's refusal lines, rate-limited: one client opening hundreds of
 * connections a second must not fill the disk or drown the other lines.
 */
export class RefusalLog {
	private readonly budget: InputBudget;
	private leftOut = 0;
	private timer: NodeJS.Timeout | undefined;

	constructor(
		private readonly log: (line: string) => void,
		now?: () => number,
	) {
		this.budget = new InputBudget(LINES_PER_SECOND, LINES_BURST, now);
	}

	write(line: string): void {
		if (this.budget.allows(1)) {
			this.log(line);
			return;
		}
		this.leftOut++;
		this.timer ??= setTimeout(() => this.flush(), SUMMARY_EVERY_MS).unref();
	}

	/** Says how many lines were left out since the last time, if any. */
	flush(): void {
		clearTimeout(this.timer);
		this.timer = undefined;
		if (this.leftOut === 0) return;
		this.log(`jvizcaino-resume serve: ${this.leftOut} more refused connection(s) not logged one by one`);
		this.leftOut = 0;
	}
}
