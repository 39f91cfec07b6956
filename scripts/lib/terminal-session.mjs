// A program running in a pseudo-terminal, seen through a headless xterm: what a person would see,
// with the timings the benchmark needs. Plain JS so `node scripts/bench.mjs` can use it unbuilt;
// the types live in terminal-session.d.mts and test/e2e/helpers re-exports both.
import { execFile } from "node:child_process";
import { performance } from "node:perf_hooks";
import xtermHeadless from "@xterm/headless";
import { spawn } from "node-pty";

/** @import { ExitStatus, Hyperlink, KeyName, ScreenCondition, SessionOptions, TerminalModes, TerminalSession, TtyState } from "./terminal-session.d.mts" */

// The package is CommonJS: under ESM only its default export is visible.
const { Terminal } = xtermHeadless;

const DEFAULT_TIMEOUT_MS = 5000;
const GRACEFUL_EXIT_MS = 1000;

/** @type {Readonly<Record<KeyName, string>>} */
export const KEYS = Object.freeze({
	up: "\x1b[A",
	down: "\x1b[B",
	right: "\x1b[C",
	left: "\x1b[D",
	home: "\x1b[H",
	end: "\x1b[F",
	pageUp: "\x1b[5~",
	pageDown: "\x1b[6~",
	tab: "\t",
	shiftTab: "\x1b[Z",
	escape: "\x1b",
	enter: "\r",
	space: " ",
	backspace: "\x7f",
	delete: "\x1b[3~",
	ctrlC: "\x03",
	ctrlD: "\x04",
});

/** What a real xterm sends for these keys once a program turns on application cursor keys (DECCKM). */
const APPLICATION_CURSOR_KEYS = {
	up: "\x1bOA",
	down: "\x1bOB",
	right: "\x1bOC",
	left: "\x1bOD",
	home: "\x1bOH",
	end: "\x1bOF",
};

// CI makes Ink draw nothing until exit; the test runner's own variables, a developer's terminal
// identity (hyperlink and kitty-keyboard detection read these) and forced sizes or colours would
// make the program behave unlike it does for a user, and differently on each machine.
/** @type {readonly (string | RegExp)[]} */
export const REMOVED_ENV_VARS = Object.freeze([
	"CI",
	"CONTINUOUS_INTEGRATION",
	/^CI_/,
	/^VITEST/,
	"TEST",
	"NODE_ENV",
	"NODE_OPTIONS",
	"DEV",
	"FORCE_COLOR",
	"NO_COLOR",
	"FORCE_HYPERLINK",
	"COLUMNS",
	"LINES",
	"COLORTERM",
	"TERM_PROGRAM",
	"TERM_PROGRAM_VERSION",
	"TERMINAL_EMULATOR",
	"VTE_VERSION",
	"WT_SESSION",
	"KITTY_WINDOW_ID",
	"TMUX",
	"STY",
	"CURSOR_TRACE_ID",
	"INK_SCREEN_READER",
]);

/** @param {string} name */
const isRemoved = (name) =>
	REMOVED_ENV_VARS.some((pattern) => (typeof pattern === "string" ? pattern === name : pattern.test(name)));

/**
 * @param {Readonly<Record<string, string | undefined>>} [extra]
 * @returns {Record<string, string>}
 */
export function sessionEnv(extra = {}) {
	/** @type {Record<string, string>} */
	const env = {};
	for (const [name, value] of Object.entries(process.env)) {
		if (value !== undefined && !isRemoved(name)) env[name] = value;
	}
	for (const [name, value] of Object.entries(extra)) {
		if (value === undefined) delete env[name];
		else env[name] = value;
	}
	env.TERM = "xterm-256color";
	return env;
}

/** @param {ScreenCondition} condition */
const describeCondition = (condition) =>
	typeof condition === "string"
		? JSON.stringify(condition)
		: condition instanceof RegExp
			? String(condition)
			: `predicate ${condition.name || "(anonymous)"}`;

