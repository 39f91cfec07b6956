/** One connection, as the server's log shows it when it ends. */
export type VisitRecord = {
	readonly endedAt: Date;
	readonly address: string;
	readonly port: number;
	readonly durationMs: number;
	/** What ended it: "quit", "closed by client", "idle timeout"… */
	readonly outcome: string;
	/** Connections still open once this one is gone. */
	readonly open: number;
};

/** "2025-05-01T12:00:00.000Z 203.0.113.7:51234 4.2s quit (3 open)": one line a connection, for stderr. */
export function visitLine(visit: VisitRecord): string {
	const where = visit.address.includes(":") ? `[${visit.address}]:${visit.port}` : `${visit.address}:${visit.port}`;
	const seconds = (visit.durationMs / 1000).toFixed(1);
	// The outcome may quote a client's words (a protocol error); keep it one printable line.
	const outcome = visit.outcome.replace(/[^\x20-\x7e]+/g, " ").slice(0, 200);
	return `${visit.endedAt.toISOString()} ${where} ${seconds}s ${outcome} (${visit.open} open)`;
}
