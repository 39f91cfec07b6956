import type { Terminal } from "@xterm/headless";

/** Keys `press` knows by name; anything else is sent as typed. */
export type KeyName =
	| "up"
	| "down"
	| "left"
	| "right"
	| "pageUp"
	| "pageDown"
	| "home"
	| "end"
	| "tab"
	| "shiftTab"
	| "escape"
	| "enter"
	| "space"
	| "backspace"
	| "delete"
	| "ctrlC"
	| "ctrlD";

/**
 * What a wait is waiting for: text somewhere on the screen, a pattern matched against the
 * screen text (rows joined by "\n"), or a predicate given that text and the session.
 */
export type ScreenCondition = string | RegExp | ((screenText: string, session: TerminalSession) => boolean);

export interface SessionOptions {
	readonly command: string;
	readonly args?: readonly string[];
	/** Default 100. */
	readonly cols?: number;
	/** Default 30. */
	readonly rows?: number;
	/** Added to the cleaned-up copy of process.env; `undefined` removes a variable. */
	readonly env?: Readonly<Record<string, string | undefined>>;
	/** Default process.cwd(). */
	readonly cwd?: string;
	/**
	 * Send the emulator's answers to terminal queries (cursor position, device attributes)
	 * back to the program, as a real terminal does. Default true.
	 */
	readonly answerQueries?: boolean;
}

export interface WaitOptions {
	/** Milliseconds before the wait rejects. Default 5000. */
	readonly timeout?: number;
}

export interface TimeUntilOptions extends WaitOptions {
	/** `performance.now()` the measurement starts from, e.g. what `press` returned. Default: the call. */
	readonly since?: number;
}

export interface Hyperlink {
	readonly uri: string;
	/** The cells written while the link was open, as they read on screen. */
	readonly text: string;
	/** OSC 8 parameters, e.g. "id=1"; usually "". */
	readonly params: string;
}

export interface ExitStatus {
	readonly exitCode: number;
	/** Number of the signal that ended the program, if one did. */
	readonly signal: number | undefined;
}

export interface TerminalModes {
	/** DECTCEM, `CSI ? 25 h` / `CSI ? 25 l`. */
	readonly cursorVisible: boolean;
	readonly alternateScreen: boolean;
	readonly mouseTracking: "none" | "x10" | "vt200" | "drag" | "any";
	readonly bracketedPaste: boolean;
	readonly applicationCursorKeys: boolean;
	readonly focusEvents: boolean;
	readonly synchronizedOutput: boolean;
}

/** Line-discipline settings of the pseudo-terminal, read with `stty`. */
export interface TtyState {
	/** Neither canonical input nor echo nor signal keys: what `setRawMode(true)` sets. */
	readonly raw: boolean;
	readonly canonical: boolean;
	readonly echo: boolean;
	/** Whether Ctrl-C still raises SIGINT (isig). */
	readonly signals: boolean;
}

export interface TerminalSession {
	/** The program's pid (node-pty execs the command directly, no shell in between). */
	readonly pid: number;
	readonly cols: number;
	readonly rows: number;
	/** The emulator, for anything the session does not wrap. */
	readonly terminal: Terminal;
	/** `performance.now()` just before the spawn. */
	readonly startedAt: number;
	/** When the first byte of output arrived, or undefined. */
	readonly firstOutputAt: number | undefined;
	/** When the output that first put visible text on the screen arrived, or undefined. */
	readonly firstTextAt: number | undefined;
	/** When the latest output arrived. */
	readonly lastOutputAt: number | undefined;
	/** The exit status once the program has exited and its last output is on screen. */
	readonly exitStatus: ExitStatus | undefined;

	/** The visible rows, trailing spaces trimmed. */
	screen(): string[];
	/** `screen()` joined by "\n". */
	screenText(): string;
	/** Text plus colours and attributes of every visible cell: changes when anything visible does. */
	screenSignature(): string;
	/** Width in cells of each visible row, trailing blanks excluded. */
	rowWidths(): number[];
	/** Indices of visible rows that are soft-wrapped continuations: the row above overflowed the width. */
	wrappedRows(): number[];
	/** Everything the program wrote, escape sequences included. */
	output(): string;

	cursorVisible(): boolean;
	modes(): TerminalModes;
	/** Modes a real terminal would be left in, e.g. "cursor hidden"; [] once a program has cleaned up. */
	leftoverModes(): string[];
	/** The OSC 8 links written so far, each distinct uri and text once, in order of appearance. */
	hyperlinks(): Hyperlink[];
	/** The pty's line-discipline settings, or undefined once it is closed or where `stty` is missing. */
	ttyState(): Promise<TtyState | undefined>;

	/** Sends a named key (arrows honour application cursor mode) or a literal string; returns the send time. */
	press(key: KeyName | (string & {})): number;
	/** Sends raw bytes; returns the send time. */
	write(data: string): number;

	/** Resolves with the screen text once the condition holds; rejects with the screen on timeout or exit. */
	waitFor(condition: ScreenCondition, options?: WaitOptions): Promise<string>;
	/** Milliseconds from `since` to the arrival of the output that made the condition hold. */
	timeUntil(condition: ScreenCondition, options?: TimeUntilOptions): Promise<number>;
	/** Resolves once no output has arrived for `quietMs`, counting from the call at the earliest (the program has settled). */
	waitForIdle(quietMs: number, options?: WaitOptions): Promise<void>;
	/** Resolves once the program has exited and all its output has been parsed. */
	waitForExit(options?: WaitOptions): Promise<ExitStatus>;

	/** Resizes the emulator and the pty (the program gets SIGWINCH). */
	resize(cols: number, rows: number): Promise<void>;
	/** Sends a signal; default SIGTERM. */
	kill(signal?: string): void;
	/** Ends the program if still running (SIGTERM, then SIGKILL) and frees the emulator. */
	dispose(): Promise<void>;
}

/** Escape sequences sent for named keys in normal cursor-key mode. */
export const KEYS: Readonly<Record<KeyName, string>>;

/** Variables removed from the inherited environment: they would make the program behave unlike it does for a user. */
export const REMOVED_ENV_VARS: readonly (string | RegExp)[];

/** The environment a session's program gets. */
export function sessionEnv(extra?: Readonly<Record<string, string | undefined>>): Record<string, string>;

export function startSession(options: SessionOptions): TerminalSession;
