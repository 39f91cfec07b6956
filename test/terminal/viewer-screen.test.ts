import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import {
	ENTER_ALTERNATE_SCREEN,
	LEAVE_ALTERNATE_SCREEN,
	type TerminalScreen,
	ViewerScreen,
} from "../../source/terminal/viewer-screen.js";

class FakeTerminal extends EventEmitter implements TerminalScreen {
	readonly isTTY = true;
	columns = 80;
	rows = 24;
	readonly written: string[] = [];
	write(text: string): boolean {
		this.written.push(text);
		return true;
	}
}

const write = (screen: ViewerScreen, text: string) =>
	new Promise<void>((resolve, reject) => screen.write(text, (error) => (error ? reject(error) : resolve())));

describe("the screen the viewer draws on", () => {
	it("enters the alternate screen with the first frame, not before", async () => {
		const terminal = new FakeTerminal();
		const screen = new ViewerScreen(terminal, { alternateScreen: true });
		expect(terminal.written).toEqual([]);

		await write(screen, "frame 1\n");
		await write(screen, "frame 2\n");

		expect(terminal.written).toEqual([`${ENTER_ALTERNATE_SCREEN}\u001B[Hframe 1\n`, "frame 2\n"]);
		expect(screen.onAlternateScreen).toBe(true);
	});

	it("never passes on ED 3, which erases the reader's scrollback", async () => {
		const terminal = new FakeTerminal();
		const screen = new ViewerScreen(terminal, { alternateScreen: true });

		await write(screen, "\u001B[2J\u001B[3J\u001B[Hframe");

		expect(terminal.written.join("")).not.toContain("\u001B[3J");
		expect(terminal.written.join("")).toContain("\u001B[2J\u001B[Hframe");
	});

	it("leaves once, writes the farewell on the normal screen, then drops what Ink still writes", async () => {
		const terminal = new FakeTerminal();
		const screen = new ViewerScreen(terminal, { alternateScreen: true });
		await write(screen, "frame");

		screen.leave("card\n");
		screen.leave("card\n");
		await write(screen, "last frame");

		// The cursor shown again on the way out, whoever hid it.
		expect(terminal.written.slice(1)).toEqual([`${LEAVE_ALTERNATE_SCREEN}\u001B[?25hcard\n`]);
		expect(screen.onAlternateScreen).toBe(false);
	});

	it("on the normal screen (the screen-reader layout), starts the card on a line of its own", async () => {
		const terminal = new FakeTerminal();
		const screen = new ViewerScreen(terminal, { alternateScreen: false });
		await write(screen, "Keys: q quits.");
		await write(screen, "\u001B[?25h");
		screen.leave("card\n");
		expect(terminal.written.at(-1)).toBe("\ncard\n");

		const ended = new FakeTerminal();
		const endedScreen = new ViewerScreen(ended, { alternateScreen: false });
		await write(endedScreen, "Keys: q quits.\n");
		endedScreen.leave("card\n");
		expect(ended.written.at(-1)).toBe("card\n");
	});

	it("does not leave a screen it never entered", () => {
		const terminal = new FakeTerminal();
		new ViewerScreen(terminal, { alternateScreen: true }).leave("card\n");
		expect(terminal.written).toEqual(["card\n"]);
	});

	it("stays on the normal screen for the screen-reader layout", async () => {
		const terminal = new FakeTerminal();
		const screen = new ViewerScreen(terminal, { alternateScreen: false });
		await write(screen, "text\n");
		screen.leave("card\n");
		expect(terminal.written).toEqual(["text\n", "card\n"]);
	});

	it("reports the terminal's size and its resizes, until it is left", () => {
		const terminal = new FakeTerminal();
		const screen = new ViewerScreen(terminal, { alternateScreen: true });
		let resizes = 0;
		screen.on("resize", () => resizes++);

		terminal.columns = 60;
		terminal.emit("resize");
		screen.leave();
		terminal.emit("resize");

		expect([screen.columns, screen.rows, screen.isTTY, resizes]).toEqual([60, 24, true, 1]);
	});
});

describe("the screen while the process is stopped (Ctrl-Z)", () => {
	it("gives the normal screen and the cursor back, keeps frames, and draws the last one on resuming", async () => {
		const terminal = new FakeTerminal();
		const screen = new ViewerScreen(terminal, { alternateScreen: true });
		await write(screen, "frame 1\n");

		screen.suspend();
		await write(screen, "frame 2\n");
		expect(terminal.written.slice(1)).toEqual([`${LEAVE_ALTERNATE_SCREEN}\u001B[?25h`]);

		screen.resume();
		expect(terminal.written.slice(2)).toEqual([`\u001B[?25l${ENTER_ALTERNATE_SCREEN}\u001B[Hframe 2\n`]);
		expect(screen.onAlternateScreen).toBe(true);
	});

	it("does not leave the alternate screen twice when the viewer ends while stopped", async () => {
		const terminal = new FakeTerminal();
		const screen = new ViewerScreen(terminal, { alternateScreen: true });
		await write(screen, "frame\n");
		screen.suspend();

		screen.leave("card\n");

		expect(terminal.written.slice(2)).toEqual(["card\n"]);
	});
});

describe("entering the alternate screen", () => {
	it("happens inside Ink's synchronized update when the first write opens one", async () => {
		const terminal = new FakeTerminal();
		const screen = new ViewerScreen(terminal, { alternateScreen: true });

		await write(screen, "\u001B[?2026h");
		await write(screen, "frame\n\u001B[?2026l");

		expect(terminal.written.join("")).toBe(`\u001B[?2026h${ENTER_ALTERNATE_SCREEN}\u001B[Hframe\n\u001B[?2026l`);
	});
});
