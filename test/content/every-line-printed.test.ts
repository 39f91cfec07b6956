// The real résumé through --print: no line of content/resume.md is lost on the way.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { printResume } from "../../source/print/print-resume.js";
import { createStyles } from "../../source/render/styles.js";
import { UNLIMITED } from "../../source/render/wrap.js";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";
import { visibleFragments } from "../helpers/visible-lines.js";

const markdown = readFileSync(new URL("../../content/resume.md", import.meta.url), "utf8");

it("--print shows every visible line of content/resume.md", () => {
	const parsed = parseMarkdown(markdown);
	if (!parsed.ok) throw new Error(parsed.error);
	const printed = printResume(parsed.resume, { styles: createStyles(0), links: "text", width: UNLIMITED });
	const output = printed.replace(/\s+/g, " ");
	const missing = visibleFragments(markdown)
		.flat()
		.filter((fragment) => !output.includes(fragment));
	expect(missing).toEqual([]);
});
