import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../source/resume/front-matter.js";

const fieldsOf = (text: string) => Object.fromEntries(splitFrontMatter(text).fields);

describe("the front matter a résumé opens with", () => {
	it("reads title and author and returns the Markdown after the fence", () => {
		const { fields, body } = splitFrontMatter(
			"---\ntitle: Jérôme Vizcaino\nauthor: Senior Software Engineer\n---\n# Jérôme\n",
		);
		expect(Object.fromEntries(fields)).toEqual({
			title: "Jérôme Vizcaino",
			author: "Senior Software Engineer",
		});
		expect(body).toBe("# Jérôme\n");
	});

	it("leaves a file without front matter untouched", () => {
		const text = "# Jane\n\n---\ntitle: not front matter\n---\n";
		expect(splitFrontMatter(text)).toEqual({ fields: new Map(), body: text });
	});

	it("leaves a file whose opening fence is never closed untouched", () => {
		const text = "---\ntitle: Jane\n# Jane\n";
		expect(splitFrontMatter(text)).toEqual({ fields: new Map(), body: text });
	});

	it("also ends front matter at a YAML “...” line", () => {
		expect(splitFrontMatter("---\ntitle: Jane\n...\nbody")).toEqual({
			fields: new Map([["title", "Jane"]]),
			body: "body",
		});
	});

	it("accepts spaces after a fence", () => {
		expect(splitFrontMatter("--- \ntitle: Jane\n---\t\nbody").body).toBe("body");
	});

	it("takes quoted values without their quotes", () => {
		expect(fieldsOf("---\ntitle: \"Jane Doe\"\nauthor: 'Engineer: Backend'\n---\n")).toEqual({
			title: "Jane Doe",
			author: "Engineer: Backend",
		});
	});

	it("drops a comment after a value, but keeps a # inside a word or quotes", () => {
		expect(
			fieldsOf('---\ntitle: Jane Doe # the name\nauthor: C# Developer\nsubtitle: "#1 # fan" # note\n---\n'),
		).toEqual({
			title: "Jane Doe",
			author: "C# Developer",
			subtitle: "#1 # fan",
		});
	});

	it("reads keys in any case as lower case, and skips lines that are no key: value", () => {
		expect(fieldsOf("---\nTitle: Jane\n# a comment\n  - nested: no\nempty:\n---\n")).toEqual({
			title: "Jane",
			empty: "",
		});
	});
});

describe("a front matter value with a long run of spaces", () => {
	it("drops a comment after 50,000 spaces, and reads a value without one", () => {
		const fields = fieldsOf(`---\ntitle: Jane${" ".repeat(50_000)}# the name\nauthor: a${" ".repeat(50_000)}b\n---\n`);
		expect(fields.title).toBe("Jane");
		expect(fields.author).toBe(`a${" ".repeat(50_000)}b`);
	});
});
