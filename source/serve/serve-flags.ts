import { availableParallelism } from "node:os";
import type { Result } from "meow";
import { parseCommandLine } from "../command-line.js";

/** Everything `serve` is told on its command line, defaults filled in. */
export type ServeOptions = {
	readonly help: boolean;
	readonly host: string;
	readonly port: number;
	/** Undefined: the default place under the user's data directory. */
	readonly hostKeyPath: string | undefined;
	/** Undefined: the résumé in the bundle. */
	readonly file: string | undefined;
	/** Processes that run sessions, so that sessions use every core. */
	readonly workers: number;
	/** A worker whose JavaScript heap passes this many MiB is replaced, politely (see session-balancer.ts). */
	readonly maxWorkerHeapMiB: number;
	/** Connections start with a PROXY protocol header (v1 or v2) from a load balancer, naming the real client. */
	readonly proxyProtocol: boolean;
	readonly limits: SessionLimits;
};

export type SessionLimits = {
	readonly maxSessions: number;
	readonly maxSessionsPerAddress: number;
	/** No key pressed for this long ends a session. */
	readonly idleTimeoutMs: number;
	/** No session lasts longer than this, keys or not. */
	readonly maxSessionMs: number;
	/** From the TCP connection to a finished SSH authentication. */
	readonly handshakeTimeoutMs: number;
	/** Bigger pty sizes are drawn at this size: a viewer needs no more, and a frame costs in proportion. */
	readonly maxColumns: number;
	readonly maxRows: number;
};

export type FlagsResult =
	| { readonly ok: true; readonly options: ServeOptions }
	| { readonly ok: false; readonly error: string };

export const DEFAULT_PORT = 2222;
/** One worker a core, up to this: each costs some 60 MiB before its first session. */
export const MAX_DEFAULT_WORKERS = 4;

/** serve's flags, for meow (see command-line.ts, the parser the viewer's flags go through too). */
export const SERVE_FLAGS = {
	help: { type: "boolean", default: false },
	host: { type: "string", default: "127.0.0.1" },
	port: { type: "string", default: String(DEFAULT_PORT) },
	hostKey: { type: "string" },
	file: { type: "string", shortFlag: "f" },
	maxSessions: { type: "string", default: "64" },
	maxPerAddress: { type: "string", default: "8" },
	idleTimeout: { type: "string", default: "10m" },
	maxSessionTime: { type: "string", default: "1h" },
	handshakeTimeout: { type: "string", default: "5s" },
	maxSize: { type: "string", default: "400x150" },
	workers: { type: "string" },
	maxWorkerHeap: { type: "string", default: "512" },
	proxyProtocol: { type: "boolean", default: false },
} as const;

/** What each value flag takes, for the line that says one was given none. */
const VALUES = {
	host: "an address",
	port: "a port number",
	hostKey: "a path",
	file: "a path",
	maxSessions: "a number",
	maxPerAddress: "a number",
	idleTimeout: "a duration",
	maxSessionTime: "a duration",
	handshakeTimeout: "a duration",
	maxSize: "COLUMNSxROWS",
	workers: "a number",
	maxWorkerHeap: "a number of MiB",
} as const;

/** Reads `serve`'s arguments (those after the word `serve`); one line saying what is wrong otherwise. */
export async function parseServeFlags(args: readonly string[]): Promise<FlagsResult> {
	const parsed = await parseCommandLine(args, {
		// serve answers --help itself (cli.tsx, with serve-help.ts): meow prints nothing.
		usage: () => "",
		flags: SERVE_FLAGS,
		values: VALUES,
		answersHelp: false,
		seeHelp: "(see serve --help)",
	});
	if (!parsed.ok) return parsed;
	try {
		return { ok: true, options: optionsFrom(parsed.flags) };
	} catch (error) {
		if (error instanceof FlagError) return { ok: false, error: error.message };
		throw error;
	}
}

/** A flag's value that cannot be used: its message is the line shown. */
class FlagError extends Error {}

function optionsFrom(values: Result<typeof SERVE_FLAGS>["flags"]): ServeOptions {
	if (values.host.trim() === "") throw new FlagError("--host needs an address, e.g. 0.0.0.0 or ::");
	if (values.hostKey === "") throw new FlagError("--host-key needs a path (see serve --help)");
	if (values.file === "") throw new FlagError("--file needs a path (see serve --help)");
	const maxSize = terminalSize(values.maxSize, "--max-size");
	return {
		help: values.help,
		host: values.host,
		port: integerIn(values.port, "--port", 0, 65_535),
		hostKeyPath: values.hostKey,
		file: values.file,
		workers:
			values.workers === undefined
				? Math.min(MAX_DEFAULT_WORKERS, availableParallelism())
				: integerIn(values.workers, "--workers", 1, 64),
		maxWorkerHeapMiB: integerIn(values.maxWorkerHeap, "--max-worker-heap", 1, 65_536),
		proxyProtocol: values.proxyProtocol,
		limits: {
			maxSessions: integerIn(values.maxSessions, "--max-sessions", 1, 100_000),
			maxSessionsPerAddress: integerIn(values.maxPerAddress, "--max-per-address", 1, 100_000),
			idleTimeoutMs: duration(values.idleTimeout, "--idle-timeout"),
			maxSessionMs: duration(values.maxSessionTime, "--max-session-time"),
			handshakeTimeoutMs: duration(values.handshakeTimeout, "--handshake-timeout"),
			maxColumns: maxSize.columns,
			maxRows: maxSize.rows,
		},
	};
}

function integerIn(text: string, flag: string, min: number, max: number): number {
	const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
	if (Number.isSafeInteger(value) && value >= min && value <= max) return value;
	throw new FlagError(`${flag} must be a whole number from ${min} to ${max}, not "${text}"`);
}

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, "": 1000, m: 60_000, h: 3_600_000 };
/** setTimeout's longest delay (24.8 days); a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** "90", "90s", "10m", "1h" or "500ms" (a bare number is seconds). */
function duration(text: string, flag: string): number {
	const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|)$/.exec(text.trim());
	const unit = match ? UNIT_MS[match[2] ?? ""] : undefined;
	const milliseconds = match && unit !== undefined ? Math.round(Number(match[1]) * unit) : Number.NaN;
	if (milliseconds > 0 && milliseconds <= MAX_TIMER_MS) return milliseconds;
	throw new FlagError(`${flag} must be a duration such as 30s, 10m or 1h, not "${text}"`);
}

function terminalSize(text: string, flag: string): { columns: number; rows: number } {
	const match = /^(\d{1,5})x(\d{1,5})$/i.exec(text.trim());
	const columns = Number(match?.[1]);
	const rows = Number(match?.[2]);
	if (match && columns >= 20 && rows >= 5) return { columns, rows };
	throw new FlagError(`${flag} must be COLUMNSxROWS, at least 20x5, such as 400x150, not "${text}"`);
}
