// The first frame painted before Ink loads must be the frame Ink then draws, cell for cell, or the
// viewer would flicker as it takes over: both are drawn into a headless xterm and compared.
import { EventEmitter } from "node:events";
import { readFileSync } from "node:fs";
import xtermHeadless from "@xterm/headless";
import { render } from "ink";
import { describe, expect, it, onTestFinished } from "vitest";
import { readScreen } from "../../scripts/lib/screen-cells.mjs";
import { firstFrameLines } from "../../source/first-frame/first-frame-lines.js";
import { paintFirstFrame } from "../../source/first-frame/paint-first-frame.js";
import type { TerminalCapabilities } from "../../source/modes/terminal-options.js";
import { type ColorLevel, createStyles } from "../../source/render/styles.js";
import type { ThemeName } from "../../source/render/themes.js";
import type { Resume } from "../../source/resume/model.js";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";
import { App } from "../../source/ui/app.js";

const { Terminal } = xtermHeadless;

function fixture(name: string): Resume {
	const parsed = parseMarkdown(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"));
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.resume;
}

type Look = {
	readonly columns: number;
	readonly rows: number;
	readonly theme: ThemeName;
	readonly level: ColorLevel;
	readonly links: "text" | "hyperlink";
	readonly initialSection?: number;
};

/** A stdout of a given size for Ink, keeping what is written. */
class FakeStdout extends EventEmitter {
	readonly writes: string[] = [];
	readonly isTTY = true;
	constructor(
		readonly columns: number,
		readonly rows: number,
	) {
		super();
	}
	write(text: string): boolean {
		this.writes.push(text);
		return true;
	}
}

/** A keyboard that never types: the first frame is drawn before any key is read. */
class QuietStdin extends EventEmitter {
	readonly isTTY = false;
	setEncoding() {}
	setRawMode() {}
	read() {
		return null;
	}
	ref() {}
	unref() {}
}

/** Ink's first frame of the viewer, as it writes it (debug mode writes each frame whole). */
function inkFirstFrame(resume: Resume, look: Look): string {
	const stdout = new FakeStdout(look.columns, look.rows);
	const instance = render(
		<App
			resume={resume}
			layoutOptions={{ styles: createStyles(look.level, look.theme), links: look.links }}
			initialSection={look.initialSection ?? 0}
			openUrl={async () => ({ opened: true, via: "test" })}
		/>,
		{
			stdout: stdout as unknown as NodeJS.WriteStream,
			stdin: new QuietStdin() as unknown as NodeJS.ReadStream,
			debug: true,
			patchConsole: false,
			exitOnCtrlC: false,
		},
	);
	onTestFinished(() => instance.unmount());
	const [first] = stdout.writes;
	if (first === undefined) throw new Error("Ink wrote no frame");
	return first;
}

function painted(resume: Resume, look: Look): string[] {
	const lines = firstFrameLines(resume, {
		columns: look.columns,
		rows: look.rows,
		layoutOptions: { styles: createStyles(look.level, look.theme), links: look.links },
		initialSection: look.initialSection ?? 0,
	});
	if (!lines) throw new Error("the painter declined the frame");
	return lines;
}

async function screenOf(output: string, look: Look) {
	const terminal = new Terminal({ cols: look.columns, rows: look.rows, allowProposedApi: true, convertEol: true });
	onTestFinished(() => terminal.dispose());
	await new Promise<void>((resolve) => terminal.write(output, resolve));
	return readScreen(terminal);
}

const SIZES = [
	[100, 30],
	[80, 24],
	[60, 20],
	[132, 43],
	[200, 60],
	[40, 12],
	[24, 8],
	[20, 6],
] as const;

// Each side gets its own parse of the fixture: laid-out sections are cached per résumé (see
// sharedLayouts), and the painter's must not be what Ink's frame is compared with.
describe("the first frame painted before Ink", () => {
	const resume = fixture("first-frame.md");
	const inkResume = () => fixture("first-frame.md");

	for (const [columns, rows] of SIZES) {
		for (const theme of ["dark", "light"] as const) {
			it(`is Ink's first frame, cell for cell, at ${columns}×${rows} in the ${theme} theme`, async () => {
				const look: Look = { columns, rows, theme, level: 3, links: "hyperlink" };
				const ink = await screenOf(inkFirstFrame(inkResume(), look), look);
				const paint = await screenOf(painted(resume, look).join("\n"), look);
				expect(paint).toEqual(ink);
				expect(paint.rows.some((row) => row.some((cell) => cell.chars !== " "))).toBe(true);
			});
		}
	}

	it("matches without colours, with links shown as addresses, and on another tab", async () => {
		for (const look of [
			{ columns: 100, rows: 30, theme: "dark", level: 0, links: "text" },
			{ columns: 90, rows: 26, theme: "light", level: 1, links: "text", initialSection: 1 },
			{ columns: 70, rows: 22, theme: "dark", level: 2, links: "hyperlink", initialSection: 3 },
		] as const) {
			const ink = await screenOf(inkFirstFrame(inkResume(), look), look);
			expect(await screenOf(painted(resume, look).join("\n"), look)).toEqual(ink);
		}
	});

	it("matches on a résumé short enough to need no scrollbar", async () => {
		const look: Look = { columns: 100, rows: 30, theme: "dark", level: 3, links: "hyperlink" };
		expect(await screenOf(painted(fixture("no-side-column.md"), look).join("\n"), look)).toEqual(
			await screenOf(inkFirstFrame(fixture("no-side-column.md"), look), look),
		);
	});

	it("leaves a terminal below the minimum size to Ink", () => {
		const lines = firstFrameLines(resume, {
			columns: 19,
			rows: 30,
			layoutOptions: { styles: createStyles(0), links: "text" },
			initialSection: 0,
		});
		expect(lines).toBeUndefined();
	});
});

describe("painting the first frame", () => {
	const capabilities: TerminalCapabilities = {
		colorLevel: 3,
		hyperlinks: false,
		columns: 100,
		theme: "dark",
		askBackground: false,
		screenReader: false,
		mouse: true,
	};
	const target = () => {
		const writes: string[] = [];
		return { columns: 100, rows: 30, writes, write: (text: string) => writes.push(text) };
	};

	it("hides the cursor, draws the frame, and goes back to where it started for Ink to draw over", async () => {
		const terminal = target();
		const resume = fixture("first-frame.md");
		expect(await paintFirstFrame(resume, { capabilities, initialSection: 0 }, terminal)).toBe(true);
		const lines = firstFrameLines(resume, {
			columns: 100,
			rows: 30,
			layoutOptions: { styles: createStyles(3, "dark"), links: "text" },
			initialSection: 0,
		});
		expect(terminal.writes).toEqual([`\u001B[?25l${lines?.join("\n")}\n\u001B[29A`]);
	});

	it("clears the painted frame if the window is resized before Ink draws", async () => {
		const terminal = Object.assign(new EventEmitter(), target());
		await paintFirstFrame(fixture("first-frame.md"), { capabilities, initialSection: 0 }, terminal);
		terminal.emit("resize");
		expect(terminal.writes.at(-1)).toBe("\u001B[J");
		expect(terminal.writes).toHaveLength(2);
	});

	it("uses the background the terminal has already answered", async () => {
		const terminal = target();
		const resume = fixture("first-frame.md");
		const request = {
			capabilities: { ...capabilities, askBackground: true },
			initialSection: 0,
			background: Promise.resolve("light" as const),
		};
		await paintFirstFrame(resume, request, terminal);
		const light = firstFrameLines(resume, {
			columns: 100,
			rows: 30,
			layoutOptions: { styles: createStyles(3, "light"), links: "text" },
			initialSection: 0,
		});
		expect(terminal.writes[0]).toContain(light?.[0]);
	});

	it("draws nothing for a screen reader, or for a résumé whose tables need marked-terminal", async () => {
		const terminal = target();
		expect(
			await paintFirstFrame(
				fixture("first-frame.md"),
				{ capabilities: { ...capabilities, screenReader: true }, initialSection: 0 },
				terminal,
			),
		).toBe(false);
		expect(await paintFirstFrame(fixture("table-and-code.md"), { capabilities, initialSection: 0 }, terminal)).toBe(
			false,
		);
		expect(terminal.writes).toEqual([]);
	});
});
