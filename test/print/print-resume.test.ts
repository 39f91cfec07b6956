import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printResume } from "../../source/print/print-resume.js";
import { createStyles } from "../../source/render/styles.js";
import { UNLIMITED } from "../../source/render/wrap.js";
import type { Resume } from "../../source/resume/model.js";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";
import { visibleFragments } from "../helpers/visible-lines.js";

const markdown = readFileSync(new URL("../../content/resume.md", import.meta.url), "utf8");

function realResume(): Resume {
	const parsed = parseMarkdown(markdown);
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.resume;
}

const plain = { styles: createStyles(0), links: "text" as const };
const squash = (text: string) => text.replace(/\s+/g, " ");

describe("--print", () => {
	it("shows every visible line of content/resume.md", () => {
		const output = squash(printResume(realResume(), { ...plain, width: UNLIMITED }));
		const missing = visibleFragments(markdown)
			.flat()
			.filter((fragment) => !output.includes(fragment));
		expect(missing).toEqual([]);
	});

	it("keeps one bullet on one line when piped", () => {
		const output = printResume(realResume(), { ...plain, width: UNLIMITED });
		expect(output).toMatch(/^ *• Stabilize legacy events .* \(Go, Python\)\.$/m);
	});

	it("wraps to the terminal's width with a hanging indent", () => {
		const lines = printResume(realResume(), { ...plain, width: 60 }).split("\n");
		expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(60);
		const bullet = lines.findIndex((line) => line.includes("• Stabilize legacy events"));
		const bulletColumn = lines[bullet]?.indexOf("Stabilize") ?? -1;
		expect(lines[bullet + 1]?.search(/\S/)).toBe(bulletColumn);
	});

	it("writes no escape code at all without colour", () => {
		expect(printResume(realResume(), { ...plain, width: 80 })).not.toContain("\u001B");
	});

	it("styles with colour and bold when colour is on", () => {
		const output = printResume(realResume(), {
			styles: createStyles(1),
			links: "text",
			width: 80,
		});
		expect(output).toContain("\u001B[1mintake pipeline\u001B[22m");
	});

	it("shows URLs as text where hyperlinks are not supported, and as OSC 8 where they are", () => {
		const asText = printResume(realResume(), { ...plain, width: UNLIMITED });
		expect(asText).toContain("https://j-vizcaino.github.io/resume.pdf");
		const asLinks = printResume(realResume(), {
			...plain,
			links: "hyperlink",
			width: UNLIMITED,
		});
		expect(asLinks).toContain("\u001B]8;;https://github.com/j-vizcaino\u0007");
	});
});
