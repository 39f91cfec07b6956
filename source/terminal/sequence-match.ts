/**
 * What a scanner found at an ESC in the input:
 * - "complete": a whole sequence of `length` characters, and what it says when
 *   it says something this program uses (`value` undefined otherwise: still a
 *   report, to keep away from the keys, but nothing to act on);
 * - "partial": the input ends inside what may be such a sequence, so the rest
 *   may still be on its way;
 * - "none": not a sequence this scanner knows; the bytes are keys.
 */
export type SequenceMatch<Value> =
	| { readonly status: "complete"; readonly length: number; readonly value: Value | undefined }
	| { readonly status: "partial" }
	| { readonly status: "none" };

export const ESC = "\u001B";

export const NO_MATCH: SequenceMatch<never> = { status: "none" };
export const PARTIAL_MATCH: SequenceMatch<never> = { status: "partial" };
