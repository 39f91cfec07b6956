import process from "node:process";
import { render } from "ink";
import { type BrowserEnvironment, openUrl } from "../open-url.js";
import type { Resume } from "../resume/model.js";
import { App } from "../ui/app.js";
import { layoutOptionsFor, type TerminalCapabilities } from "./terminal-options.js";

export type InteractiveOptions = {
	readonly capabilities: TerminalCapabilities;
	readonly initialSection: number;
	readonly browser: BrowserEnvironment;
};

/** The Ink viewer. Resolves once it has quit and the terminal is restored. */
export async function runInteractiveMode(resume: Resume, options: InteractiveOptions): Promise<void> {
	const { width: _width, ...layoutOptions } = layoutOptionsFor(options.capabilities);
	const instance = render(
		<App
			resume={resume}
			layoutOptions={layoutOptions}
			initialSection={options.initialSection}
			openUrl={(url) => openUrl(url, options.browser)}
		/>,
		// Ctrl-C is in the keymap like every other key; Ink's own handler would bypass it.
		{ exitOnCtrlC: false, maxFps: 60 },
	);
	// A closed terminal (SIGHUP) or a polite kill (SIGTERM) still restores the cursor
	// and raw mode: unmounting is what Ink does on quit.
	const quit = () => instance.unmount();
	process.once("SIGTERM", quit);
	process.once("SIGHUP", quit);
	await instance.waitUntilExit();
	process.off("SIGTERM", quit);
	process.off("SIGHUP", quit);
}
