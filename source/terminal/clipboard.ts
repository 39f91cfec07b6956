/**
 * Puts `text` on the clipboard of the terminal that shows us (OSC 52): local
 * terminals, tmux with `set-clipboard on`, and over SSH the reader's own machine.
 */
export function copyToClipboard(write: (data: string) => void, text: string): void {
	write(`\u001B]52;c;${Buffer.from(text, "utf8").toString("base64")}\u0007`);
}
