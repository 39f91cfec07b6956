import { spawn } from "node:child_process";
import { safeUrl } from "./resume/sanitize.js";

/** The one place a URL leaves the program. */
export type OpenOutcome =
	| { readonly opened: true; readonly via: string }
	| { readonly opened: false; readonly reason: string };

export type BrowserEnvironment = {
	/** `$BROWSER`: colon-separated commands, `%s` standing for the URL (the convention of git and Python). */
	readonly browser?: string;
	/** Over SSH a browser would open on the far machine, out of the reader's sight. */
	readonly remoteSession: boolean;
};

// A launcher that fails (xdg-open on a headless box) does so at once; one that
// is still running after this long has handed the URL to a browser.
const LAUNCH_GRACE_MS = 1500;

export async function openUrl(url: string, environment: BrowserEnvironment): Promise<OpenOutcome> {
	const safe = safeUrl(url);
	if (!safe)
		return {
			opened: false,
			reason: "Only http, https and mailto links are opened",
		};
	for (const command of (environment.browser ?? "").split(":").filter((part) => part.trim())) {
		const [program, ...args] = command.trim().split(/\s+/);
		if (!program) continue;
		const withUrl = args.some((arg) => arg.includes("%s"))
			? args.map((arg) => arg.replaceAll("%s", safe))
			: [...args, safe];
		if (await launched(() => spawn(program, withUrl, { stdio: "ignore", detached: true })))
			return { opened: true, via: program };
	}
	if (environment.remoteSession) return { opened: false, reason: "No browser over SSH" };
	// Loaded on the first link opened: `open` looks for WSL and the default browser when imported.
	const { default: open } = await import("open");
	const viaSystem = await launched(() => open(safe, { wait: false }));
	return viaSystem ? { opened: true, via: "system browser" } : { opened: false, reason: "No browser could be opened" };
}

type Launchable = ReturnType<typeof spawn>;

/** True when the launcher started and did not fail straight away. */
async function launched(start: () => Launchable | Promise<Launchable>): Promise<boolean> {
	let child: Launchable;
	try {
		child = await start();
	} catch {
		return false;
	}
	return new Promise((resolve) => {
		const timer = setTimeout(() => {
			child.unref();
			resolve(true);
		}, LAUNCH_GRACE_MS);
		child.once("error", () => {
			clearTimeout(timer);
			resolve(false);
		});
		child.once("exit", (code) => {
			clearTimeout(timer);
			resolve(code === 0);
		});
	});
}
