import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printResume } from "../../source/print/print-resume.js";
import { createStyles } from "../../source/render/styles.js";
import { UNLIMITED } from "../../source/render/wrap.js";
import type { Resume } from "../../source/resume/model.js";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";

// A fixture, not content/resume.md: test/content/ checks that every line of the real one is printed.
const markdown = readFileSync(new URL("../fixtures/sample-resume.md", import.meta.url), "utf8");

function sampleResume(): Resume {
	const parsed = parseMarkdown(markdown);
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.resume;
}

const plain = { styles: createStyles(0), links: "text" as const };

describe("--print", () => {
	it("keeps one bullet on one line when piped", () => {
		const output = printResume(sampleResume(), { ...plain, width: UNLIMITED });
		expect(output).toMatch(/^ *• Design a stream processing .* replay from cold storage\.$/m);
	});

	it("wraps to the terminal's width with a hanging indent", () => {
		const lines = printResume(sampleResume(), { ...plain, width: 60 }).split("\n");
		expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(60);
		const bullet = lines.findIndex((line) => line.includes("• Design a stream processing"));
		const bulletColumn = lines[bullet]?.indexOf("Design") ?? -1;
		expect(lines[bullet + 1]?.search(/\S/)).toBe(bulletColumn);
	});

	it("writes no escape code at all without colour", () => {
		expect(printResume(sampleResume(), { ...plain, width: 80 })).not.toContain("\u001B");
	});

	it("styles with colour and bold when colour is on", () => {
		const output = printResume(sampleResume(), {
			styles: createStyles(1),
			links: "text",
			width: 80,
		});
		expect(output).toContain("\u001B[1mstream processing\u001B[22m");
	});

	it("shows URLs as text where hyperlinks are not supported, and as OSC 8 where they are", () => {
		const asText = printResume(sampleResume(), { ...plain, width: UNLIMITED });
		expect(asText).toContain("https://ada-quill.example.org/cv.pdf");
		const asLinks = printResume(sampleResume(), {
			...plain,
			links: "hyperlink",
			width: UNLIMITED,
		});
		expect(asLinks).toContain("\u001B]8;;https://github.com/ada-quill-example\u0007");
	});
});

describe("a contact whose link text is only its kind", () => {
	const resume = parseMarkdown(readFileSync(new URL("../fixtures/backend-engineer.md", import.meta.url), "utf8"));
	if (!resume.ok) throw new Error(resume.error);

	it("names the kind once: [LinkedIn](…) prints as 'LinkedIn: https://…'", () => {
		const output = printResume(resume.resume, { ...plain, width: UNLIMITED });
		expect(output).toMatch(/^LinkedIn: https:\/\/www\.linkedin\.com\/in\/rosaqbackend$/m);
		const linked = printResume(resume.resume, { ...plain, links: "hyperlink", width: UNLIMITED });
		expect(linked).not.toContain("LinkedIn (https://www.linkedin.com/in/rosaqbackend)");
	});

	it("keeps a link text that says more than the kind", () => {
		const other = parseMarkdown("# A\n\n[Ada's LinkedIn](https://www.linkedin.com/in/ada)\n\n## Skills\n\n- Go\n");
		if (!other.ok) throw new Error(other.error);
		const output = printResume(other.resume, { ...plain, width: UNLIMITED });
		expect(output).toContain("LinkedIn: Ada's LinkedIn https://www.linkedin.com/in/ada");
	});
});

describe("a header link written without a scheme", () => {
	it("prints it as written, then the address it opens", () => {
		const resume = parseMarkdown(readFileSync(new URL("../fixtures/data-engineer.md", import.meta.url), "utf8"));
		if (!resume.ok) throw new Error(resume.error);
		const output = printResume(resume.resume, { ...plain, width: UNLIMITED });
		expect(output).toMatch(/^Web: {6}kimpark\.dev https:\/\/kimpark\.dev$/m);
		expect(output).toMatch(/^LinkedIn: linkedin\.com\/in\/kimpark https:\/\/linkedin\.com\/in\/kimpark$/m);
	});
});
