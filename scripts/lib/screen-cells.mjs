// The visible screen of a headless xterm as plain data: one entry per drawn cell with its colours
// already resolved. Reading the emulator once, up front, lets a picture of it be rendered later,
// after the program has moved on, and keeps the renderer free of xterm's API.
import { cellColors, DARK_THEME } from "./terminal-colors.mjs";

/** @import { CapturedCell, CapturedScreen } from "./screen-cells.d.mts" */
/** @import { TerminalTheme } from "./terminal-colors.d.mts" */

/**
 * @param {import("@xterm/headless").Terminal} terminal
 * @param {TerminalTheme} [theme]
 * @returns {CapturedScreen}
 */
export function readScreen(terminal, theme = DARK_THEME) {
	const buffer = terminal.buffer.active;
	const cell = buffer.getNullCell();
	/** @type {CapturedCell[][]} */
	const rows = [];
	for (let y = 0; y < terminal.rows; y++) {
		const line = buffer.getLine(buffer.baseY + y);
		/** @type {CapturedCell[]} */
		const cells = [];
		for (let x = 0; x < terminal.cols; x++) {
			if (!line?.getCell(x, cell)) break;
			const width = cell.getWidth();
			// The right half of a wide character: the cell before it already spans both columns.
			if (width === 0) continue;
			cells.push({
				x,
				width,
				chars: cell.isInvisible() ? " " : cell.getChars() || " ",
				...cellColors(cell, theme),
				bold: cell.isBold() !== 0,
				italic: cell.isItalic() !== 0,
				dim: cell.isDim() !== 0,
				underline: cell.isUnderline() !== 0,
				strikethrough: cell.isStrikethrough() !== 0,
			});
		}
		rows.push(cells);
	}
	return { cols: terminal.cols, rows, foreground: theme.foreground, background: theme.background };
}
