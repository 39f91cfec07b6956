import { describe, expect, it } from "vitest";
import { type ColorLevel, createStyles, type Styles } from "../../source/render/styles.js";
import { type Role, THEMES, type ThemeName } from "../../source/render/themes.js";

// What is measured is what createStyles writes, read back from its escape
// codes: a colour that chalk converted, or a depth's choice left unused, would show.

/** Words read to follow the résumé or the viewer: WCAG 2 AA for text. */
const TEXT = 4.5;
/**
 * Text that only repeats what is shown in full elsewhere: a link's URL after
 * its label, footer hints (the help screen lists every key), inactive tab
 * titles (each is the section's title once opened). At 16 colours the only
 * grey is bright black, 3.5:1 on #282c34.
 */
const SECONDARY = 3;
/** Marks, not words: WCAG 2 asks 3:1 of user-interface components (1.4.11). */
const DECORATION = 3;

const NEEDED: { readonly [R in Role]: number } = {
	name: TEXT,
	sectionTitle: TEXT,
	organisation: TEXT,
	role: TEXT,
	dates: TEXT,
	groupHeading: TEXT,
	bullet: DECORATION,
	muted: SECONDARY,
	strong: TEXT,
	emphasis: TEXT,
	code: TEXT,
	link: TEXT,
	accent: TEXT,
	tabActive: TEXT,
	tabInactive: SECONDARY,
	separator: DECORATION,
	scrollbarThumb: DECORATION,
	scrollbarTrack: DECORATION,
	footerKey: TEXT,
	footerText: SECONDARY,
	status: TEXT,
	notice: TEXT,
	headerTitle: TEXT,
	headerInfo: TEXT,
	contactKey: TEXT,
	searchMatch: TEXT,
	searchCurrent: TEXT,
	searchPrompt: TEXT,
};

/** Pure black or white, and the grey of a popular editor theme (VS Code Dark, One Dark; Solarized Light). */
const BACKGROUNDS: { readonly [T in ThemeName]: readonly string[] } = {
	dark: ["#000000", "#1e1e1e", "#282c34"],
	light: ["#ffffff", "#fdf6e3"],
};

/**
 * xterm's default 16 colours (30–37 then 90–97). Real palettes vary, and a
 * user's palette is usually tuned to their background; xterm's is a common
 * and rather dark one (its blue is 2.2:1 on black), so a safe yardstick.
 */
const XTERM_16 = [
	"#000000",
	"#cd0000",
	"#00cd00",
	"#cdcd00",
	"#0000ee",
	"#cd00cd",
	"#00cdcd",
	"#e5e5e5",
	"#7f7f7f",
	"#ff0000",
	"#00ff00",
	"#ffff00",
	"#5c5cff",
	"#ff00ff",
	"#00ffff",
	"#ffffff",
];

type Rgb = readonly [number, number, number];

const hexToRgb = (hex: string): Rgb => {
	const value = Number.parseInt(hex.slice(1), 16);
	return [value >> 16, (value >> 8) & 0xff, value & 0xff];
};

/** The standard xterm formula for 16–231 (a 6×6×6 cube) and 232–255 (a grey ramp). */
function xterm256(index: number): Rgb {
	if (index >= 232) {
		const grey = 8 + 10 * (index - 232);
		return [grey, grey, grey];
	}
	const cube = [0, 95, 135, 175, 215, 255];
	const offset = index - 16;
	return [cube[Math.floor(offset / 36)] ?? 0, cube[Math.floor(offset / 6) % 6] ?? 0, cube[offset % 6] ?? 0];
}

