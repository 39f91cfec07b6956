/** The switch that turns an unexpected error's one line into its stack trace, named in that line. */
export const DEBUG_SWITCH = "DEBUG=jvizcaino-resume";

/** DEBUG holds a comma- or space-separated list of names, as the `debug` package reads it; `*` is every name. */
export function wantsStackTrace(debug: string | undefined): boolean {
	return (debug ?? "").split(/[\s,]+/).some((name) => name === "jvizcaino-resume" || name === "*");
}

/**
 * What an unexpected error prints: one line for a reader, ending with the switch; with the switch, the
 * stack trace for a maintainer (mapped to source/ by the development build, `npm run dev`, whose
 * bundles carry source maps: the published ones do not, to keep the download small).
 */
export function crashReport(error: unknown, debug: string | undefined): string {
	const message = error instanceof Error ? error.message : String(error);
	if (!wantsStackTrace(debug)) return `unexpected error: ${message}; for its stack trace, set ${DEBUG_SWITCH}`;
	const stack = error instanceof Error && error.stack ? error.stack : message;
	const mapped = /\((?:file:\/\/)?[^)]*[\\/]source[\\/]/.test(stack) || /at [^(]*[\\/]source[\\/]/.test(stack);
	return mapped
		? `unexpected error: ${stack}`
		: `unexpected error: ${stack}\n(this bundle has no source maps: \`npm run dev\` in a clone of the repository maps the trace to source/)`;
}
