import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
	createInputFilter,
	type FilteredInput,
	KEY_PREFIX_HOLD_MS,
	REPORT_PREFIX_HOLD_MS,
} from "../../source/terminal/input-filter.js";
import { FakeTerminalInput, nextTick } from "./helpers/fake-terminal-input.js";
import { expectedHearing, type Heard, hearKeys, inputTokens } from "./helpers/input-tokens.js";
import { backgroundReply, KEYS, sgrReport, x10Report } from "./helpers/reports.js";

type Session = { readonly terminal: FakeTerminalInput; readonly filtered: FilteredInput; readonly heard: Heard[] };

/**
 * A filter on a fake terminal, read as Ink reads it ('readable', then read()
 * until null, as UTF-8), with everything heard in one list in the order it came.
 */
async function startSession(terminal = new FakeTerminalInput()): Promise<Session> {
	const heard: Heard[] = [];
	const filtered = createInputFilter(terminal, {
		onMouse: (event) => heard.push({ mouse: event }),
		onBackground: (reply) => heard.push({ background: reply.colour }),
	});
	listenLikeInk(filtered, (keys) => hearKeys(heard, keys));
	// The terminal starts flowing on the next tick, as process.stdin does.
	await nextTick();
	return { terminal, filtered, heard };
}

function listenLikeInk(filtered: FilteredInput, onKeys: (keys: string) => void): void {
	filtered.stdin.setEncoding("utf8");
	filtered.stdin.addListener("readable", () => {
		for (let chunk = filtered.stdin.read(); chunk !== null; chunk = filtered.stdin.read()) onKeys(String(chunk));
	});
}

beforeEach(() => {
	vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
});

afterEach(() => {
	vi.useRealTimers();
});

