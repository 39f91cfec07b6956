import { readFileSync } from "node:fs";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { printResume } from "../../source/print/print-resume.js";
import type { LayoutOptions } from "../../source/render/block-lines.js";
import { loadRichBlocksFor } from "../../source/render/load-rich-blocks.js";
import { createStyles } from "../../source/render/styles.js";
import { UNLIMITED } from "../../source/render/wrap.js";
import type { Resume } from "../../source/resume/model.js";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";

function fixture(name: string): Resume {
	const parsed = parseMarkdown(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"));
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.resume;
}

const resume = fixture("table-and-code.md");
const richBlocks = await loadRichBlocksFor(resume);
const plain = { styles: createStyles(0), links: "text", richBlocks } satisfies Omit<LayoutOptions, "width">;

/** The printed lines from `first` up to the line before `next`. */
function linesBetween(output: string, first: string, next: string): string[] {
	const lines = output.split("\n");
	return lines.slice(lines.indexOf(first), lines.indexOf(next)).filter(Boolean);
}

const codeLines = [
	"Sample",
	"    def greet(name):",
	'        return f"Hello, {name}!"',
	"",
	'    print(greet("Charles"))',
];

describe("--file with a table and a code block", () => {
	it("draws a bordered table at 60 columns, wrapping the long column between words", () => {
		const output = printResume(resume, { ...plain, width: 60 });
		expect(linesBetween(output, "Languages", "Sample")).toEqual([
			"Languages",
			"  ┌──────────┬─────────┬───────────────────────────────────┐",
			"  │ Language │ Level   │ Where I used it                   │",
			"  ├──────────┼─────────┼───────────────────────────────────┤",
			"  │ Python   │ Fluent  │ Data pipelines, notebook tooling  │",
			"  │          │         │ and a scheduler for the           │",
			"  │          │         │ analytical engine                 │",
			"  ├──────────┼─────────┼───────────────────────────────────┤",
			"  │ Go       │ Working │ Command-line tools                │",
			"  ├──────────┼─────────┼───────────────────────────────────┤",
			"  │ awk      │ Basic   │ One-liners                        │",
			"  │          │         │ <https://example.org/awk>         │",
			"  └──────────┴─────────┴───────────────────────────────────┘",
		]);
	});

	it("keeps each row on one line when piped", () => {
		const output = printResume(resume, { ...plain, width: UNLIMITED });
		expect(linesBetween(output, "Languages", "Sample")).toEqual([
			"Languages",
			"  ┌──────────┬─────────┬────────────────────────────────────────────────────────────────────────────┐",
			"  │ Language │ Level   │ Where I used it                                                            │",
			"  ├──────────┼─────────┼────────────────────────────────────────────────────────────────────────────┤",
			"  │ Python   │ Fluent  │ Data pipelines, notebook tooling and a scheduler for the analytical engine │",
			"  ├──────────┼─────────┼────────────────────────────────────────────────────────────────────────────┤",
			"  │ Go       │ Working │ Command-line tools                                                         │",
			"  ├──────────┼─────────┼────────────────────────────────────────────────────────────────────────────┤",
			"  │ awk      │ Basic   │ One-liners <https://example.org/awk>                                       │",
			"  └──────────┴─────────┴────────────────────────────────────────────────────────────────────────────┘",
		]);
	});

	it.each([60, UNLIMITED])("shows the code lines as written, indentation included, at %s columns", (width) => {
		const output = printResume(resume, { ...plain, width });
		const lines = output.split("\n");
		const start = lines.indexOf("Sample");
		expect(lines.slice(start, start + codeLines.length)).toEqual(codeLines);
	});

	it("never writes a line wider than 60 columns at 60 columns", () => {
		const lines = printResume(resume, { ...plain, width: 60 }).split("\n");
		expect(lines.filter((line) => stringWidth(line) > 60)).toEqual([]);
	});

	it.each([60, UNLIMITED])("writes no escape code without colour at %s columns", (width) => {
		expect(printResume(resume, { ...plain, width })).not.toContain("\u001B");
	});

	it("colours only with the résumé's styles: bold headers, green code, no coloured borders", () => {
		const output = printResume(resume, { ...plain, styles: createStyles(1), width: 60 });
		expect(output).toContain("  │ \u001B[1mLanguage\u001B[22m │ \u001B[1mLevel\u001B[22m   │");
		expect(output).toContain("  \u001B[32m  def greet(name):\u001B[39m");
		expect(output).toContain("  ┌──────────┬");
	});

	it("prints the table plainly when even one word a column cannot fit", () => {
		const output = printResume(resume, { ...plain, width: 30 });
		expect(output).not.toContain("┌");
		expect(linesBetween(output, "Languages", "Sample").slice(0, 3)).toEqual([
			"Languages",
			"  Language │ Level │ Where I",
			"  used it",
		]);
	});
});
