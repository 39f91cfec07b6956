import { Chalk, type ChalkInstance } from "chalk";
import { type Colour, type Role, type RoleStyle, THEMES, type ThemeName } from "./themes.js";

/** 0 no colour, 1 16 colours, 2 256 colours, 3 truecolor: as chalk counts them. */
export type ColorLevel = 0 | 1 | 2 | 3;

/** Every style the views apply, by what it is for (see Role). */
export type Styles = { readonly [R in Role]: (text: string) => string };

const plain = (text: string) => text;

/**
 * The theme's roles as functions over text. Level 0 (NO_COLOR, --no-color,
 * piped output) gives the text back untouched: no colour, and no bold or
 * underline either, since those are escape codes too. Chalk does the
 * applying, as it keeps an outer style alive across an inner one's reset.
 */
/**
 * The styles of a colour depth and theme, made once: every viewer drawn with
 * them (several at a time under `serve`) then shares one object, and with it
 * the laid-out text cached per styles (see useSectionLines).
 */
export function createStyles(level: ColorLevel, theme: ThemeName = "dark"): Styles {
	const key = `${level}:${theme}`;
	let styles = stylesByDepthAndTheme.get(key);
	if (!styles) {
		styles = buildStyles(level, theme);
		stylesByDepthAndTheme.set(key, styles);
		depthAndThemeByStyles.set(styles, { level, theme });
	}
	return styles;
}

const stylesByDepthAndTheme = new Map<string, Styles>();
const depthAndThemeByStyles = new WeakMap<Styles, { readonly level: ColorLevel; readonly theme: ThemeName }>();

/**
 * The colour depth and theme some styles were made for, for a view that paints colours of its
 * own (the QR code's black on white); no colour and the dark theme for styles made elsewhere.
 */
export function depthAndThemeOf(styles: Styles): { readonly level: ColorLevel; readonly theme: ThemeName } {
	return depthAndThemeByStyles.get(styles) ?? { level: 0, theme: "dark" };
}

function buildStyles(level: ColorLevel, theme: ThemeName): Styles {
	const chalk = new Chalk({ level });
	const roles = THEMES[theme];
	const styles = {} as Record<Role, (text: string) => string>;
	for (const role of Object.keys(roles) as Role[])
		styles[role] = level === 0 ? plain : styleOf(chalk, roles[role], level);
	return styles;
}

function styleOf(chalk: ChalkInstance, style: RoleStyle, level: 1 | 2 | 3): (text: string) => string {
	let styled = chalk;
	if (style.bold) styled = styled.bold;
	if (style.italic) styled = styled.italic;
	if (style.underline) styled = styled.underline;
	if (style.inverse) styled = styled.inverse;
	if (style.foreground) styled = withForeground(styled, style.foreground, level);
	return styled === chalk ? plain : styled;
}

/** The colour chosen for this depth, never chalk's conversion of another. */
function withForeground(styled: ChalkInstance, colour: Colour, level: 1 | 2 | 3): ChalkInstance {
	if (level === 3) return styled.hex(colour.truecolor);
	if (level === 2) return styled.ansi256(colour.ansi256);
	return colour.ansi16 === "default" ? styled : styled[colour.ansi16];
}
