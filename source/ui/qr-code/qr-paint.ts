import { Chalk } from "chalk";
import type { ColorLevel } from "../../render/styles.js";
import type { ThemeName } from "../../render/themes.js";

/** How modules become half-block cells on this terminal. */
export type QrPaint = {
	/** Whether the block characters draw the dark modules (else the light ones, in the terminal's foreground). */
	readonly inkIsDark: boolean;
	/** Colours a whole row of cells. */
	readonly colour: (row: string) => string;
};

/**
 * A scanner wants dark modules on a light ground whatever the theme. With colours the code is
 * painted black on white itself. Without (NO_COLOR), it can only use the terminal's own two
 * colours: on a light theme the blocks draw the dark modules, on a dark theme the light ones,
 * so that dark stays dark either way.
 */
export function qrPaint(level: ColorLevel, theme: ThemeName): QrPaint {
	if (level === 0) return { inkIsDark: theme === "light", colour: (row) => row };
	const chalk = new Chalk({ level });
	// 16 and 231 are the 256-colour cube's black and white, the same on every terminal; at 16
	// colours, bright white is the whitest the palette has.
	const painted =
		level === 3
			? chalk.hex("#000000").bgHex("#ffffff")
			: level === 2
				? chalk.ansi256(16).bgAnsi256(231)
				: chalk.black.bgWhiteBright;
	return { inkIsDark: true, colour: (row) => painted(row) };
}
