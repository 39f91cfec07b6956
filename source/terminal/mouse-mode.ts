/**
 * Asks the terminal to report mouse buttons and the wheel as input.
 *
 * - `?1000h` (normal tracking) reports presses, releases and wheel turns, which
 *   is all a click on a tab and a scroll need. `?1002h` would add a report per
 *   cell dragged over and `?1003h` one per cell the pointer merely crosses: a
 *   flood of input, each a wasted repaint, for nothing this viewer does.
 * - `?1006h` (SGR encoding) sends `ESC [ < b ; x ; y M` in plain ASCII digits.
 *   Without it reports use the X10 form, one byte per coordinate, which cannot
 *   name a column past 223 and, past 95, is not valid UTF-8; SGR also says which
 *   button was released.
 */
export const MOUSE_REPORTING_ON = "\u001B[?1000h\u001B[?1006h";

/**
 * Undoes MOUSE_REPORTING_ON, in reverse order. A terminal left reporting turns
 * every later click and scroll in the shell into escape sequences typed at the
 * prompt, so this must be written on every way out, signals included.
 */
export const MOUSE_REPORTING_OFF = "\u001B[?1006l\u001B[?1000l";

/** Where the sequences go: the terminal's output (process.stdout, or an SSH channel). */
export type TerminalOutput = { write(text: string): unknown };

/**
 * Turns mouse reporting on and returns what turns it off again. The returned
 * function writes only the first time, so an exit path and a signal handler can
 * both call it and the terminal still sees one sequence.
 */
export function enableMouseReporting(output: TerminalOutput): () => void {
	output.write(MOUSE_REPORTING_ON);
	let enabled = true;
	return () => {
		if (!enabled) return;
		enabled = false;
		output.write(MOUSE_REPORTING_OFF);
	};
}
