import type { LayoutOptions } from "../render/block-lines.js";
import { type ColorLevel, createStyles } from "../render/styles.js";
import type { ThemeName } from "../render/themes.js";
import { UNLIMITED } from "../render/wrap.js";

/** What cli.tsx learnt about the terminal, so no other module reads process.env. */
export type TerminalCapabilities = {
	readonly colorLevel: ColorLevel;
	readonly hyperlinks: boolean;
	/** Columns of the output terminal; undefined when stdout is not a terminal. */
	readonly columns: number | undefined;
	/** The theme to draw with first: chosen, or what COLORFGBG says, or dark. */
	readonly theme: ThemeName;
	/** --theme auto without COLORFGBG: ask the terminal for its background and follow the answer. */
	readonly askBackground: boolean;
	/** --screen-reader or INK_SCREEN_READER=true: Ink's linear, ARIA-labelled output. */
	readonly screenReader: boolean;
	/** Wheel and clicks, unless --no-mouse. */
	readonly mouse: boolean;
};

export function layoutOptionsFor(capabilities: TerminalCapabilities, theme = capabilities.theme): LayoutOptions {
	return {
		styles: createStyles(capabilities.colorLevel, theme),
		links: capabilities.hyperlinks ? "hyperlink" : "text",
		width: capabilities.columns ?? UNLIMITED,
	};
}
