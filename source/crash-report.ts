/** The switch that turns an unexpected error's one line into its stack trace, named in that line. */
export const DEBUG_SWITCH = "DEBUG=jvizcaino-resume";

/** DEBUG holds a comma- or space-separated list of names, as the `debug` package reads it; `*` is every name. */
export function wantsStackTrace(debug: string | undefined): boolean {
	return (debug ?? "").split(/[\s,]+/).some((name) => name === "jvizcaino-resume" || name === "*");
}

/**
 * What an unexpected error prints: one line for a reader, ending with the switch; with the switch, the
 * stack trace for a maintainer: in source/ lines from the development build (`npm run dev`, with source
 * maps); from the published bundles, which have none to keep the download small, with a word on
 * scripts/map-stack.mjs, which maps such a trace in a clone at the same version.
 */
export function crashReport(error: unknown, debug: string | undefined): string {
	const message = error instanceof Error ? error.message : String(error);
	if (!wantsStackTrace(debug)) return `unexpected error: ${message}; for its stack trace, set ${DEBUG_SWITCH}`;
	const stack = error instanceof Error && error.stack ? error.stack : message;
	const mapped = /\((?:file:\/\/)?[^)]*[\\/]source[\\/]/.test(stack) || /at [^(]*[\\/]source[\\/]/.test(stack);
	return mapped
		? `unexpected error: ${stack}`
		: `unexpected error: ${stack}\n(no source maps here: in a clone at this version, \`node scripts/map-stack.mjs\` reads this trace into source/ lines)`;
}
