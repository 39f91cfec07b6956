import { type Instance, render } from "ink";
import type { OpenOutcome } from "../open-url.js";
import { contactCard } from "../print/contact-card.js";
import { loadRichBlocksFor } from "../render/load-rich-blocks.js";
import type { ThemeName } from "../render/themes.js";
import type { Resume } from "../resume/model.js";
import type { MouseSource } from "../terminal/mouse-source.js";
import { type Suspendable, ViewerScreen } from "../terminal/viewer-screen.js";
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
	/** False where no browser can be launched (`serve`): the link keys copy their link instead. */
	readonly canOpenLinks?: boolean;
	/** Wheel and clicks, when the terminal reports them. */
	readonly mouse?: MouseSource;
	/** The terminal's answer about its background (--theme auto), if it was asked. */
	readonly background?: Promise<ThemeName>;
	/**
	 * The screen a first frame was already painted on, before Ink loaded (source/first-frame): Ink
	 * draws on the same one, so it is still the alternate screen it entered. Else a new one.
	 */
	readonly screen?: ViewerScreen;
};

/** Ink's instance, whose unmount and exit also give the normal screen back with the contact card on it. */
export type Viewer = Instance & {
	/** Leaves the alternate screen and prints the card, once; for ways out Ink does not see (a crash). */
	readonly leave: () => void;
	/** What Ctrl-Z gives back to the shell while the process is stopped (not under serve: no job control). */
	readonly screen: Suspendable;
};

/**
 * Draws the viewer on one terminal whose stdin is already in raw mode. Shared
 * by the local viewer and `serve`, so both show and handle keys the same way.
 *
 * The full-screen layout draws on the alternate screen, as less and vim do:
 * the reader's screen and scrollback are never written to, whatever the
 * resizes. The screen-reader layout stays on the normal screen, in the
 * history: its linear text is what a screen reader's review cursor reads back,
 * and it would vanish with the alternate screen on quitting.
 */
export async function startViewer(resume: Resume, options: ViewerOptions, terminal: ViewerTerminal): Promise<Viewer> {
	const { width: _width, ...terminalOptions } = layoutOptionsFor(options.capabilities);
	const richBlocks = await loadRichBlocksFor(resume);
	// The background was asked before Ink loaded: usually answered by now. If not,
	// draw with the fallback rather than wait, and follow the answer when it comes.
	const answered = options.background && (await Promise.race([options.background, Promise.resolve(undefined)]));
	const viewer = (theme: ThemeName) => (
		<App
			resume={resume}
			layoutOptions={{ ...terminalOptions, styles: layoutOptionsFor(options.capabilities, theme).styles, richBlocks }}
			initialSection={options.initialSection}
			openUrl={options.openUrl}
			canOpenLinks={options.canOpenLinks}
			mouse={options.mouse}
		/>
	);
	const firstTheme = answered ?? options.capabilities.theme;
	let theme = firstTheme;
	const screen =
		options.screen ?? new ViewerScreen(terminal.stdout, { alternateScreen: !options.capabilities.screenReader });
	const leave = () => {
		const width = terminal.stdout.columns || options.capabilities.columns || 80;
		screen.leave(contactCard(resume.basics, { ...layoutOptionsFor(options.capabilities, theme), width }));
	};
	const instance = render(viewer(firstTheme), {
		stdin: terminal.stdin,
		stdout: screen as unknown as NodeJS.WriteStream,
		stderr: terminal.stderr,
		// Ctrl-C is in the keymap like every other key; Ink's own handler would bypass it.
		exitOnCtrlC: false,
		// console.* belongs to the process, not to one terminal among several (serve).
		patchConsole: false,
		isScreenReaderEnabled: options.capabilities.screenReader,
		maxFps: 60,
	});
	if (options.background && !answered) {
		options.background.then((answer) => {
			theme = answer;
			if (answer !== firstTheme) instance.rerender(viewer(answer));
		});
	}
	// Ink writes its last frame as it unmounts, then the screen is left: in that order.
	const exited = instance.waitUntilExit().finally(leave);
	exited.catch(() => undefined);
	return {
		...instance,
		unmount() {
			instance.unmount();
			leave();
		},
		waitUntilExit: () => exited,
		leave,
		screen,
	};
}
