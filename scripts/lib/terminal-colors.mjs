// The colours a cell is painted in, as a dark terminal would show them. The headless emulator only
// records what the program asked for (a palette index, an RGB value or "default"); turning that
// into pixels is the renderer's job, so the palette lives here.

/** @import { CellColors, TerminalTheme } from "./terminal-colors.d.mts" */

/** @type {TerminalTheme} */
export const DARK_THEME = Object.freeze({
	foreground: "#e6e6e6",
	background: "#1e1e1e",
	// xterm.js's default ANSI colours (Tango), the emulator these screens are captured with.
	ansi: Object.freeze([
		"#2e3436",
		"#cc0000",
		"#4e9a06",
		"#c4a000",
		"#3465a4",
		"#75507b",
		"#06989a",
		"#d3d7cf",
		"#555753",
		"#ef2929",
		"#8ae234",
		"#fce94f",
		"#729fcf",
		"#ad7fa8",
		"#34e2e2",
		"#eeeeec",
	]),
});

const CUBE_LEVELS = [0x00, 0x5f, 0x87, 0xaf, 0xd7, 0xff];

/** @param {number} red @param {number} green @param {number} blue */
const hex = (red, green, blue) => `#${[red, green, blue].map((part) => part.toString(16).padStart(2, "0")).join("")}`;

/**
 * The colour of a 256-colour palette index: the theme's 16, then xterm's 6×6×6 cube and grey ramp.
 * @param {number} index
 * @param {TerminalTheme} [theme]
 */
export function paletteColor(index, theme = DARK_THEME) {
	if (index < 16) return theme.ansi[index] ?? theme.foreground;
	if (index < 232) {
		const cube = index - 16;
		const level = (/** @type {number} */ step) => CUBE_LEVELS[step] ?? 0;
		return hex(level(Math.floor(cube / 36)), level(Math.floor(cube / 6) % 6), level(cube % 6));
	}
	const grey = 8 + (index - 232) * 10;
	return hex(grey, grey, grey);
}

/**
 * Foreground and background of a cell, inverse video applied.
 * @param {import("@xterm/headless").IBufferCell} cell
 * @param {TerminalTheme} [theme]
 * @returns {CellColors}
 */
export function cellColors(cell, theme = DARK_THEME) {
	const fg = cell.isFgDefault()
		? theme.foreground
		: cell.isFgRGB()
			? rgbColor(cell.getFgColor())
			: paletteColor(cell.getFgColor(), theme);
	const bg = cell.isBgDefault()
		? theme.background
		: cell.isBgRGB()
			? rgbColor(cell.getBgColor())
			: paletteColor(cell.getBgColor(), theme);
	return cell.isInverse() ? { fg: bg, bg: fg } : { fg, bg };
}

/** @param {number} packed 0xRRGGBB */
const rgbColor = (packed) => `#${packed.toString(16).padStart(6, "0")}`;
