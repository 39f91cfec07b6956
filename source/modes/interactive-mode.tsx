import process from "node:process";
import { type BrowserEnvironment, openUrl } from "../open-url.js";
import type { Resume } from "../resume/model.js";
import { startViewer } from "./start-viewer.js";
import type { TerminalCapabilities } from "./terminal-options.js";

export type InteractiveOptions = {
	readonly capabilities: TerminalCapabilities;
	readonly initialSection: number;
	readonly browser: BrowserEnvironment;
};

/** The Ink viewer on this process's terminal. Resolves once it has quit and the terminal is restored. */
export async function runInteractiveMode(resume: Resume, options: InteractiveOptions): Promise<void> {
	// Raw mode before the first frame, not after it as Ink does: a key pressed
	// while the frame is drawn is then read as a key, not echoed onto the screen,
	// and an early Ctrl-C reaches the keymap instead of killing the process.
	process.stdin.setRawMode(true);
	const instance = await startViewer(
		resume,
		{
			capabilities: options.capabilities,
			initialSection: options.initialSection,
			openUrl: (url) => openUrl(url, options.browser),
		},
		{ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
	);
	// A closed terminal (SIGHUP), a polite kill (SIGTERM) or an interrupt sent
	// from outside (SIGINT) still restores the cursor and raw mode: unmounting
	// is what Ink does on quit.
	const quit = () => instance.unmount();
	const signals = ["SIGTERM", "SIGHUP", "SIGINT"] as const;
	for (const signal of signals) process.once(signal, quit);
	try {
		await instance.waitUntilExit();
	} finally {
		for (const signal of signals) process.off(signal, quit);
		process.stdin.setRawMode(false);
	}
}
