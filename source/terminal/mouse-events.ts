import { ESC, NO_MATCH, PARTIAL_MATCH, type SequenceMatch } from "./sequence-match.js";

export type MouseButton = "left" | "middle" | "right";

/** Keys held during the event. Many terminals keep shift-click for their own text selection. */
export type MouseModifiers = { readonly shift: boolean; readonly alt: boolean; readonly ctrl: boolean };

/**
 * Where the pointer was, in cells counted from 1 as terminals report them: the
 * top-left cell is column 1, row 1 (subtract 1 for Ink's 0-based layout).
 */
type MousePosition = { readonly column: number; readonly row: number; readonly modifiers: MouseModifiers };

export type MouseWheelEvent = MousePosition & { readonly kind: "wheel"; readonly direction: "up" | "down" };
export type MouseButtonEvent = MousePosition & { readonly kind: "press" | "release"; readonly button: MouseButton };

/** Named so, not MouseEvent, so that a missing import is an error rather than the DOM's type. */
export type TerminalMouseEvent = MouseWheelEvent | MouseButtonEvent;

// Bits of the button code (xterm's ctlseqs, "Mouse Tracking").
const BUTTON_BITS = 0b11;
const SHIFT = 4;
const ALT = 8;
const CTRL = 16;
const MOTION = 32;
const WHEEL = 64;
const EXTRA_BUTTONS = 128;
const BUTTONS: readonly MouseButton[] = ["left", "middle", "right"];

/**
 * The event a button code describes, or undefined for what this viewer has no
 * use for: motion and drags (only reported under ?1002h/?1003h, which we never
 * ask for, but another program may have left on), the horizontal wheel, buttons
 * 8–11, X10's release (which does not say which button) and a wheel "release".
 */
export function decodeMouseEvent(
	code: number,
	column: number,
	row: number,
	released: boolean,
): TerminalMouseEvent | undefined {
	if (column < 1 || row < 1 || code & (MOTION | EXTRA_BUTTONS)) return undefined;
	const modifiers = { shift: (code & SHIFT) !== 0, alt: (code & ALT) !== 0, ctrl: (code & CTRL) !== 0 };
	const buttonBits = code & BUTTON_BITS;
	if (code & WHEEL) {
		if (released || buttonBits > 1) return undefined;
		return { kind: "wheel", direction: buttonBits === 0 ? "up" : "down", column, row, modifiers };
	}
	const button = BUTTONS[buttonBits];
	if (button === undefined) return undefined;
	return { kind: released ? "release" : "press", button, column, row, modifiers };
}

/** The longest report worth waiting for: `ESC [ < 1234 ; 12345 ; 12345 M` fits with room to spare. */
const MAX_REPORT_LENGTH = 32;

/** An SGR report after its ESC: `[<b;x;yM` for a press, `…m` for a release. */
const SGR_BODY = /\[<([\d;]*)([Mm])/y;
/** What may follow the ESC of an SGR report when the input stops short of its end (nothing, included). */
const SGR_BODY_START = /(?:\[(?:<[\d;]*)?)?$/y;
const SGR_PARAMETERS = /^(\d+);(\d+);(\d+)$/;

/** X10 reports: `ESC [ M` and three bytes, each a value plus 32 so it is printable. */
const X10_PREFIX = "[M";
const X10_OFFSET = 32;
const X10_BYTES = 3;

/**
 * Reads a mouse report starting at `text[start]` (an ESC): SGR fully, X10
 * enough to keep it from being read as keys. `text` holds one character per
 * byte (latin1), which keeps X10's raw coordinate bytes intact.
 */
export function matchMouseReport(text: string, start: number): SequenceMatch<TerminalMouseEvent> {
	if (text[start] !== ESC) return NO_MATCH;
	return matchSgrReport(text, start) ?? matchX10Report(text, start) ?? NO_MATCH;
}

function matchSgrReport(text: string, start: number): SequenceMatch<TerminalMouseEvent> | undefined {
	SGR_BODY.lastIndex = start + 1;
	const report = SGR_BODY.exec(text);
	if (report) {
		const [body, parameters = "", final] = report;
		const numbers = SGR_PARAMETERS.exec(parameters);
		const value = numbers
			? decodeMouseEvent(Number(numbers[1]), Number(numbers[2]), Number(numbers[3]), final === "m")
			: undefined;
		return { status: "complete", length: 1 + body.length, value };
	}
	SGR_BODY_START.lastIndex = start + 1;
	if (text.length - start < MAX_REPORT_LENGTH && SGR_BODY_START.test(text)) return PARTIAL_MATCH;
	return undefined;
}

function matchX10Report(text: string, start: number): SequenceMatch<TerminalMouseEvent> | undefined {
	if (!text.startsWith(X10_PREFIX, start + 1)) return undefined;
	const bytesStart = start + 1 + X10_PREFIX.length;
	const bytes = [...text.slice(bytesStart, bytesStart + X10_BYTES)].map((byte) => byte.charCodeAt(0) - X10_OFFSET);
	if (bytes.some((value) => value < 0)) return undefined;
	const [code, column, row] = bytes;
	if (code === undefined || column === undefined || row === undefined) return PARTIAL_MATCH;
	return {
		status: "complete",
		length: bytesStart + X10_BYTES - start,
		value: decodeMouseEvent(code, column, row, false),
	};
}
