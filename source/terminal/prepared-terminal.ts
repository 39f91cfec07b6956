import { BACKGROUND_QUERY, type BackgroundShade } from "./background.js";
import { createInputFilter, type FilteredInput, type TerminalInput } from "./input-filter.js";
import { enableMouseReporting, type TerminalOutput } from "./mouse-mode.js";
import { createMouseSource, type MouseSource } from "./mouse-source.js";
import { stopProcess } from "./stop-process.js";
import type { Suspendable } from "./viewer-screen.js";

/** A terminal made ready for the viewer: raw keys, reports filtered out, and how to undo it all. */
export type PreparedTerminal = {
	readonly input: FilteredInput;
	/** Present when mouse reporting is on. */
	readonly mouse?: MouseSource;
	/** The terminal's answer about its background, when it was asked; resolves when (if) it answers. */
	readonly background?: Promise<BackgroundShade>;
	/** Mouse reporting off, the input back as it was. Safe to call more than once. */
	readonly restore: () => void;
	/**
	 * From now on Ctrl-Z stops the process as it does less and vim: `screen`
	 * and every terminal mode given back while stopped, and taken again on `fg`.
	 */
	readonly suspendWith: (screen: Suspendable) => void;
};

export type PrepareOptions = {
	readonly mouse: boolean;
	readonly askBackground: boolean;
};

/**
 * Raw mode, the input filter, mouse reporting and the background question, in
 * that order: raw mode first so the terminal's answer is not echoed, the
 * filter before anything is asked so no answer reaches the keys. Done before
 * Ink is loaded, the answer is usually in by the time the first frame is drawn.
 */
export function prepareTerminal(
	terminalInput: TerminalInput & { setRawMode(mode: boolean): unknown },
	output: TerminalOutput,
	options: PrepareOptions,
): PreparedTerminal {
	terminalInput.setRawMode(true);
	const mouse = options.mouse ? createMouseSource() : undefined;
	let answer: (shade: BackgroundShade) => void = () => {};
	const background = options.askBackground
		? new Promise<BackgroundShade>((resolve) => {
				answer = resolve;
			})
		: undefined;
	let screen: Suspendable | undefined;
	const input = createInputFilter(terminalInput, {
		onMouse: mouse?.emit,
		onBackground: (reply) => answer(reply.shade),
		onSuspendKey: () => {
			if (screen && !restored) stopProcess([screen, modes]);
		},
	});
	if (options.askBackground) output.write(BACKGROUND_QUERY);
	let disableMouse = mouse ? enableMouseReporting(output) : () => {};
	let restored = false;
	// Raw mode and mouse reporting, as a shell needs them while this process is stopped.
	const modes: Suspendable = {
		suspend() {
			disableMouse();
			terminalInput.setRawMode(false);
		},
		resume() {
			terminalInput.setRawMode(true);
			if (mouse) disableMouse = enableMouseReporting(output);
		},
	};
	return {
		input,
		mouse,
		background,
		restore() {
			if (restored) return;
			restored = true;
			disableMouse();
			input.dispose();
			terminalInput.setRawMode(false);
		},
		suspendWith(viewerScreen) {
			screen = viewerScreen;
		},
	};
}
