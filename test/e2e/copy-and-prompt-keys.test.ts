// What only a terminal shows of the copy keys and the search prompt's control keys: the OSC 52
// bytes on the way out, and Ctrl-C, Ctrl-U and Ctrl-W read in raw mode. What they do to the viewer's
// state is told by test/ui/state/.
import { describe, expect, it } from "vitest";
import { footerRow, startApp } from "./helpers/resume-app.js";

/** What a terminal reads to put `text` on the clipboard. */
const osc52 = (text: string) => `\u001B]52;c;${Buffer.from(text).toString("base64")}\u0007`;

describe("y and a link key", () => {
	it.each([
		["g", "https://github.com/ada-quill-example"],
		["w", "https://ada-quill.example.org"],
		["p", "https://ada-quill.example.org/cv.pdf"],
		["m", "ada.quill@example.org"],
	])("y%s writes the link to the clipboard with OSC 52, and the footer says so", async (key, text) => {
		const session = await startApp();
		session.press("y");
		session.press(key);
		await session.waitFor(() => footerRow(session).startsWith(`Copied ${text}`));
		expect(session.output()).toContain(osc52(text));
	});
});

describe("the search prompt", () => {
	it("Ctrl-C quits from it, rather than typing a c", async () => {
		const session = await startApp();
		session.press("/");
		session.write("stream");
		await session.waitFor(() => footerRow(session).startsWith("/stream"));
		session.press("ctrlC");
		expect(await session.waitForExit()).toEqual({ exitCode: 0, signal: undefined });
	});

	it("Ctrl-W takes off the last word and Ctrl-U clears it", async () => {
		const session = await startApp();
		session.press("/");
		session.write("small files");
		await session.waitFor(() => footerRow(session).startsWith("/small files▏"));
		session.write("\u0017");
		await session.waitFor(() => footerRow(session).startsWith("/small ▏"));
		session.write("\u0015");
		await session.waitFor(() => footerRow(session).startsWith("/▏"));
		expect(session.screenText()).not.toMatch(/\/small \w*[uw]▏/);
	});
});
