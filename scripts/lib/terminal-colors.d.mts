import type { IBufferCell } from "@xterm/headless";

/** How default colours and the 16 ANSI colours look; the rest of the 256 palette is fixed. */
export interface TerminalTheme {
	readonly foreground: string;
	readonly background: string;
	/** Colours 0–15 as "#rrggbb". */
	readonly ansi: readonly string[];
}

/** "#rrggbb" colours a cell is painted in, inverse video applied. */
export interface CellColors {
	readonly fg: string;
	readonly bg: string;
}

/** Light grey on near-black, with xterm.js's default ANSI colours. */
export const DARK_THEME: TerminalTheme;

/** The colour of a 256-colour palette index. */
export function paletteColor(index: number, theme?: TerminalTheme): string;

/** Foreground and background of a cell, inverse video applied. */
export function cellColors(cell: IBufferCell, theme?: TerminalTheme): CellColors;
