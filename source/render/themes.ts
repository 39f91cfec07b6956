import type { ForegroundColorName } from "chalk";

export type ThemeName = "dark" | "light";

/**
 * One colour at every depth, each picked by hand: chalk's automatic
 * down-conversion maps a pale hex to whatever 16-colour entry is nearest in
 * RGB, which is often unreadable on the background the theme assumes (a light
 * blue becomes xterm's dark blue, 2.2:1 on black).
 */
export type Colour = {
	readonly truecolor: `#${string}`;
	// 16–255 only: the cube and grey ramp are the same in every terminal, 0–15 are the user's palette. */
	readonly ansi256: number;
	// "default" leaves the terminal's own foreground: at 16 colours a theme may have no readable hue to spare. */
	readonly ansi16: ForegroundColorName | "default";
};

/** Attributes carry meaning where colour cannot: for colour-blind readers, and on any palette. */
export type RoleStyle = {
	// None: the terminal's own foreground, readable on its own background by construction. */
	readonly foreground?: Colour;
	readonly bold?: true;
	readonly italic?: true;
	readonly underline?: true;
	// Swaps foreground and background: the text takes the terminal's background on a block of the foreground. */
	readonly inverse?: true;
};

/** Every style the views apply, by what it is for. */
export type Role =
	// The résumé's text (pane, printer, help screen)
	| "name"
	| "sectionTitle"
	| "organisation"
	| "role"
	| "dates"
	| "groupHeading"
	| "bullet"
	| "muted"
	| "strong"
	| "emphasis"
	| "code"
	| "link"
	| "accent"
	// The viewer's chrome
	| "tabActive"
	| "tabInactive"
	| "separator"
	| "scrollbarThumb"
	| "scrollbarTrack"
	// A key name in the footer's hints ("q").
	| "footerKey"
	// The rest of the footer: hint descriptions and the scroll position.
	| "footerText"
	// The footer's message after an action ("Opened …").
	| "status"
	// "Enlarge to 20×6", shown instead of the viewer on a terminal too small for it.
	| "notice"
	// The name at the top, big or plain.
	| "headerTitle"
	// The title and location next to the name.
	| "headerInfo"
	// The key before a contact link in the header ("g").
	| "contactKey"
	| "searchMatch"
	// The match that n/N moved to: told from the others by bold and underline, not only by colour.
	| "searchCurrent"
	| "searchPrompt";

export type Theme = { readonly [R in Role]: RoleStyle };

/** A theme's few colours; roles share them so that one purpose keeps one colour. */
type Palette = { readonly [P in "accent" | "warm" | "heading" | "code" | "link" | "muted" | "rule"]: Colour };

/**
 * For a dark background (black, #1e1e1e, #282c34): today's cyan, yellow,
 * magenta and grey, lightened where the 256-colour and truecolor versions can.
 * At 16 colours xterm's magenta and blue are too dark for a grey background:
 * group headings take bright white (bold) and links bright cyan (underlined).
 */
const DARK: Palette = {
	accent: { truecolor: "#56c8d8", ansi256: 80, ansi16: "cyan" },
	warm: { truecolor: "#e5c07b", ansi256: 179, ansi16: "yellow" },
	heading: { truecolor: "#d19ad9", ansi256: 176, ansi16: "whiteBright" },
	code: { truecolor: "#98c379", ansi256: 114, ansi16: "green" },
	link: { truecolor: "#7fb4ff", ansi256: 111, ansi16: "cyanBright" },
	// Bright black is the only grey of 16 colours: 3.5:1 on #282c34, enough for secondary text only.
	muted: { truecolor: "#9da5b4", ansi256: 247, ansi16: "blackBright" },
	rule: { truecolor: "#7f848e", ansi256: 244, ansi16: "blackBright" },
};

/**
 * For a light background (white, Solarized's #fdf6e3): the same roles in
 * darker hues (teal for cyan, amber for yellow). Of xterm's 16 colours only
 * black, red and blue reach 4.5:1 on both, so at that depth dates, group
 * headings and keys keep the terminal's foreground and rely on their bold.
 */
const LIGHT: Palette = {
	accent: { truecolor: "#0e7490", ansi256: 24, ansi16: "blue" },
	warm: { truecolor: "#8a5a00", ansi256: 94, ansi16: "default" },
	heading: { truecolor: "#a626a4", ansi256: 127, ansi16: "default" },
	code: { truecolor: "#1a7f37", ansi256: 22, ansi16: "red" },
	link: { truecolor: "#0550ae", ansi256: 25, ansi16: "blue" },
	muted: { truecolor: "#57606a", ansi256: 241, ansi16: "blackBright" },
	rule: { truecolor: "#7d8590", ansi256: 244, ansi16: "blackBright" },
};

/** Both themes share which attribute each role has, so a role reads the same whatever the colours. */
function themeOf(palette: Palette): Theme {
	return {
		name: { foreground: palette.accent, bold: true },
		sectionTitle: { foreground: palette.accent, bold: true },
		organisation: { foreground: palette.accent, bold: true },
		role: { bold: true },
		dates: { foreground: palette.warm },
		groupHeading: { foreground: palette.heading, bold: true },
		bullet: { foreground: palette.accent },
		muted: { foreground: palette.muted },
		strong: { bold: true },
		emphasis: { italic: true },
		code: { foreground: palette.code },
		link: { foreground: palette.link, underline: true },
		accent: { foreground: palette.accent },
		tabActive: { foreground: palette.accent, bold: true, inverse: true },
		tabInactive: { foreground: palette.muted },
		separator: { foreground: palette.rule },
		scrollbarThumb: { foreground: palette.accent },
		scrollbarTrack: { foreground: palette.rule },
		footerKey: { foreground: palette.warm, bold: true },
		footerText: { foreground: palette.muted },
		status: { foreground: palette.warm, bold: true },
		notice: { foreground: palette.warm, bold: true },
		headerTitle: { foreground: palette.accent, bold: true },
		headerInfo: {},
		contactKey: { foreground: palette.warm, bold: true },
		// Inverse rather than a background colour: a match inside coloured text
		// keeps that text's colour as its block, and stays readable.
		searchMatch: { foreground: palette.warm, inverse: true },
		searchCurrent: { foreground: palette.accent, bold: true, underline: true, inverse: true },
		searchPrompt: { foreground: palette.accent, bold: true },
	};
}

export const THEMES: { readonly [T in ThemeName]: Theme } = { dark: themeOf(DARK), light: themeOf(LIGHT) };