/**
 * @param {SessionOptions} options
 * @returns {TerminalSession}
 */
export function startSession(options) {
	const { command, args = [], cwd = process.cwd(), env = {}, answerQueries = true } = options;
	let cols = options.cols ?? 100;
	let rows = options.rows ?? 30;

	const terminal = new Terminal({ cols, rows, allowProposedApi: true, scrollback: 1000 });
	const startedAt = performance.now();
	const pty = spawn(command, [...args], { name: "xterm-256color", cols, rows, cwd, env: sessionEnv(env) });

	/** @type {number | undefined} */ let firstOutputAt;
	/** @type {number | undefined} */ let firstTextAt;
	/** @type {number | undefined} */ let lastOutputAt;
	/** @type {number | undefined} Arrival time of the newest output already parsed into the screen. */
	let shownOutputAt;
	/** @type {ExitStatus | undefined} */ let exitStatus;
	let pendingWrites = 0;
	let disposed = false;
	let cursorVisible = true;
	/** @type {string[]} */ const rawOutput = [];

	/** @type {Hyperlink[]} */ const links = [];
	/** @type {{ uri: string, params: string, x: number, y: number } | undefined} */ let openLink;

	/** @type {Set<{ test: () => boolean, resolve: () => void, reject: (error: Error) => void }>} */
	const waiters = new Set();

	/** @param {readonly (number | number[])[]} params */
	const setsCursorMode = (params) => params.some((param) => param === 25);
	const parserHooks = [
		terminal.parser.registerCsiHandler({ prefix: "?", final: "h" }, (params) => {
			if (setsCursorMode(params)) cursorVisible = true;
			return false;
		}),
		terminal.parser.registerCsiHandler({ prefix: "?", final: "l" }, (params) => {
			if (setsCursorMode(params)) cursorVisible = false;
			return false;
		}),
		// A full reset (RIS) or soft reset (DECSTR) shows the cursor again.
		terminal.parser.registerEscHandler({ final: "c" }, () => {
			cursorVisible = true;
			return false;
		}),
		terminal.parser.registerCsiHandler({ intermediates: "!", final: "p" }, () => {
			cursorVisible = true;
			return false;
		}),
		terminal.parser.registerOscHandler(8, (data) => {
			const separator = data.indexOf(";");
			const params = separator === -1 ? "" : data.slice(0, separator);
			const uri = separator === -1 ? "" : data.slice(separator + 1);
			if (openLink) closeLink(openLink);
			const buffer = terminal.buffer.active;
			openLink = uri === "" ? undefined : { uri, params, x: buffer.cursorX, y: buffer.baseY + buffer.cursorY };
			return false;
		}),
	];

	/** @param {{ uri: string, params: string, x: number, y: number }} link */
	function closeLink(link) {
		const buffer = terminal.buffer.active;
		const text = readCells(link.x, link.y, buffer.cursorX, buffer.baseY + buffer.cursorY);
		if (!links.some((seen) => seen.uri === link.uri && seen.text === text)) {
			links.push({ uri: link.uri, text, params: link.params });
		}
	}

	/**
	 * Text between two absolute buffer positions (end exclusive), as the cells read.
	 * @param {number} startX @param {number} startY @param {number} endX @param {number} endY
	 */
	function readCells(startX, startY, endX, endY) {
		const buffer = terminal.buffer.active;
		if (endY < startY || (endY === startY && endX <= startX)) return "";
		let text = "";
		for (let y = startY; y <= endY; y++) {
			const line = buffer.getLine(y);
			if (!line) continue;
			if (y > startY && !line.isWrapped) text += "\n";
			text += line.translateToString(y !== endY, y === startY ? startX : 0, y === endY ? endX : cols);
		}
		return text;
	}

	const dataHook = terminal.onData((answer) => {
		if (answerQueries && !exitStatus && !disposed) pty.write(answer);
	});

	/** The screen is worth looking at: everything received is parsed and no synchronized frame is half drawn. */
	const settled = () => pendingWrites === 0 && !terminal.modes.synchronizedOutputMode;

	function checkWaiters() {
		for (const waiter of waiters) {
			if (waiter.test()) waiter.resolve();
		}
	}

	pty.onData((chunk) => {
		if (disposed || chunk.length === 0) return;
		const arrivedAt = performance.now();
		firstOutputAt ??= arrivedAt;
		lastOutputAt = arrivedAt;
		rawOutput.push(chunk);
		pendingWrites++;
		terminal.write(chunk, () => {
			pendingWrites--;
			shownOutputAt = arrivedAt;
			if (firstTextAt === undefined && screenLines().some((line) => line.trim() !== "")) firstTextAt = arrivedAt;
			if (settled()) checkWaiters();
		});
	});

	/**
	 * Resolves once every chunk written so far is parsed (xterm parses asynchronously).
	 * @returns {Promise<void>}
	 */
	const flush = () => new Promise((resolve) => (disposed ? resolve() : terminal.write("", resolve)));

	const exited = new Promise((resolve) => {
		pty.onExit(({ exitCode, signal }) => {
			// node-pty reports exit once its socket closed, so all output has arrived; wait until it is parsed.
			void flush().then(() => {
				exitStatus = { exitCode, signal: signal || undefined };
				resolve(exitStatus);
				// Nothing will change any more: whatever does not hold now never will.
				for (const waiter of waiters) {
					if (waiter.test()) waiter.resolve();
					else waiter.reject(new Error(`the program exited (code ${exitCode}${signal ? `, signal ${signal}` : ""})`));
				}
			});
		});
	});

	function screenLines() {
		const buffer = terminal.buffer.active;
		const lines = [];
		for (let y = 0; y < rows; y++) {
			lines.push(buffer.getLine(buffer.baseY + y)?.translateToString(true) ?? "");
		}
		return lines;
	}

	/** @param {(line: import("@xterm/headless").IBufferLine, index: number) => void} visit */
	function forEachVisibleLine(visit) {
		const buffer = terminal.buffer.active;
		for (let y = 0; y < rows; y++) {
			const line = buffer.getLine(buffer.baseY + y);
			if (line) visit(line, y);
		}
	}

	function screenReport() {
		const lines = screenLines();
		while (lines.length > 0 && lines.at(-1) === "") lines.pop();
		const blankRows = rows - lines.length;
		const status = exitStatus ? `, exited with code ${exitStatus.exitCode}` : "";
		return [
			`--- screen ${cols}×${rows}${status} ---`,
			...lines.map((line) => `|${line}`),
			`--- ${blankRows} blank row(s) below ---`,
		].join("\n");
	}

	/** @param {ScreenCondition} condition */
	function toTest(condition) {
		if (typeof condition === "string") return () => screenLines().join("\n").includes(condition);
		if (condition instanceof RegExp) {
			return () => {
				condition.lastIndex = 0; // a /g or /y pattern would otherwise resume where it last matched
				return condition.test(screenLines().join("\n"));
			};
		}
		return () => condition(screenLines().join("\n"), session);
	}

	/**
	 * @param {ScreenCondition} condition
	 * @param {number} timeout
	 * @returns {Promise<void>}
	 */
	function waitUntil(condition, timeout) {
		const test = toTest(condition);
		if (settled() && test()) return Promise.resolve();
		if (disposed) return Promise.reject(new Error("the session is disposed"));
		return new Promise((resolve, reject) => {
			const waiter = {
				test,
				resolve: () => {
					finish();
					resolve();
				},
				/** @param {Error} reason */
				reject: (reason) => {
					finish();
					reject(new Error(`${reason.message} while waiting for ${describeCondition(condition)}\n${screenReport()}`));
				},
			};
			const timer = setTimeout(() => {
				// A program may leave a synchronized update open: judge what is there before giving up.
				if (test()) waiter.resolve();
				else waiter.reject(new Error(`Timed out after ${timeout} ms`));
			}, timeout);
			const finish = () => {
				clearTimeout(timer);
				waiters.delete(waiter);
			};
			waiters.add(waiter);
			if (exitStatus) waiter.reject(new Error(`the program had exited (code ${exitStatus.exitCode})`));
		});
	}

	/** @type {TerminalSession} */
	const session = {
		get pid() {
			return pty.pid;
		},
		get cols() {
			return cols;
		},
		get rows() {
			return rows;
		},
		terminal,
		startedAt,
		get firstOutputAt() {
			return firstOutputAt;
		},
		get firstTextAt() {
			return firstTextAt;
		},
		get lastOutputAt() {
			return lastOutputAt;
		},
		get exitStatus() {
			return exitStatus;
		},

		screen: screenLines,
		screenText: () => screenLines().join("\n"),
		screenSignature() {
			const cell = terminal.buffer.active.getNullCell();
			/** @type {string[]} */ const parts = [];
			let previousStyle = "";
			forEachVisibleLine((line) => {
				for (let x = 0; x < cols; x++) {
					line.getCell(x, cell);
					const style = [
						cell.getFgColorMode(),
						cell.getFgColor(),
						cell.getBgColorMode(),
						cell.getBgColor(),
						cell.isBold(),
						cell.isDim(),
						cell.isItalic(),
						cell.isUnderline(),
						cell.isInverse(),
						cell.isInvisible(),
						cell.isStrikethrough(),
					].join(",");
					if (style !== previousStyle) parts.push(`\x00${style}\x00`);
					previousStyle = style;
					parts.push(cell.getChars() || " ");
				}
				parts.push("\n");
			});
			return parts.join("");
		},
		rowWidths() {
			const cell = terminal.buffer.active.getNullCell();
			/** @type {number[]} */ const widths = [];
			forEachVisibleLine((line) => {
				let width = 0;
				for (let x = line.length - 1; x >= 0; x--) {
					line.getCell(x, cell);
					const chars = cell.getChars();
					if (chars !== "" && chars.trim() !== "") {
						width = x + cell.getWidth();
						break;
					}
				}
				widths.push(width);
			});
			return widths;
		},
		wrappedRows() {
			/** @type {number[]} */ const wrapped = [];
			forEachVisibleLine((line, index) => {
				if (line.isWrapped) wrapped.push(index);
			});
			return wrapped;
		},
		output: () => rawOutput.join(""),

		cursorVisible: () => cursorVisible,
		modes() {
			const { modes } = terminal;
			return {
				cursorVisible,
				alternateScreen: terminal.buffer.active.type === "alternate",
				mouseTracking: modes.mouseTrackingMode,
				bracketedPaste: modes.bracketedPasteMode,
				applicationCursorKeys: modes.applicationCursorKeysMode,
				focusEvents: modes.sendFocusMode,
				synchronizedOutput: modes.synchronizedOutputMode,
			};
		},
		leftoverModes() {
			const modes = session.modes();
			return [
				modes.cursorVisible ? undefined : "cursor hidden",
				modes.alternateScreen ? "alternate screen" : undefined,
				modes.mouseTracking === "none" ? undefined : `mouse tracking (${modes.mouseTracking})`,
				modes.bracketedPaste ? "bracketed paste" : undefined,
				modes.applicationCursorKeys ? "application cursor keys" : undefined,
				modes.focusEvents ? "focus events" : undefined,
				modes.synchronizedOutput ? "synchronized output" : undefined,
			].filter((mode) => mode !== undefined);
		},
		hyperlinks: () => links.map((link) => ({ ...link })),
		ttyState: () => readTtyState(exitStatus || disposed ? undefined : ptsName(pty)),

		press(key) {
			const named = /** @type {Record<string, string>} */ (KEYS)[key];
			if (named === undefined) return session.write(key);
			const applicationKey = /** @type {Record<string, string>} */ (APPLICATION_CURSOR_KEYS)[key];
			const useApplication = applicationKey !== undefined && terminal.modes.applicationCursorKeysMode;
			return session.write(useApplication ? applicationKey : named);
		},
		write(data) {
			if (exitStatus || disposed) throw new Error(`cannot send ${JSON.stringify(data)}: the program is gone`);
			const sentAt = performance.now();
			pty.write(data);
			return sentAt;
		},

		async waitFor(condition, { timeout = DEFAULT_TIMEOUT_MS } = {}) {
			await waitUntil(condition, timeout);
			return screenLines().join("\n");
		},
		async timeUntil(condition, { timeout = DEFAULT_TIMEOUT_MS, since = performance.now() } = {}) {
			await waitUntil(condition, timeout);
			return Math.max(0, (shownOutputAt ?? since) - since);
		},
		waitForIdle(quietMs, { timeout = DEFAULT_TIMEOUT_MS } = {}) {
			const calledAt = performance.now();
			const deadline = calledAt + timeout;
			return new Promise((resolve, reject) => {
				const check = () => {
					const now = performance.now();
					// Quiet counts from the call too: a key just sent has not had its chance to answer.
					const quietSince = Math.max(lastOutputAt ?? startedAt, calledAt);
					if (now - quietSince >= quietMs) {
						void flush().then(() => resolve());
					} else if (now >= deadline) {
						reject(new Error(`Output never paused for ${quietMs} ms within ${timeout} ms\n${screenReport()}`));
					} else {
						setTimeout(check, Math.min(quietMs - (now - quietSince), deadline - now) + 1);
					}
				};
				check();
			});
		},
		async waitForExit({ timeout = DEFAULT_TIMEOUT_MS } = {}) {
			/** @type {NodeJS.Timeout | undefined} */
			let timer;
			const timedOut = new Promise((_, reject) => {
				timer = setTimeout(
					() => reject(new Error(`The program did not exit within ${timeout} ms\n${screenReport()}`)),
					timeout,
				);
			});
			try {
				return /** @type {ExitStatus} */ (await Promise.race([exited, timedOut]));
			} finally {
				clearTimeout(timer);
			}
		},

		async resize(newCols, newRows) {
			// Output written at the old size must land on the old-size screen before it changes.
			await flush();
			cols = newCols;
			rows = newRows;
			terminal.resize(newCols, newRows);
			if (!exitStatus) pty.resize(newCols, newRows);
		},
		kill(signal = "SIGTERM") {
			if (!exitStatus) pty.kill(signal);
		},
		async dispose() {
			if (disposed) return;
			if (!exitStatus) {
				session.kill("SIGTERM");
				await session.waitForExit({ timeout: GRACEFUL_EXIT_MS }).catch(() => {
					session.kill("SIGKILL");
					return session.waitForExit({ timeout: GRACEFUL_EXIT_MS }).catch(() => undefined);
				});
			}
			disposed = true;
			for (const waiter of waiters) waiter.reject(new Error("the session was disposed"));
			for (const hook of parserHooks) hook.dispose();
			dataHook.dispose();
			terminal.dispose();
		},
	};
	return session;
}

/**
 * The slave device's path: node-pty has it on Unix but leaves it out of its types.
 * @param {import("node-pty").IPty} pty
 * @returns {string | undefined}
 */
const ptsName = (pty) => /** @type {{ ptsName?: string }} */ (/** @type {unknown} */ (pty)).ptsName;

/**
 * @param {string | undefined} devicePath
 * @returns {Promise<TtyState | undefined>}
 */
function readTtyState(devicePath) {
	if (!devicePath) return Promise.resolve(undefined);
	return new Promise((resolve) => {
		execFile("stty", ["-F", devicePath, "-a"], (error, stdout) => {
			if (error) {
				resolve(undefined);
				return;
			}
			const flags = new Set(stdout.split(/[\s;]+/));
			const canonical = flags.has("icanon");
			const echo = flags.has("echo");
			const signals = flags.has("isig");
			resolve({
				raw: !canonical && !echo && !signals,
				canonical,
				echo,
				signals,
			});
		});
	});
}
