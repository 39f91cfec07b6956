import { type Instance, render } from "ink";
import type { OpenOutcome } from "../open-url.js";
import { loadRichBlocksFor } from "../render/load-rich-blocks.js";
import type { Resume } from "../resume/model.js";
import { App } from "../ui/app.js";
import { layoutOptionsFor, type TerminalCapabilities } from "./terminal-options.js";

/** The streams of one terminal: the local one, or an SSH session's channel. */
export type ViewerTerminal = {
	readonly stdin: NodeJS.ReadStream;
	readonly stdout: NodeJS.WriteStream;
	readonly stderr: NodeJS.WriteStream;
};

export type ViewerOptions = {
	readonly capabilities: TerminalCapabilities;
	readonly initialSection: number;
	readonly openUrl: (url: string) => Promise<OpenOutcome>;
};

/**
 * Draws the viewer on one terminal whose stdin is already in raw mode. Shared
 * by the local viewer and `serve`, so both show and handle keys the same way.
 */
export async function startViewer(resume: Resume, options: ViewerOptions, terminal: ViewerTerminal): Promise<Instance> {
	const { width: _width, ...terminalOptions } = layoutOptionsFor(options.capabilities);
	const layoutOptions = { ...terminalOptions, richBlocks: await loadRichBlocksFor(resume) };
	return render(
		<App
			resume={resume}
			layoutOptions={layoutOptions}
			initialSection={options.initialSection}
			openUrl={options.openUrl}
		/>,
		{
			stdin: terminal.stdin,
			stdout: terminal.stdout,
			stderr: terminal.stderr,
			// Ctrl-C is in the keymap like every other key; Ink's own handler would bypass it.
			exitOnCtrlC: false,
			// console.* belongs to the process, not to one terminal among several (serve).
			patchConsole: false,
			isScreenReaderEnabled: options.capabilities.screenReader,
			maxFps: 60,
		},
	);
}
