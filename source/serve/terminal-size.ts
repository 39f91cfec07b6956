/** A session's terminal, in cells. */
export type TerminalSize = { readonly columns: number; readonly rows: number };

/** What a client that reports 0×0 (some do until their window is mapped) is drawn at. */
const FALLBACK: TerminalSize = { columns: 80, rows: 24 };

/**
 * The size a session is drawn at: the client's, within the server's maximum.
 * A client may claim any size up to 2³²−1; the frame's cost grows with it.
 */
export function clampedSize(columns: number, rows: number, max: TerminalSize): TerminalSize {
	const within = (value: number, fallback: number, limit: number) =>
		Number.isSafeInteger(value) && value > 0 ? Math.min(value, limit) : Math.min(fallback, limit);
	return { columns: within(columns, FALLBACK.columns, max.columns), rows: within(rows, FALLBACK.rows, max.rows) };
}
