import type { LayoutOptions } from "../render/block-lines.js";
import { type ColorLevel, createStyles } from "../render/styles.js";
import { UNLIMITED } from "../render/wrap.js";

/** What cli.tsx learnt about the terminal, so no other module reads process.env. */
export type TerminalCapabilities = {
	readonly colorLevel: ColorLevel;
	readonly hyperlinks: boolean;
	/** Columns of the output terminal; undefined when stdout is not a terminal. */
	readonly columns: number | undefined;
};

export function layoutOptionsFor(capabilities: TerminalCapabilities): LayoutOptions {
	return {
		styles: createStyles(capabilities.colorLevel),
		links: capabilities.hyperlinks ? "hyperlink" : "text",
		width: capabilities.columns ?? UNLIMITED,
	};
}
