import type { Terminal } from "@xterm/headless";
import type { TerminalTheme } from "./terminal-colors.d.mts";

/** One character on screen; a wide character is one cell of width 2. */
export interface CapturedCell {
	/** Column of its left edge. */
	readonly x: number;
	/** Columns it covers: 1, or 2 for a wide character. */
	readonly width: number;
	/** The grapheme shown, " " for an empty or invisible cell. */
	readonly chars: string;
	/** "#rrggbb", inverse video already applied. */
	readonly fg: string;
	readonly bg: string;
	readonly bold: boolean;
	readonly italic: boolean;
	readonly dim: boolean;
	readonly underline: boolean;
	readonly strikethrough: boolean;
}

export interface CapturedScreen {
	readonly cols: number;
	/** Top to bottom, one list of cells per visible row. */
	readonly rows: readonly (readonly CapturedCell[])[];
	/** The theme's default colours: what "no colour" looked like. */
	readonly foreground: string;
	readonly background: string;
}

/** The visible screen of a headless xterm, colours resolved with the theme (a dark one by default). */
export function readScreen(terminal: Terminal, theme?: TerminalTheme): CapturedScreen;