/** WCAG 2 relative luminance. */
function luminance([red, green, blue]: Rgb): number {
	const linear = (channel: number) => {
		const value = channel / 255;
		return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

function contrast(first: Rgb, second: Rgb): number {
	const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
	return (lighter + 0.05) / (darker + 0.05);
}

const BOLD = 1;
const ITALIC = 3;
const UNDERLINE = 4;
const INVERSE = 7;
const ATTRIBUTES = new Set([BOLD, ITALIC, UNDERLINE, INVERSE]);

type Look = { readonly foreground?: Rgb; readonly attributes: ReadonlySet<number> };

const SAMPLE = "Sample text";

/**
 * The colour and attributes a role opens with, refusing codes the depth does
 * not have (a 256-colour code at 16 colours) and background colours (the
 * contrast below assumes the terminal's own background, or inverse of it).
 */
function lookOf(style: (text: string) => string, level: ColorLevel): Look {
	const styled = style(SAMPLE);
	const opening = styled.slice(0, styled.indexOf(SAMPLE));
	const attributes = new Set<number>();
	let foreground: Rgb | undefined;
	// biome-ignore lint/suspicious/noControlCharactersInRegex: reading escape codes is the point
	for (const [, parameters = ""] of opening.matchAll(/\u001B\[([0-9;]*)m/g)) {
		const codes = parameters.split(";").map(Number);
		const [code = -1, mode, ...rest] = codes;
		if (ATTRIBUTES.has(code) && codes.length === 1) attributes.add(code);
		else if (code >= 30 && code <= 37 && codes.length === 1) foreground = hexToRgb(XTERM_16[code - 30] ?? "");
		else if (code >= 90 && code <= 97 && codes.length === 1) foreground = hexToRgb(XTERM_16[code - 90 + 8] ?? "");
		else if (code === 38 && mode === 5 && level >= 2 && (rest[0] ?? 0) >= 16) foreground = xterm256(rest[0] ?? 0);
		else if (code === 38 && mode === 2 && level === 3) foreground = [rest[0] ?? 0, rest[1] ?? 0, rest[2] ?? 0];
		else throw new Error(`unexpected code ${parameters} at level ${level} in ${JSON.stringify(styled)}`);
	}
	return { ...(foreground ? { foreground } : {}), attributes };
}

const DEPTHS = [
	{ level: 1, depth: "16 colours" },
	{ level: 2, depth: "256 colours" },
	{ level: 3, depth: "truecolor" },
] as const;
const THEME_NAMES = Object.keys(THEMES) as ThemeName[];
const ROLES = Object.keys(NEEDED) as Role[];
const CASES = THEME_NAMES.flatMap((theme) => DEPTHS.map((depth) => ({ theme, ...depth })));

describe("the contrast yardstick", () => {
	it("measures black on white as 21:1 and equal colours as 1:1", () => {
		expect(contrast(hexToRgb("#000000"), hexToRgb("#ffffff"))).toBe(21);
		expect(contrast(hexToRgb("#282c34"), hexToRgb("#282c34"))).toBe(1);
	});

	it("converts 256-colour indices as xterm does", () => {
		expect(xterm256(16)).toEqual([0, 0, 0]);
		expect(xterm256(80)).toEqual([95, 215, 215]);
		expect(xterm256(231)).toEqual([255, 255, 255]);
		expect(xterm256(244)).toEqual([128, 128, 128]);
	});
});

describe.each(CASES)("the $theme theme at $depth", ({ theme, level }) => {
	// Read inside each test, so that a code the depth lacks fails a test rather than the file.
	const looksOf = () => {
		const styles = createStyles(level, theme);
		return Object.fromEntries(ROLES.map((role) => [role, lookOf(styles[role], level)])) as Record<Role, Look>;
	};

	it(`keeps every coloured role readable on ${BACKGROUNDS[theme].join(", ")}`, () => {
		const looks = looksOf();
		// Inverse swaps the same two colours, so its contrast is the same. A role
		// with no colour keeps the terminal's foreground, paired with its background by the user.
		const unreadable = ROLES.flatMap((role) => {
			const { foreground } = looks[role];
			if (!foreground) return [];
			return BACKGROUNDS[theme]
				.map((background) => ({ background, ratio: contrast(foreground, hexToRgb(background)) }))
				.filter(({ ratio }) => ratio < NEEDED[role])
				.map(({ background, ratio }) => `${role} on ${background}: ${ratio.toFixed(2)}:1 < ${NEEDED[role]}:1`);
		});
		expect(unreadable).toEqual([]);
	});

	it("marks a link, the active tab and the current match by more than colour", () => {
		const looks = looksOf();
		expect(looks.link.attributes).toContain(UNDERLINE);
		expect(looks.tabActive.attributes).toEqual(new Set([BOLD, INVERSE]));
		expect(looks.tabInactive.attributes).toEqual(new Set());
		expect(looks.searchMatch.attributes).toEqual(new Set([INVERSE]));
		expect(looks.searchCurrent.attributes).toEqual(new Set([BOLD, UNDERLINE, INVERSE]));
	});

	it("sets keys to press in bold, apart from their descriptions", () => {
		const looks = looksOf();
		expect(looks.footerKey.attributes).toContain(BOLD);
		expect(looks.contactKey.attributes).toContain(BOLD);
		expect(looks.footerText.attributes).not.toContain(BOLD);
	});
});

describe("with no colour (NO_COLOR, --no-color, piped output)", () => {
	it.each(THEME_NAMES)("the %s theme gives every role's text back without a single escape code", (theme) => {
		const styles: Styles = createStyles(0, theme);
		const text = "Senior Engineer · 漢字 · 2020 - 2024";
		expect(ROLES.map((role) => styles[role](text))).toEqual(ROLES.map(() => text));
	});
});

describe("without a theme", () => {
	it("keeps today's dark look on 16 colours: bold cyan names, yellow dates, green code, grey asides", () => {
		const styles = createStyles(1);
		expect(styles.name("N")).toBe("\u001B[1m\u001B[36mN\u001B[39m\u001B[22m");
		expect(styles.dates("2020")).toBe("\u001B[33m2020\u001B[39m");
		expect(styles.code("x")).toBe("\u001B[32mx\u001B[39m");
		expect(styles.muted("m")).toBe("\u001B[90mm\u001B[39m");
	});
});
