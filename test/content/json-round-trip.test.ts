import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromJsonResume } from "../../source/resume/from-json-resume/from-json-resume.js";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";
import { toJsonResume } from "../../source/resume/to-json-resume/to-json-resume.js";
import { schemaErrors } from "../helpers/json-resume-schema.js";

describe("the real résumé's --json", () => {
	it("read back with --file gives the same --json again, valid against the schema", () => {
		const parsed = parseMarkdown(readFileSync(new URL("../../content/resume.md", import.meta.url), "utf8"));
		if (!parsed.ok) throw new Error(parsed.error);
		const exported = JSON.parse(JSON.stringify(toJsonResume(parsed.resume))) as unknown;
		const readBack = fromJsonResume(exported);
		if (!readBack.ok) throw new Error(readBack.error);
		expect(JSON.parse(JSON.stringify(toJsonResume(readBack.resume)))).toEqual(exported);
		expect(schemaErrors(exported)).toEqual([]);
	});
});
