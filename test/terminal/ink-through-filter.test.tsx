import { EventEmitter } from "node:events";
import { type Key, render, Text, useInput } from "ink";
import { describe, expect, it } from "vitest";
import { createInputFilter } from "../../source/terminal/input-filter.js";
import type { TerminalMouseEvent } from "../../source/terminal/mouse-events.js";
import { waitFor } from "../helpers/wait-for.js";
import { FakeTerminalInput } from "./helpers/fake-terminal-input.js";
import { KEYS, sgrReport } from "./helpers/reports.js";

/** Enough of a terminal's output for Ink to draw on. */
class FakeTerminalOutput extends EventEmitter {
	readonly columns = 80;
	readonly rows = 24;
	write(): boolean {
		return true;
	}
}

/** A key the way a test names it: the arrows and Esc by name, anything else as its text. */
function nameOf(input: string, key: Key): string {
	if (key.upArrow) return "up";
	if (key.downArrow) return "down";
	if (key.escape) return "escape";
	return input;
}

function KeyRecorder({ onKey }: { readonly onKey: (input: string, key: Key) => void }) {
	useInput(onKey);
	return <Text>listening</Text>;
}

describe("Ink reading through the filter", () => {
	it("sees the arrows, q and Esc, and none of the mouse reports, which go to onMouse", async () => {
		const terminal = new FakeTerminalInput();
		const mouse: TerminalMouseEvent[] = [];
		const filtered = createInputFilter(terminal, { onMouse: (event) => mouse.push(event) });
		const keys: string[] = [];
		const onKey = (input: string, key: Key) => keys.push(nameOf(input, key));
		const output = new FakeTerminalOutput() as unknown as NodeJS.WriteStream;
		const ink = render(<KeyRecorder onKey={onKey} />, {
			stdin: filtered.stdin,
			stdout: output,
			stderr: output,
			exitOnCtrlC: false,
			patchConsole: false,
		});
		await waitFor(
			() => terminal.isRaw,
			() => "Ink to turn raw mode on",
		);

		const click = sgrReport(0, 7, 2);
		terminal.type(`${KEYS.up}${sgrReport(65, 10, 5)}${KEYS.down}`);
		terminal.type("q", click.slice(0, 5));
		terminal.type(click.slice(5));
		terminal.type(KEYS.escape);
		await waitFor(
			() => keys.length >= 4,
			() => `four keys, got ${JSON.stringify(keys)}`,
		);

		expect(keys).toEqual(["up", "down", "q", "escape"]);
		expect(mouse).toEqual([
			expect.objectContaining({ kind: "wheel", direction: "down", column: 10, row: 5 }),
			expect.objectContaining({ kind: "press", button: "left", column: 7, row: 2 }),
		]);

		ink.unmount();
		filtered.dispose();
		expect(terminal.isRaw).toBe(false);
		expect(terminal.ttyCalls).toContain("unref");
	});
});
