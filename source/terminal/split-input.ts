import { type BackgroundReply, matchBackgroundReply } from "./background.js";
import { matchMouseReport, type TerminalMouseEvent } from "./mouse-events.js";
import { ESC, NO_MATCH, PARTIAL_MATCH, type SequenceMatch } from "./sequence-match.js";

/** A run of key bytes, or a report the terminal sent, in the order they came. */
export type InputPart =
	| { readonly kind: "keys"; readonly bytes: string }
	| { readonly kind: "mouse"; readonly event: TerminalMouseEvent }
	| { readonly kind: "background"; readonly reply: BackgroundReply };

/**
 * `parts`: the input with its reports taken out of the keys. `pending`: the end
 * of the input when it may be a report whose rest has not arrived; it belongs in
 * front of the next input (or, if none comes in time, to the keys).
 */
export type SplitInput = { readonly parts: readonly InputPart[]; readonly pending: string };

/**
 * Splits terminal input at the mouse reports and background-colour replies in
 * it. `text` holds one character per byte (latin1); key runs come back the same
 * way. Reports that mean nothing to this program are dropped all the same: a
 * report is never a key.
 */
export function splitInput(text: string): SplitInput {
	const parts: InputPart[] = [];
	let keysStart = 0;
	const takeKeysUpTo = (end: number) => {
		if (end > keysStart) parts.push({ kind: "keys", bytes: text.slice(keysStart, end) });
	};
	for (let escapeAt = text.indexOf(ESC); escapeAt !== -1; ) {
		const report = reportAt(text, escapeAt);
		if (report.status === "none") {
			escapeAt = text.indexOf(ESC, escapeAt + 1);
			continue;
		}
		takeKeysUpTo(escapeAt);
		// A partial match always runs to the end of the input.
		if (report.status === "partial") return { parts, pending: text.slice(escapeAt) };
		if (report.value) parts.push(report.value);
		keysStart = escapeAt + report.length;
		escapeAt = text.indexOf(ESC, keysStart);
	}
	takeKeysUpTo(text.length);
	return { parts, pending: "" };
}

/** The report starting at `text[start]`, as the part it makes. */
function reportAt(text: string, start: number): SequenceMatch<InputPart> {
	const mouse = matchMouseReport(text, start);
	if (mouse.status === "complete") {
		return { ...mouse, value: mouse.value && { kind: "mouse", event: mouse.value } };
	}
	const background = matchBackgroundReply(text, start);
	if (background.status === "complete") {
		return { ...background, value: background.value && { kind: "background", reply: background.value } };
	}
	return mouse.status === "partial" || background.status === "partial" ? PARTIAL_MATCH : NO_MATCH;
}
