import process from "node:process";
import type { TerminalCapabilities } from "../modes/terminal-options.js";
import { layoutOptionsFor } from "../modes/terminal-options.js";
import { needsRichBlocks } from "../render/load-rich-blocks.js";
import type { ThemeName } from "../render/themes.js";
import type { Resume } from "../resume/model.js";
import { firstFrameLines } from "./first-frame-lines.js";

export type FirstFrameRequest = {
	readonly capabilities: TerminalCapabilities;
	readonly initialSection: number;
	/** The terminal's answer about its background, when it was asked (see prepareTerminal). */
	readonly background?: Promise<ThemeName>;
};

/** The output side of a terminal, as far as painting needs it. */
export type PaintTarget = {
	readonly columns: number;
	readonly rows: number;
	write(text: string): unknown;
	once?(event: "resize", listener: () => void): unknown;
};

const HIDE_CURSOR = "\u001B[?25l";
const SHOW_CURSOR = "\u001B[?25h";
/** Erases from the cursor to the end of the screen. */
const ERASE_BELOW = "\u001B[J";

/**
 * Draws the viewer's first frame straight to the terminal, before Ink, React and yoga are loaded,
 * then puts the cursor back where the frame starts: Ink's first frame, the same lines, is then
 * written over it and nothing on screen changes. Keys typed meanwhile wait in the input filter
 * (prepareTerminal) until Ink reads them. Resolves with whether it painted: nothing is drawn for
 * a screen reader (Ink's spoken layout is another frame), for a résumé whose tables or code
 * blocks need marked-terminal, or a frame firstFrameLines cannot place.
 */
export async function paintFirstFrame(
	resume: Resume,
	request: FirstFrameRequest,
	terminal: PaintTarget,
): Promise<boolean> {
	const { capabilities } = request;
	if (capabilities.screenReader || needsRichBlocks(resume)) return false;
	// A local terminal has usually answered by the time the event loop has read its input once;
	// if not, paint with the fallback, as the viewer does, rather than make everyone wait.
	const answered = request.background && (await Promise.race([request.background, nextTurn()]));
	const { width: _width, ...layoutOptions } = layoutOptionsFor(capabilities, answered ?? capabilities.theme);
	const lines = firstFrameLines(resume, {
		columns: terminal.columns,
		rows: terminal.rows,
		layoutOptions,
		initialSection: request.initialSection,
	});
	if (!lines) return false;
	// Ink hides the cursor too, and shows it again when it unmounts; this covers a run that ends before.
	process.once("exit", () => terminal.write(SHOW_CURSOR));
	terminal.write(`${HIDE_CURSOR}${lines.join("\n")}\n\u001B[${lines.length}A`);
	// A window resized before Ink draws would get Ink's frame, at the new size, over this one at
	// the old: clear it (the cursor is on its first row). Once Ink has drawn, the cursor is below
	// its frame and this clears rows that are blank anyway.
	terminal.once?.("resize", () => terminal.write(ERASE_BELOW));
	return true;
}

/** After the input that has arrived so far has been read. */
function nextTurn(): Promise<undefined> {
	return new Promise((resolve) => setImmediate(() => resolve(undefined)));
}
