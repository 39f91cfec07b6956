/** What terminals send, written out here independently of the parsers under test. */

const ESC = "\u001B";

export const KEYS = {
	up: `${ESC}[A`,
	down: `${ESC}[B`,
	escape: ESC,
	altQ: `${ESC}q`,
} as const;

/** An SGR mouse report: `ESC [ < code ; column ; row M` for a press, `m` for a release. */
export function sgrReport(code: number, column: number, row: number, released = false): string {
	return `${ESC}[<${code};${column};${row}${released ? "m" : "M"}`;
}

/** An X10 mouse report, as bytes: `ESC [ M` then code, column and row, each plus 32. */
export function x10Report(code: number, column: number, row: number): Buffer {
	return Buffer.from([0x1b, 0x5b, 0x4d, code + 32, column + 32, row + 32]);
}

/** A reply to OSC 11, ended by BEL or by ST (ESC \). */
export function backgroundReply(spec: string, terminator: "BEL" | "ST" = "BEL"): string {
	return `${ESC}]11;${spec}${terminator === "BEL" ? "\u0007" : `${ESC}\\`}`;
}
