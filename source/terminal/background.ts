import { ESC, NO_MATCH, PARTIAL_MATCH, type SequenceMatch } from "./sequence-match.js";

export type BackgroundShade = "dark" | "light";

/** 0–255 per channel. */
export type RgbColour = { readonly red: number; readonly green: number; readonly blue: number };

export type BackgroundReply = { readonly colour: RgbColour; readonly shade: BackgroundShade };

/**
 * Reads COLORFGBG, which rxvt/urxvt set to "fg;bg" (or "fg;default;bg" when
 * built with background images) and Konsole and iTerm2 imitate ("15;0" for a
 * dark profile, "0;15" for a light one). bg is an index into the terminal's
 * 16-colour palette; as in Vim, 0–6 (black to cyan) and 8 (dark grey, "bright
 * black") are dark, 7 (light grey, "white") and 9–15 (the bright colours) light.
 * Undefined when unset, malformed, "default" or past 15: the caller asks the
 * terminal or falls back, rather than guessing from a value nobody defined.
 */
export function backgroundFromColorFgBg(value: string | undefined): BackgroundShade | undefined {
	const fields = value?.split(";") ?? [];
	if (fields.length < 2 || fields.length > 3) return undefined;
	const background = fields.at(-1)?.trim() ?? "";
	if (!/^\d{1,2}$/.test(background)) return undefined;
	const index = Number(background);
	if (index > 15) return undefined;
	return index <= 6 || index === 8 ? "dark" : "light";
}

const BEL = "\u0007";
const ST = `${ESC}\\`;

/**
 * Asks the terminal for its background colour: OSC 11 with "?" in place of a
 * colour. Ended with BEL, xterm's original OSC terminator, rather than the
 * standard ST (ESC \): every terminal that answers OSC 11 takes BEL, and it is
 * one byte where ST is two that a slow link may deliver apart.
 * Replies come ended either way (xterm echoes the query's terminator, others
 * always use one), so both are read. A terminal that does not support the query
 * stays silent: wait briefly for a reply, then fall back.
 */
export const BACKGROUND_QUERY = `${ESC}]11;?${BEL}`;

/** `rgb:R/G/B`, or `rgba:R/G/B/A` (some terminals with a translucent background), each 1–4 hex digits as X11 colour specs allow. */
const REPLY_BODY = /^\]11;rgba?:([\da-f]{1,4})\/([\da-f]{1,4})\/([\da-f]{1,4})(?:\/[\da-f]{1,4})?$/i;

/** A whole OSC 11 reply, from ESC to its terminator, read; undefined for anything else. */
export function parseBackgroundReply(text: string): BackgroundReply | undefined {
	if (!text.startsWith(ESC)) return undefined;
	const terminator = [BEL, ST].find((candidate) => text.endsWith(candidate));
	if (terminator === undefined) return undefined;
	const body = REPLY_BODY.exec(text.slice(ESC.length, -terminator.length));
	if (!body) return undefined;
	const [red, green, blue] = body.slice(1, 4).map(componentFraction);
	if (red === undefined || green === undefined || blue === undefined) return undefined;
	const to255 = (fraction: number) => Math.round(fraction * 255);
	return {
		colour: { red: to255(red), green: to255(green), blue: to255(blue) },
		shade: shadeOf(relativeLuminance(red, green, blue)),
	};
}

/** X11 scales a component of n hex digits by 16ⁿ − 1: "f", "ff" and "ffff" are all full intensity. */
function componentFraction(hex: string): number {
	return Number.parseInt(hex, 16) / (16 ** hex.length - 1);
}

/** WCAG's relative luminance of an sRGB colour whose channels are 0–1. */
export function relativeLuminance(red: number, green: number, blue: number): number {
	const linear = (channel: number) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);
	return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/**
 * The luminance above which black text contrasts more with the background than
 * white text does (WCAG contrast ratios (L + 0.05) / 0.05 and 1.05 / (L + 0.05)
 * meet there): what a theme choice is about. About 0.179, close to CIE L* = 50,
 * the grey halfway between black and white to the eye. Luminance 0.5 would not
 * do: it calls #aaaaaa dark, though dark text reads far better on it.
 */
export const LIGHT_LUMINANCE_THRESHOLD = Math.sqrt(1.05 * 0.05) - 0.05;

export function shadeOf(luminance: number): BackgroundShade {
	return luminance > LIGHT_LUMINANCE_THRESHOLD ? "light" : "dark";
}

const REPLY_PREFIX = "]11;";
/** Longer than any colour spec: past this, it was never a reply, and holding it back would hold keys back. */
const MAX_REPLY_LENGTH = 64;

/**
 * Reads an OSC 11 reply starting at `text[start]` (an ESC). A reply in a form
 * parseBackgroundReply does not know is still matched, with no value, so that it
 * never reaches the keys.
 */
export function matchBackgroundReply(text: string, start: number): SequenceMatch<BackgroundReply> {
	if (text[start] !== ESC) return NO_MATCH;
	const prefix = text.slice(start + 1, start + 1 + REPLY_PREFIX.length);
	if (!REPLY_PREFIX.startsWith(prefix)) return NO_MATCH;
	if (prefix.length < REPLY_PREFIX.length) return PARTIAL_MATCH;
	const complete = (end: number): SequenceMatch<BackgroundReply> => ({
		status: "complete",
		length: end - start,
		value: parseBackgroundReply(text.slice(start, end)),
	});
	for (let index = start + 1 + REPLY_PREFIX.length; index < text.length; index++) {
		if (index - start >= MAX_REPLY_LENGTH) return NO_MATCH;
		const character = text.charAt(index);
		if (character === BEL) return complete(index + 1);
		if (character === ESC) {
			if (index + 1 === text.length) return PARTIAL_MATCH;
			return text[index + 1] === "\\" ? complete(index + 2) : NO_MATCH;
		}
		if (character < " " || character > "~") return NO_MATCH;
	}
	return text.length - start < MAX_REPLY_LENGTH ? PARTIAL_MATCH : NO_MATCH;
}
