import process from "node:process";

const SIGNALS = ["SIGTERM", "SIGHUP", "SIGINT"] as const;

/** What happened while the viewer was starting, before its own handlers were in place. */
export type StartUpGuard = {
	/** Whether a SIGTERM, SIGHUP or SIGINT arrived. */
	readonly signalled: () => boolean;
	/** Stops listening: the viewer's own handlers take over. */
	readonly dispose: () => void;
};

/**
 * Between the first frame painted and Ink ready, the alternate screen and raw mode are on. A
 * signal then would kill the process there, and a fault would print Node's stack trace on a
 * screen about to vanish. Instead a signal is noted (the viewer quits the usual way as soon as
 * it starts: normal screen, card, terminal restored) and a fault goes to `crash`.
 */
export function guardStartUp(crash: (error: unknown) => void): StartUpGuard {
	let signalled = false;
	const note = () => {
		signalled = true;
	};
	for (const signal of SIGNALS) process.on(signal, note);
	process.on("uncaughtException", crash);
	process.on("unhandledRejection", crash);
	return {
		signalled: () => signalled,
		dispose() {
			for (const signal of SIGNALS) process.off(signal, note);
			process.off("uncaughtException", crash);
			process.off("unhandledRejection", crash);
		},
	};
}
