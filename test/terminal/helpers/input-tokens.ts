import fc from "fast-check";
import type { RgbColour } from "../../../source/terminal/background.js";
import type { TerminalMouseEvent } from "../../../source/terminal/mouse-events.js";
import { backgroundReply, KEYS, sgrReport, x10Report } from "./reports.js";

/** One thing the terminal sends, as bytes (one character per byte), with what it should come out as. */
export type InputToken =
	| { readonly bytes: string; readonly keys: string }
	| { readonly bytes: string; readonly mouse: TerminalMouseEvent }
	| { readonly bytes: string; readonly background: RgbColour };

/** What a reader of the filter sees: key text (adjacent runs joined), mouse events and background colours. */
export type Heard =
	| { readonly keys: string }
	| { readonly mouse: TerminalMouseEvent }
	| { readonly background: RgbColour };

const latin1 = (text: string) => Buffer.from(text, "utf8").toString("latin1");

/** Keys whose bytes, side by side in any order, never spell a report. */
const keyToken = fc
	.constantFrom("a", "q", "1", "\r", "é", KEYS.up, KEYS.down, KEYS.escape, KEYS.altQ)
	.map((keys): InputToken => ({ bytes: latin1(keys), keys }));

const modifiersArbitrary = fc.record({ shift: fc.boolean(), alt: fc.boolean(), ctrl: fc.boolean() });

const BUTTON_CODES = { left: 0, middle: 1, right: 2 } as const;
const WHEEL_CODES = { up: 64, down: 65 } as const;

const mouseEventArbitrary = (maxCoordinate: number) =>
	fc.oneof(
		fc.record({
			kind: fc.constantFrom("press" as const, "release" as const),
			button: fc.constantFrom("left" as const, "middle" as const, "right" as const),
			column: fc.integer({ min: 1, max: maxCoordinate }),
			row: fc.integer({ min: 1, max: maxCoordinate }),
			modifiers: modifiersArbitrary,
		}),
		fc.record({
			kind: fc.constant("wheel" as const),
			direction: fc.constantFrom("up" as const, "down" as const),
			column: fc.integer({ min: 1, max: maxCoordinate }),
			row: fc.integer({ min: 1, max: maxCoordinate }),
			modifiers: modifiersArbitrary,
		}),
	);

/** The button code xterm sends for an event: the button or wheel direction, plus 4, 8, 16 for shift, alt, ctrl. */
function codeOf(event: TerminalMouseEvent): number {
	const base = event.kind === "wheel" ? WHEEL_CODES[event.direction] : BUTTON_CODES[event.button];
	const { shift, alt, ctrl } = event.modifiers;
	return base + (shift ? 4 : 0) + (alt ? 8 : 0) + (ctrl ? 16 : 0);
}

const sgrToken = mouseEventArbitrary(999).map(
	(event): InputToken => ({
		bytes: sgrReport(codeOf(event), event.column, event.row, event.kind === "release"),
		mouse: event,
	}),
);

/** X10 cannot say which button was released, so only presses and the wheel come through it. */
const x10Token = mouseEventArbitrary(223)
	.filter((event) => event.kind !== "release")
	.map(
		(event): InputToken => ({
			bytes: x10Report(codeOf(event), event.column, event.row).toString("latin1"),
			mouse: event,
		}),
	);

const hex4 = (channel: number) => channel.toString(16).padStart(2, "0").repeat(2);

const backgroundToken = fc
	.record({
		colour: fc.record({
			red: fc.integer({ min: 0, max: 255 }),
			green: fc.integer({ min: 0, max: 255 }),
			blue: fc.integer({ min: 0, max: 255 }),
		}),
		terminator: fc.constantFrom("BEL" as const, "ST" as const),
	})
	.map(
		({ colour, terminator }): InputToken => ({
			bytes: backgroundReply(`rgb:${hex4(colour.red)}/${hex4(colour.green)}/${hex4(colour.blue)}`, terminator),
			background: colour,
		}),
	);

export const inputTokens = fc.array(fc.oneof(keyToken, keyToken, sgrToken, x10Token, backgroundToken), {
	maxLength: 30,
});

/** What the tokens should come out as, in order, with adjacent key runs joined as heardBy joins them. */
export function expectedHearing(tokens: readonly InputToken[]): Heard[] {
	const heard: Heard[] = [];
	for (const token of tokens) {
		if ("keys" in token) hearKeys(heard, token.keys);
		else if ("mouse" in token) heard.push({ mouse: token.mouse });
		else heard.push({ background: token.background });
	}
	return heard;
}

/** Appends key text, joined to the key text before it if that came last. */
export function hearKeys(heard: Heard[], keys: string): void {
	const last = heard.at(-1);
	if (last && "keys" in last) heard[heard.length - 1] = { keys: last.keys + keys };
	else heard.push({ keys });
}
