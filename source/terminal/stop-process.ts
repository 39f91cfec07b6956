import process from "node:process";
import type { Suspendable } from "./viewer-screen.js";

/**
 * A process group with no shell doing job control above it (an orphaned one)
 * ignores SIGTSTP: the terminal is then taken back after this long, and Ctrl-Z
 * does nothing. Stopped, the process cannot run the timer before it is continued.
 */
const NOT_STOPPED_AFTER_MS = 100;

/**
 * Ctrl-Z as less and vim do it: `parts` give the terminal back, in order, then
 * SIGTSTP stops the whole process group (npx's npm with it, so the shell sees
 * the job stopped); on SIGCONT (`fg`) they take it again, in reverse order.
 * Nothing listens to SIGTSTP, so its default action, stopping, applies.
 */
export function stopProcess(parts: readonly Suspendable[]): void {
	for (const part of parts) part.suspend();
	let resumed = false;
	const resume = () => {
		if (resumed) return;
		resumed = true;
		process.off("SIGCONT", resume);
		clearTimeout(timer);
		for (const part of [...parts].reverse()) part.resume();
	};
	process.on("SIGCONT", resume);
	const timer = setTimeout(resume, NOT_STOPPED_AFTER_MS);
	process.kill(0, "SIGTSTP");
}
