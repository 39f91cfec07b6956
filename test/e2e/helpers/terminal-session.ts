// The harness itself lives in scripts/lib so the benchmark can run it with plain node; tests get it
// from here, plus a start that cleans up after the test whatever the outcome.
import { fileURLToPath } from "node:url";
import { onTestFinished } from "vitest";
import { type SessionOptions, startSession, type TerminalSession } from "../../../scripts/lib/terminal-session.mjs";

export * from "../../../scripts/lib/terminal-session.mjs";

/** Starts a session that is disposed when the current test finishes. */
export function startTestSession(options: SessionOptions): TerminalSession {
	const session = startSession(options);
	onTestFinished(() => session.dispose());
	return session;
}

/** Absolute path of a program in test/e2e/fixtures. */
export function fixturePath(name: string): string {
	return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

/** Runs a fixture with this node, disposed when the current test finishes. */
export function startFixture(name: string, options: Omit<SessionOptions, "command"> = {}): TerminalSession {
	return startTestSession({
		...options,
		command: process.execPath,
		args: [fixturePath(name), ...(options.args ?? [])],
	});
}
