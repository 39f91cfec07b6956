import { readFileSync } from "node:fs";
import stripAnsi from "strip-ansi";
import { describe, expect, it } from "vitest";
import { sectionLines } from "../../source/render/section-lines.js";
import { createStyles } from "../../source/render/styles.js";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";
import { layoutHeader } from "../../source/ui/header/header-layout.js";
import { visibleFragments } from "../helpers/visible-lines.js";

const markdown = readFileSync(new URL("../../content/resume.md", import.meta.url), "utf8");

describe("the viewer", () => {
	it.each([100, 60, 40])("reaches every visible line of content/resume.md at %i columns", (columns) => {
		const parsed = parseMarkdown(markdown);
		if (!parsed.ok) throw new Error(parsed.error);
		const { resume } = parsed;
		const header = layoutHeader(resume.basics, columns, 20, false);
		const headerText = [
			...header.infoRows.flat(),
			...header.contactRows.flat().map((item) => `${item.contact.label} ${item.text}`),
		];
		const options = {
			styles: createStyles(0),
			links: "text" as const,
			width: columns - 2,
		};
		const paneText = resume.sections.flatMap((section) => [section.title, ...sectionLines(section, options)]);
		// Wrapped lines rejoin with a space, as a reader reads across them.
		const everything = stripAnsi([...headerText, ...paneText].join(" ")).replace(/\s+/g, " ");
		const missing = visibleFragments(markdown)
			.flat()
			.filter((fragment) => !everything.includes(fragment));
		expect(missing).toEqual([]);
	});
});
