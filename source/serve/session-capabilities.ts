import type { TerminalCapabilities } from "../modes/terminal-options.js";
import type { ColorLevel } from "../render/styles.js";
import type { TerminalSize } from "./terminal-size.js";

/**
 * What a session's terminal can do, as far as the server can know: the client
 * names its TERM in the pty request and says nothing else, since no
 * environment variable (COLORTERM, COLORFGBG…) is applied.
 */
export function sessionCapabilities(term: string, size: TerminalSize): TerminalCapabilities {
	return {
		colorLevel: colorLevelForTerm(term),
		// Nothing tells whether the client's terminal draws OSC 8 links; as text they always work.
		hyperlinks: false,
		columns: size.columns,
		theme: "dark",
		askBackground: false,
		screenReader: false,
		// A connection that drops would leave the reader's terminal reporting the mouse.
		mouse: false,
	};
}

/** Truecolor only when TERM says so, as terminfo's "-direct" entries and kitty's do; a 256-colour TERM gets 256. */
export function colorLevelForTerm(term: string): ColorLevel {
	const name = term.trim().toLowerCase();
	if (name === "" || name === "dumb" || name === "unknown") return 0;
	if (/-direct$|truecolor|24bit|^xterm-kitty$|^xterm-ghostty$/.test(name)) return 3;
	if (/256/.test(name)) return 2;
	return 1;
}
