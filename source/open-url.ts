import { type ChildProcess, spawn } from "node:child_process";
import { basename } from "node:path";
import { shownAddress } from "./resume/contact-kinds.js";
import { safeUrl } from "./resume/sanitize.js";

/**
 * What became of a link: opened, and by what, or not, and why. `failed` names
 * each command that was tried and could not start or failed (missing from PATH,
 * not executable, exited with an error), in the order they were tried.
 */
export type OpenOutcome =
	| { readonly opened: true; readonly via: string; readonly failed?: readonly string[] }
	| { readonly opened: false; readonly reason: string; readonly failed?: readonly string[] };

export type BrowserEnvironment = {
	/** `$BROWSER`: colon-separated commands, `%s` standing for the URL (the convention of git and Python). */
	readonly browser?: string;
	/** Over SSH a browser would open on the far machine, out of the reader's sight. */
	readonly remoteSession: boolean;
};

/** How the system's own opener (xdg-open, open, start) is named to the reader. */
export const SYSTEM_OPENER = "the system browser";

// A launcher that fails (xdg-open on a headless box) does so at once; one that
// is still running after this long has handed the URL to a browser.
const LAUNCH_GRACE_MS = 1500;

/**
 * The one place a URL leaves the program. Tries each `$BROWSER` command in
 * turn, then (except over SSH) the system's opener; never throws, and no
 * failure to spawn can reach the reader as a stack trace.
 */
export async function openUrl(url: string, environment: BrowserEnvironment): Promise<OpenOutcome> {
	const safe = safeUrl(url);
	if (!safe) return { opened: false, reason: "Only http, https and mailto links are opened" };
	const failed: string[] = [];
	for (const command of browserCommands(environment.browser ?? "", safe)) {
		const name = basename(command.program);
		if (await launched(() => spawn(command.program, command.args, { stdio: "ignore", detached: true })))
			return { opened: true, via: name, failed };
		failed.push(name);
	}
	if (environment.remoteSession) return { opened: false, reason: notStarted(failed) ?? "No browser over SSH", failed };
	// Loaded on the first link opened: `open` looks for WSL and the default browser when imported.
	const viaSystem = await launched(async () => {
		const { default: open } = await import("open");
		return open(safe, { wait: false });
	});
	if (viaSystem) return { opened: true, via: SYSTEM_OPENER, failed };
	failed.push(SYSTEM_OPENER);
	return { opened: false, reason: notStarted(failed) ?? "No browser could be opened", failed };
}

export type BrowserCommand = { readonly program: string; readonly args: readonly string[] };

/**
 * `$BROWSER` read as git and Python's webbrowser read it: commands separated
 * by colons, each split on blanks; `%s` in an argument stands for the URL,
 * which is otherwise added as the last argument.
 */
export function browserCommands(browser: string, url: string): BrowserCommand[] {
	const commands: BrowserCommand[] = [];
	for (const entry of browser.split(":")) {
		const [program, ...args] = entry.trim().split(/\s+/);
		if (!program) continue;
		const withUrl = args.some((arg) => arg.includes("%s"))
			? args.map((arg) => arg.replaceAll("%s", url))
			: [...args, url];
		commands.push({ program, args: withUrl });
	}
	return commands;
}

function notStarted(failed: readonly string[]): string | undefined {
	if (failed.length === 0) return undefined;
	const names = failed.length === 1 ? failed[0] : `${failed.slice(0, -1).join(", ")} or ${failed.at(-1)}`;
	return `Could not start ${names}`;
}

/**
 * The footer's words for an outcome: "Opened https://… (firefox)", or "Could
 * not start firefox: copied the link instead · https://…" when the caller
 * copied the link in its stead (`copied`). The URL is always there whole, so
 * it can be copied by hand where neither worked.
 */
export function describeOpenOutcome(
	outcome: OpenOutcome,
	url: string,
	{ copied }: { readonly copied: boolean },
): string {
	const shown = shownAddress(url);
	if (outcome.opened) {
		const problem = notStarted(outcome.failed ?? []);
		return problem ? `${problem}: opened ${shown} with ${outcome.via}` : `Opened ${shown} (${outcome.via})`;
	}
	return copied ? `${outcome.reason}: copied the link instead · ${shown}` : `${outcome.reason}: copy ${shown}`;
}

/**
 * True when the launcher started and did not fail straight away. A child gets
 * its 'error' listener in the very tick it is spawned, before any await:
 * ENOENT and EACCES are emitted on the child on the next tick, and an 'error'
 * event nobody listens to ends the process with a stack trace.
 */
function launched(start: () => ChildProcess | Promise<ChildProcess>): Promise<boolean> {
	let started: ChildProcess | Promise<ChildProcess>;
	try {
		started = start();
	} catch {
		return Promise.resolve(false);
	}
	return started instanceof Promise ? started.then(watch, () => false) : watch(started);
}

function watch(child: ChildProcess): Promise<boolean> {
	return new Promise((resolve) => {
		const settle = (started: boolean) => {
			clearTimeout(timer);
			child.unref();
			resolve(started);
		};
		const timer = setTimeout(() => settle(true), LAUNCH_GRACE_MS);
		// Quitting need not wait for a browser to make up its mind.
		timer.unref();
		// Kept for the child's whole life: a later error must not go unheard either.
		child.on("error", () => settle(false));
		child.once("exit", (code) => settle(code === 0));
	});
}
