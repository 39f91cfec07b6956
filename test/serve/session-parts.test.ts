// The small pure parts of a session: colours from TERM, sizes within the maximum, the streams Ink
// draws through, the key budget, client addresses and the log line.
import { describe, expect, it } from "vitest";
import { addressGroup, shownAddress } from "../../source/serve/client-address.js";
import { dataDirectory } from "../../source/serve/data-directory.js";
import { InputBudget } from "../../source/serve/input-budget.js";
import { colorLevelForTerm, sessionCapabilities } from "../../source/serve/session-capabilities.js";
import { SessionInput, SessionOutput } from "../../source/serve/session-streams.js";
import { clampedSize } from "../../source/serve/terminal-size.js";
import { visitLine } from "../../source/serve/visit-log.js";

describe("colours from the client's TERM", () => {
	it.each([
		["dumb", 0],
		["", 0],
		["vt100", 1],
		["xterm", 1],
		["screen", 1],
		["xterm-256color", 2],
		["tmux-256color", 2],
		["xterm-direct", 3],
		["xterm-kitty", 3],
	])("%j gets level %i", (term, level) => {
		expect(colorLevelForTerm(term)).toBe(level);
	});

	it("links are text and nothing is asked of the terminal", () => {
		expect(sessionCapabilities("xterm-256color", { columns: 90, rows: 20 })).toMatchObject({
			hyperlinks: false,
			columns: 90,
			askBackground: false,
			mouse: false,
		});
	});
});

describe("the size a session is drawn at", () => {
	const max = { columns: 400, rows: 150 };

	it("is the client's within the maximum", () => {
		expect(clampedSize(120, 40, max)).toEqual({ columns: 120, rows: 40 });
		expect(clampedSize(4_294_967_295, 4_294_967_295, max)).toEqual(max);
	});

	it("is 80×24 when the client says 0×0", () => {
		expect(clampedSize(0, 0, max)).toEqual({ columns: 80, rows: 24 });
	});
});

describe("the streams Ink draws through", () => {
	it("output turns each newline into CR LF, as a pty driver would", () => {
		const sent: string[] = [];
		const output = new SessionOutput((text) => sent.push(text), { columns: 80, rows: 24 });

		output.write("one\ntwo\r\nthree\n");

		expect(sent.join("")).toBe("one\r\ntwo\r\nthree\r\n");
	});

	it("output is a TTY with the session's size, and says when it is resized", () => {
		const output = new SessionOutput(() => undefined, { columns: 80, rows: 24 });
		let resizes = 0;
		output.on("resize", () => resizes++);

		output.resize({ columns: 100, rows: 30 });
		output.resize({ columns: 100, rows: 30 });

		expect({ isTTY: output.isTTY, columns: output.columns, rows: output.rows, resizes }).toEqual({
			isTTY: true,
			columns: 100,
			rows: 30,
			resizes: 1,
		});
	});

	it("input is a TTY whose raw mode can be set, and reads what was written", () => {
		const input = new SessionInput();
		input.setRawMode(false);
		input.setEncoding("utf8");
		input.write("q");

		expect({ isTTY: input.isTTY, isRaw: input.isRaw, read: input.read() }).toEqual({
			isTTY: true,
			isRaw: false,
			read: "q",
		});
	});
});

describe("the key budget", () => {
	it("lets a burst through, then drops what comes faster than the rate, whole chunks only", () => {
		let now = 0;
		const budget = new InputBudget(100, 10, () => now);

		expect([budget.allows(3), budget.allows(3), budget.allows(3), budget.allows(3)]).toEqual([true, true, true, false]);
		now = 50; // +5 bytes
		expect(budget.allows(3)).toBe(true);
		expect(budget.allows(20)).toBe(false);
	});
});

describe("client addresses", () => {
	it("an IPv4 client on a dual-stack socket shows as IPv4", () => {
		expect(shownAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
		expect(shownAddress("2001:db8::1")).toBe("2001:db8::1");
	});

	it("the per-address limit counts IPv4 addresses one by one and IPv6 by /64", () => {
		expect(addressGroup("203.0.113.7")).toBe("203.0.113.7");
		expect(addressGroup("2001:db8:0:1::1")).toBe(addressGroup("2001:0db8:0000:0001:ffff:1:2:3"));
		expect(addressGroup("2001:db8:0:1::1")).not.toBe(addressGroup("2001:db8:0:2::1"));
		expect(addressGroup("::1")).toBe("0:0:0:0::/64");
	});
});

describe("the log line", () => {
	it("says when, who, how long and how it ended, on one line", () => {
		const line = visitLine({
			endedAt: new Date("2025-05-01T12:00:00Z"),
			address: "2001:db8::1",
			port: 51234,
			durationMs: 4210,
			outcome: "protocol error: bad\nthing\u001b[31m",
			open: 3,
		});

		expect(line).toBe("2025-05-01T12:00:00.000Z [2001:db8::1]:51234 4.2s protocol error: bad thing [31m (3 open)");
	});
});

describe("the data directory", () => {
	it("follows each system's convention", () => {
		expect(dataDirectory("linux", {}, "/home/ana")).toBe("/home/ana/.local/share/jvizcaino-resume");
		expect(dataDirectory("linux", { XDG_DATA_HOME: "/data" }, "/home/ana")).toBe("/data/jvizcaino-resume");
		expect(dataDirectory("linux", { XDG_DATA_HOME: "relative" }, "/home/ana")).toBe(
			"/home/ana/.local/share/jvizcaino-resume",
		);
		expect(dataDirectory("darwin", {}, "/Users/ana")).toBe("/Users/ana/Library/Application Support/jvizcaino-resume");
	});
});
