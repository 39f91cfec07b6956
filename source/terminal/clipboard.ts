/**
 * Copying through the terminal with OSC 52: `ESC ] 52 ; c ; base64 BEL`. The
 * terminal puts the text on the clipboard of the machine it runs on, so over
 * SSH the copy lands on the reader's own machine. Plain OSC 52, not wrapped in
 * tmux's passthrough: tmux stores it (set-clipboard on, or external, its
 * default) and hands it on to the terminal around it.
 */

/** How the sequence ends: BEL is the most widely understood, ST the standard one (ESC \). */
export type OscTerminator = "bel" | "st";

const TERMINATORS: Readonly<Record<OscTerminator, string>> = { bel: "\u0007", st: "\u001B\\" };

/**
 * Terminals cap what they accept (xterm and tmux at about 100 000 bytes of
 * base64, some far less); a link is far below any of them.
 */
export const MAX_COPY_BYTES = 74_994;

/** The OSC 52 sequence that sets the clipboard ("c") to `text`, or undefined if too long to send. */
export function osc52(text: string, terminator: OscTerminator = "bel"): string | undefined {
	const bytes = Buffer.from(text, "utf8");
	if (bytes.length > MAX_COPY_BYTES) return undefined;
	return `\u001B]52;c;${bytes.toString("base64")}${TERMINATORS[terminator]}`;
}

/** Where the sequence goes: process.stdout, or an SSH session's output. */
export type ClipboardOutput = { write(text: string): unknown };

/**
 * Copies `text` to the clipboard of the terminal `output` draws on. Returns
 * false when the text is too long to send. A terminal gives no answer, so true
 * means "asked", not "copied": terminals that ignore OSC 52 stay silent.
 */
export function copyToClipboard(output: ClipboardOutput, text: string): boolean {
	const sequence = osc52(text);
	if (sequence === undefined) return false;
	output.write(sequence);
	return true;
}
