import process from "node:process";
import { crashReport } from "../crash-report.js";
import { type BrowserEnvironment, openUrl } from "../open-url.js";
import type { Resume } from "../resume/model.js";
import type { PreparedTerminal } from "../terminal/prepared-terminal.js";
import type { StartUpGuard } from "../terminal/start-up-guard.js";
import type { ViewerScreen } from "../terminal/viewer-screen.js";
import { startViewer } from "./start-viewer.js";
import type { TerminalCapabilities } from "./terminal-options.js";

export type InteractiveOptions = {
	readonly capabilities: TerminalCapabilities;
	readonly initialSection: number;
	readonly browser: BrowserEnvironment;
	/** This process's terminal, already in raw mode with its input filtered (see prepareTerminal). */
	readonly terminal: PreparedTerminal;
	/** `$DEBUG`: whether a crash shows its stack trace (see crash-report.ts). */
	readonly debug?: string;
	/** The screen the first frame was painted on, if it was (see startViewer). */
	readonly screen?: ViewerScreen;
	/** What guarded the start (cli.tsx): a signal that came meanwhile quits the viewer as soon as it can. */
	readonly startUp?: StartUpGuard;
};

/** The Ink viewer on this process's terminal. Resolves once it has quit and the terminal is restored. */
export async function runInteractiveMode(resume: Resume, options: InteractiveOptions): Promise<void> {
	const { terminal } = options;
	const instance = await startViewer(
		resume,
		{
			capabilities: options.capabilities,
			initialSection: options.initialSection,
			openUrl: (url) => openUrl(url, options.browser),
			mouse: terminal.mouse,
			background: terminal.background,
			screen: options.screen,
		},
		{ stdin: terminal.input.stdin, stdout: process.stdout, stderr: process.stderr },
	);
	terminal.suspendWith(instance.screen);
	// A closed terminal (SIGHUP), a polite kill (SIGTERM) or an interrupt sent
	// from outside (SIGINT) still restores the cursor, raw mode and the mouse:
	// unmounting is what Ink does on quit, and the rest follows below.
	const quit = () => instance.unmount();
	const signals = ["SIGTERM", "SIGHUP", "SIGINT"] as const;
	for (const signal of signals) process.once(signal, quit);
	// A fault outside React (a timer, a child process's event) would otherwise print a stack
	// trace on the alternate screen, where nobody sees it, and leave the terminal raw.
	const crash = (error: unknown) => {
		try {
			instance.unmount();
		} finally {
			terminal.restore();
			process.stderr.write(`jvizcaino-resume: ${crashReport(error, options.debug)}\n`);
			process.exit(1);
		}
	};
	process.on("uncaughtException", crash);
	process.on("unhandledRejection", crash);
	options.startUp?.dispose();
	if (options.startUp?.signalled()) quit();
	// Whatever else ends the process still gives the normal screen back, card included.
	// Before cli.tsx's fallback for a start that failed, whose card has the theme the start had.
	process.prependOnceListener("exit", instance.leave);
	// A terminal that hung up fails every write (EIO); there is nobody left to tell.
	process.stdout.on("error", () => undefined);
	try {
		await instance.waitUntilExit();
	} finally {
		for (const signal of signals) process.off(signal, quit);
		process.off("uncaughtException", crash);
		process.off("unhandledRejection", crash);
		terminal.restore();
	}
}
