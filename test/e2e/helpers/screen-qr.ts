// A QR code drawn on a headless terminal, read back the way a camera would: each character cell
// is two pixels high (its upper and lower halves), each half dark or light by the colour showing
// there, and the picture handed to jsQR, a decoder that shares no code with the encoder.
import jsQRModule from "jsqr";
import type { CapturedCell, CapturedScreen } from "../../../scripts/lib/screen-cells.d.mts";
import { readScreen } from "../../../scripts/lib/screen-cells.mjs";
import type { TerminalTheme } from "../../../scripts/lib/terminal-colors.d.mts";
import { DARK_THEME } from "../../../scripts/lib/terminal-colors.mjs";
import type { TerminalSession } from "./terminal-session.js";

// jsQR's module.exports is the function itself; its types describe it as an ES module's default.
export const jsQR = jsQRModule as unknown as typeof jsQRModule.default;

/** Black on white: how a light terminal shows default colours. */
export const LIGHT_THEME: TerminalTheme = { ...DARK_THEME, foreground: "#1e1e1e", background: "#ffffff" };
export { DARK_THEME };

/** Pixels per module side: jsQR finds its patterns more surely in a picture bigger than one pixel a module. */
const SCALE = 4;

/** Upper and lower halves of a cell: which colour each shows. */
function halves(cell: CapturedCell | undefined, screen: CapturedScreen): readonly [string, string] {
	if (!cell) return [screen.background, screen.background];
	switch (cell.chars) {
		case "█":
			return [cell.fg, cell.fg];
		case "▀":
			return [cell.fg, cell.bg];
		case "▄":
			return [cell.bg, cell.fg];
		default:
			// Text (the caption, the footer) is no part of a code: read as its background.
			return [cell.bg, cell.bg];
	}
}

/** Darker than mid-grey, by relative luminance: what a camera's threshold would call black. */
export function isDarkColour(colour: string): boolean {
	const [red, green, blue] = [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16) / 255);
	return 0.2126 * (red ?? 0) + 0.7152 * (green ?? 0) + 0.0722 * (blue ?? 0) < 0.5;
}

/** The screen as a black and white picture, two pixel rows (of SCALE) per cell row. */
export function screenBitmap(screen: CapturedScreen): { data: Uint8ClampedArray; width: number; height: number } {
	const width = screen.cols * SCALE;
	const height = screen.rows.length * 2 * SCALE;
	const data = new Uint8ClampedArray(width * height * 4);
	screen.rows.forEach((cells, row) => {
		const byColumn = new Map(cells.map((cell) => [cell.x, cell]));
		for (let column = 0; column < screen.cols; column++) {
			halves(byColumn.get(column), screen).forEach((colour, half) => {
				const value = isDarkColour(colour) ? 0 : 255;
				for (let dy = 0; dy < SCALE; dy++) {
					const y = (row * 2 + half) * SCALE + dy;
					for (let dx = 0; dx < SCALE; dx++) {
						const at = (y * width + column * SCALE + dx) * 4;
						data.set([value, value, value, 255], at);
					}
				}
			});
		}
	});
	return { data, width, height };
}

/** The text of the QR code on the session's screen, seen through a terminal of `theme`; undefined if none reads. */
export function decodeScreenQr(session: TerminalSession, theme: TerminalTheme = DARK_THEME): string | undefined {
	const { data, width, height } = screenBitmap(readScreen(session.terminal, theme));
	return jsQR(data, width, height, { inversionAttempts: "dontInvert" })?.data;
}
