/**
 * RFC 6350's content lines: `NAME;PARAM=value:value`, escaped as its ABNF asks, folded at 75
 * octets (a multi-octet UTF-8 character is never split) and ended with CRLF.
 */

export type VcardParameter = readonly [name: string, value: string];

export type VcardProperty = {
	readonly name: string;
	readonly parameters?: readonly VcardParameter[];
	/** Already escaped for its value type: see escapeText and structuredValue. */
	readonly value: string;
};

/** The longest a line may be, in octets, CRLF aside (RFC 6350 §3.2). */
export const MAX_LINE_OCTETS = 75;

const CRLF = "\r\n";

/** A text value: backslash, comma and line breaks escaped (RFC 6350 §3.4). */
export function escapeText(text: string): string {
	return text.replace(/[\\,]/g, (character) => `\\${character}`).replace(/\r\n|\r|\n/g, "\\n");
}

/** A value of `;`-separated components (N, ADR): each escaped, semicolons too. */
export function structuredValue(components: readonly string[]): string {
	return components.map((component) => escapeText(component).replaceAll(";", "\\;")).join(";");
}

/**
 * A parameter's value: quoted when it holds a character that would end it. A double quote
 * can be neither quoted nor escaped in a parameter (RFC 6350 §3.3), so it is dropped.
 */
function parameterValue(value: string): string {
	const safe = value.replaceAll('"', "");
	return /[;:,]/.test(safe) ? `"${safe}"` : safe;
}

function unfoldedLine({ name, parameters = [], value }: VcardProperty): string {
	const parameterText = parameters.map(([key, parameter]) => `;${key}=${parameterValue(parameter)}`).join("");
	return `${name}${parameterText}:${value}`;
}

/**
 * One logical line as physical lines of at most 75 octets each, continuations starting with a
 * space (which counts). Cut between code points, so a UTF-8 sequence stays whole.
 */
export function foldLine(line: string): string[] {
	const lines: string[] = [];
	let current = "";
	let octets = 0;
	for (const character of line) {
		const size = Buffer.byteLength(character, "utf8");
		if (octets + size > MAX_LINE_OCTETS) {
			lines.push(current);
			current = " ";
			octets = 1;
		}
		current += character;
		octets += size;
	}
	lines.push(current);
	return lines;
}

/** A whole vCard 4.0 object: BEGIN, VERSION, the properties in order, END; each line ended by CRLF. */
export function vcardText(properties: readonly VcardProperty[]): string {
	const logical = [
		{ name: "BEGIN", value: "VCARD" },
		{ name: "VERSION", value: "4.0" },
		...properties,
		{ name: "END", value: "VCARD" },
	];
	return logical.flatMap((property) => foldLine(unfoldedLine(property)).map((line) => line + CRLF)).join("");
}

/** A vCard's logical lines, folds undone: what a screen reader should read, one property a line. */
export function unfoldedLines(vcard: string): string[] {
	return vcard
		.replace(/\r\n[ \t]/g, "")
		.split("\r\n")
		.filter((line) => line !== "");
}
