import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";
import { MAX_DELIMITERS_PER_BLOCK, tooSlowToRead } from "../../source/resume/slow-markdown.js";

const fixture = readFileSync(new URL("../fixtures/principal-engineer.md", import.meta.url), "utf8");

describe("Markdown that marked would take too long to read", () => {
	it("is refused in one line naming the paragraph, before marked reads it", () => {
		const result = parseMarkdown(`# Ada\n\n## Skills\n\n${"_a".repeat(MAX_DELIMITERS_PER_BLOCK + 1)}\n`);
		expect(result).toEqual({
			ok: false,
			error:
				"the paragraph at line 5 holds 4,001 _, * or ~ marks, more than 4,000: Markdown that marked would take too long to read; split it or escape them",
		});
	});

	it("counts a quote's lines as one paragraph, as marked reads them", () => {
		const quote = Array.from({ length: MAX_DELIMITERS_PER_BLOCK / 2 + 1 }, () => "> _a_").join("\n");
		expect(tooSlowToRead(`# Ada\n\n${quote}\n`)).toMatch(/^the paragraph at line 3 holds/);
	});

	it("bounds the whole file too: many paragraphs just under the limit", () => {
		const paragraph = "*a".repeat(MAX_DELIMITERS_PER_BLOCK - 1);
		expect(tooSlowToRead(Array.from({ length: 3 }, () => paragraph).join("\n\n"))).toMatch(/^too many/);
	});

	it("lets a list of thousands of emphasised bullets through: each item is read alone", () => {
		const list = Array.from({ length: 5000 }, (_, index) => `- **Paper ${index}** — _Journal_, 2001`).join("\n");
		expect(tooSlowToRead(`# Ada\n\n## Publications\n\n${list}\n`)).toBeUndefined();
	});

	it("reads a long academic CV of over 100 KiB", () => {
		const publications = Array.from(
			{ length: 1400 },
			(_, index) => `- **On the Analysis of Engine ${index}** — Proceedings of the Society, ${1900 + (index % 100)}`,
		).join("\n");
		const cv = `${fixture}\n## Publications\n\n${publications}\n`;
		expect(Buffer.byteLength(cv)).toBeGreaterThan(100 * 1024);
		const result = parseMarkdown(cv);
		expect(result.ok && result.resume.sections.filter((section) => section.list === "publications")).toHaveLength(2);
	});
});
