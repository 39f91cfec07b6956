// What one session may cost: keys counted as the viewer sees them, window changes coalesced within
// the key budget, and the log's refusal lines rate-limited. Pure: time and timers are the test's.
import { describe, expect, it } from "vitest";
import { keyCount } from "../../source/serve/key-count.js";
import { RefusalLog } from "../../source/serve/refusal-log.js";
import { RESIZE_INTERVAL_MS, ResizeCoalescer } from "../../source/serve/resize-coalescer.js";
import type { TerminalSize } from "../../source/serve/terminal-size.js";

describe("counting keys", () => {
	it.each([
		["n", 1],
		["nnnnn", 5],
		["\u001b[C", 1],
		["\u001b[C\u001b[D", 2],
		["\u001bOA", 1],
		["\u001b[1;5C", 1],
		["é", 1],
		["\u001b", 1],
		["\u001b[<0;32;7M", 1],
	])("%j is %i key(s)", (text, keys) => {
		expect(keyCount(Buffer.from(text))).toBe(keys);
	});
});

/** A coalescer on a clock and timers the test moves by hand. */
function coalescerAt(allowed: () => boolean = () => true) {
	let now = 0;
	const timers: { at: number; callback: () => void }[] = [];
	const applied: TerminalSize[] = [];
	const coalescer = new ResizeCoalescer({
		apply: (size) => applied.push(size),
		allowed,
		now: () => now,
		setTimer: (callback, ms) => {
			const timer = { at: now + ms, callback };
			timers.push(timer);
			return timer;
		},
		clearTimer: (timer) => timers.splice(timers.indexOf(timer as (typeof timers)[number]), 1),
	});
	const advance = (ms: number) => {
		const until = now + ms;
		for (;;) {
			const due = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
			if (!due) break;
			timers.splice(timers.indexOf(due), 1);
			now = due.at;
			due.callback();
		}
		now = until;
	};
	return { coalescer, applied, advance };
}

describe("window changes", () => {
	it("the first is applied at once; a storm within the interval is applied once, at its latest size", () => {
		const { coalescer, applied, advance } = coalescerAt();

		coalescer.request({ columns: 100, rows: 30 });
		for (let index = 0; index < 50; index++) {
			coalescer.request({ columns: index % 2 === 0 ? 400 : 399, rows: 30 });
			advance(1);
		}
		advance(RESIZE_INTERVAL_MS);

		expect(applied).toEqual([
			{ columns: 100, rows: 30 },
			{ columns: 399, rows: 30 },
		]);
	});

	it("out of key budget, the latest size waits for it rather than being lost", () => {
		let budget = false;
		const { coalescer, applied, advance } = coalescerAt(() => budget);

		coalescer.request({ columns: 90, rows: 20 });
		advance(10 * RESIZE_INTERVAL_MS);
		expect(applied).toEqual([]);

		budget = true;
		advance(RESIZE_INTERVAL_MS);
		expect(applied).toEqual([{ columns: 90, rows: 20 }]);
	});
});

describe("refusal lines in the log", () => {
	it("a burst is logged, the rest of a flood is one line saying how many were left out", () => {
		const lines: string[] = [];
		const log = new RefusalLog(
			(line) => lines.push(line),
			() => 0,
		);

		for (let index = 0; index < 700; index++) log.write(`refused ${index}`);
		log.flush();

		expect(lines.length).toBe(21);
		expect(lines.at(-1)).toBe("jvizcaino-resume serve: 680 more refused connection(s) not logged one by one");
	});
});