describe("what reaches Ink", () => {
	it("keys pass through as typed", async () => {
		const { terminal, heard } = await startSession();
		terminal.type("a", KEYS.up, "é");
		expect(heard).toEqual([{ keys: `a${KEYS.up}é` }]);
	});

	it("a mouse report goes to onMouse, and the keys around it keep their order", async () => {
		const { terminal, heard } = await startSession();
		terminal.type(`${KEYS.up}${sgrReport(65, 10, 5)}q`);
		expect(heard).toEqual([
			{ keys: KEYS.up },
			{ mouse: expect.objectContaining({ kind: "wheel", direction: "down", column: 10, row: 5 }) },
			{ keys: "q" },
		]);
	});

	it("a report split across reads is still taken out whole, wherever it is cut", async () => {
		const report = sgrReport(0, 12, 3);
		for (let cut = 1; cut < report.length; cut++) {
			const { terminal, heard, filtered } = await startSession();
			terminal.type(report.slice(0, cut), report.slice(cut));
			expect(heard, `cut after ${cut}`).toEqual([{ mouse: expect.objectContaining({ kind: "press", column: 12 }) }]);
			filtered.dispose();
		}
	});

	it("a background reply goes to onBackground, ended by BEL or by ST", async () => {
		const { terminal, heard } = await startSession();
		terminal.type(backgroundReply("rgb:0000/0000/0000"), "x", backgroundReply("rgb:ffff/ffff/ffff", "ST"));
		expect(heard).toEqual([
			{ background: { red: 0, green: 0, blue: 0 } },
			{ keys: "x" },
			{ background: { red: 255, green: 255, blue: 255 } },
		]);
	});

	it("an X10 report is taken out, its coordinate bytes past 127 included", async () => {
		const { terminal, heard } = await startSession();
		terminal.type(Buffer.concat([Buffer.from("a"), x10Report(0, 150, 2), Buffer.from("b")]));
		expect(heard).toEqual([
			{ keys: "a" },
			{ mouse: expect.objectContaining({ kind: "press", column: 150, row: 2 }) },
			{ keys: "b" },
		]);
	});

	it("a character split between two reads arrives whole", async () => {
		const { terminal, heard } = await startSession();
		const bytes = Buffer.from("é", "utf8");
		terminal.type(bytes.subarray(0, 1), bytes.subarray(1));
		expect(heard).toEqual([{ keys: "é" }]);
	});

	it("works the same on a terminal that already had an encoding set, and leaves it set", async () => {
		const terminal = new FakeTerminalInput();
		terminal.setEncoding("utf8");
		const { heard } = await startSession(terminal);
		terminal.type(`é${sgrReport(64, 2, 2)}${KEYS.up}`);
		expect(heard).toEqual([{ keys: "é" }, { mouse: expect.objectContaining({ kind: "wheel" }) }, { keys: KEYS.up }]);
		expect(terminal.readableEncoding).toBe("utf8");
	});

	it("keys typed before Ink listens wait for it", async () => {
		const terminal = new FakeTerminalInput();
		const filtered = createInputFilter(terminal);
		await nextTick();
		terminal.type("q");
		const keys: string[] = [];
		listenLikeInk(filtered, (text) => keys.push(text));
		expect(keys).toEqual([]);
		await nextTick();
		expect(keys).toEqual(["q"]);
	});

	it("any chunking of any mix of keys and reports gives the same keys and reports, in order", async () => {
		await fc.assert(
			fc.asyncProperty(inputTokens, fc.array(fc.nat(), { maxLength: 8 }), async (tokens, cutPoints) => {
				const { terminal, heard, filtered } = await startSession();
				const bytes = Buffer.from(tokens.map((token) => token.bytes).join(""), "latin1");
				const cuts = [...new Set(cutPoints.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
				const edges = [0, ...cuts, bytes.length];
				terminal.type(...edges.slice(1).map((end, index) => bytes.subarray(edges[index], end)));
				vi.runAllTimers();
				expect(heard).toEqual(expectedHearing(tokens));
				filtered.dispose();
			}),
		);
	});
});

describe("holding back what may be the start of a report", () => {
	it("Esc on its own reaches Ink after KEY_PREFIX_HOLD_MS, in case a report's rest follows", async () => {
		const { terminal, heard } = await startSession();
		terminal.type(KEYS.escape);
		vi.advanceTimersByTime(KEY_PREFIX_HOLD_MS - 1);
		expect(heard).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(heard).toEqual([{ keys: KEYS.escape }]);
	});

	it("Esc typed just before a report stays Esc, ahead of it", async () => {
		const { terminal, heard } = await startSession();
		terminal.type(KEYS.escape, sgrReport(0, 1, 1));
		expect(heard).toEqual([{ keys: KEYS.escape }, { mouse: expect.objectContaining({ kind: "press" }) }]);
	});

	it("the start of a report that never ends is released as keys after REPORT_PREFIX_HOLD_MS", async () => {
		const { terminal, heard } = await startSession();
		terminal.type("\u001B[<0;1");
		vi.advanceTimersByTime(REPORT_PREFIX_HOLD_MS - 1);
		expect(heard).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(heard).toEqual([{ keys: "\u001B[<0;1" }]);
	});

	it("a key that cannot continue the report releases the held bytes at once, in order", async () => {
		const { terminal, heard } = await startSession();
		terminal.type("\u001B[<0;1", "q");
		expect(heard).toEqual([{ keys: "\u001B[<0;1q" }]);
	});
});

describe("the terminal behind the filter", () => {
	it("raw mode and ref/unref reach it, and isTTY and isRaw are its own", async () => {
		const { terminal, filtered } = await startSession();
		filtered.stdin.ref();
		filtered.stdin.setRawMode(true);
		expect(filtered.stdin.isTTY).toBe(true);
		expect(filtered.stdin.isRaw).toBe(true);
		filtered.stdin.setRawMode(false);
		filtered.stdin.unref();
		expect(terminal.ttyCalls).toEqual(["ref", "setRawMode(true)", "setRawMode(false)", "unref"]);
		expect(filtered.stdin.isRaw).toBe(false);
	});

	it("after dispose it is no longer read, and is paused as it was before the filter", async () => {
		const { terminal, filtered, heard } = await startSession();
		expect(terminal.readableFlowing).toBe(true);
		filtered.dispose();
		expect(terminal.listenerCount("data")).toBe(0);
		expect(terminal.readableFlowing).toBe(false);
		terminal.type("q");
		await nextTick();
		expect(heard).toEqual([]);
		// What was typed after dispose is still there for the next reader.
		expect(String(terminal.read())).toBe("q");
	});

	it("dispose leaves a terminal that was already flowing flowing", async () => {
		const terminal = new FakeTerminalInput();
		const elsewhere: string[] = [];
		terminal.on("data", (chunk) => elsewhere.push(String(chunk)));
		await nextTick();
		const { filtered } = await startSession(terminal);
		filtered.dispose();
		terminal.type("q");
		expect(terminal.readableFlowing).toBe(true);
		expect(elsewhere).toEqual(["q"]);
	});

	it("a held Esc is not delivered after dispose", async () => {
		const { terminal, filtered, heard } = await startSession();
		terminal.type(KEYS.escape);
		filtered.dispose();
		vi.runAllTimers();
		expect(heard).toEqual([]);
	});
});

describe("Ctrl-Z", () => {
	it("is taken out of the keys and reported, in its place among them, when the filter is asked to", async () => {
		const terminal = new FakeTerminalInput();
		const heard: string[] = [];
		const filtered = createInputFilter(terminal, { onSuspendKey: () => heard.push("suspend") });
		listenLikeInk(filtered, (keys) => heard.push(`keys ${keys}`));
		await nextTick();

		terminal.type("a\u001Ab");

		expect(heard).toEqual(["keys a", "suspend", "keys b"]);
	});

	it("is a key like any other otherwise (under serve there is no job control)", async () => {
		const { terminal, heard } = await startSession();
		terminal.type("a\u001Ab");
		expect(heard).toEqual([{ keys: "a\u001Ab" }]);
	});
});
