import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { printResume } from "../../source/print/print-resume.js";
import { createStyles } from "../../source/render/styles.js";
import { UNLIMITED } from "../../source/render/wrap.js";
import { fromJsonResume } from "../../source/resume/from-json-resume/from-json-resume.js";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";

const plain = { styles: createStyles(0), links: "text" as const, width: UNLIMITED };
const squash = (text: string) => text.replace(/\s+/g, " ");

// Written in other words on purpose: dates as "March 2019", a country code as its name; not résumé text.
const SHOWN_OTHERWISE = /^(?:startDate|endDate|date|releaseDate|countryCode|image|lastModified|canonical|version)$/u;

/** Every string of a document a person should find in --print, with where it sits. */
function shownStrings(value: unknown, path: string[] = []): [string, string][] {
	if (typeof value === "string") {
		const key = path.at(-1) ?? "";
		if (value.trim() === "" || SHOWN_OTHERWISE.test(key) || path[0] === "meta" || path[0] === "$schema") return [];
		return value.split(/\n+/u).map((line) => [path.join("."), line.trim()]);
	}
	if (Array.isArray(value)) return value.flatMap((item, index) => shownStrings(item, [...path, String(index)]));
	if (typeof value === "object" && value !== null)
		return Object.entries(value).flatMap(([key, field]) => shownStrings(field, [...path, key]));
	return [];
}

function printedJson(document: unknown): string {
	const read = fromJsonResume(document);
	if (!read.ok) throw new Error(read.error);
	return squash(printResume(read.resume, plain));
}

const schemaPackage = createRequire(import.meta.url).resolve("@jsonresume/schema/sample.resume.json");

describe("--print of a JSON Resume document", () => {
	for (const [name, path] of [
		["the schema package's sample", schemaPackage],
		["a fixture with every section", new URL("../fixtures/principal-engineer.resume.json", import.meta.url).pathname],
	] as const) {
		it(`shows every field of ${name}`, () => {
			const document = JSON.parse(readFileSync(path, "utf8")) as unknown;
			const printed = printedJson(document);
			const missing = shownStrings(document).filter(([, text]) => !printed.includes(squash(text)));
			expect(missing.filter(([where]) => !where.startsWith("x-"))).toEqual([]);
		});
	}
});

describe("--print of a Markdown résumé's header", () => {
	it("writes each header line on its own line, the phone with the other contacts", () => {
		const markdown = readFileSync(new URL("../fixtures/principal-engineer.md", import.meta.url), "utf8");
		const parsed = parseMarkdown(markdown);
		if (!parsed.ok) throw new Error(parsed.error);
		const lines = printResume(parsed.resume, plain).split("\n").slice(0, 8);
		expect(lines).toEqual([
			"Grace Hopper",
			"Principal Engineer · London, UK",
			"Email:    grace@example.org",
			"Phone:    +44 20 7946 0958",
			"Web:      https://gracehopper.example.dev",
			"LinkedIn: https://www.linkedin.com/in/grace-hopper",
			"GitHub:   https://github.com/ghopper",
			"Link:     Mastodon https://hachyderm.io/@ghopper",
		]);
	});
});
