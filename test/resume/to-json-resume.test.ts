import { describe, expect, it } from "vitest";

import { jsonResumeOf, schemaErrors } from "./helpers/json-export.js";

describe("a hand-written résumé with parts JSON Resume has no field for", () => {
	const markdown = [
		"# Ada Example",
		"",
		"Compiler Engineer",
		"",
		"## Experience",
		"",
		"### Acme _Engineer_ _Lyon, 2019 - 2021_",
		"",
		"* Wrote a [linker](https://example.org/linker).",
		"",
		"### Beta _Intern_ _Summer 2018_",
		"",
		"## Publications",
		"",
		"### Fast linking _2020_",
		"",
		"Proceedings of the Example Conference  ",
		"pages 1-12",
		"",
		"* Co-written with **Grace**",
		"",
	].join("\n");
	const document = jsonResumeOf(markdown);

	it("writes a publication to its own list, every line of it kept", () => {
		expect(document.publications).toEqual([
			{
				name: "Fast linking",
				releaseDate: "2020",
				summary: "Proceedings of the Example Conference\npages 1-12\nCo-written with Grace",
			},
		]);
	});

	it("keeps a job heading as written when its dates do not fit ISO", () => {
		expect(document.work?.[1]).toEqual({
			name: "Beta",
			position: "Intern",
			startDate: "2018",
		});
		expect(document.meta?.unmapped).toContainEqual({
			section: "Experience",
			heading: "Beta Intern Summer 2018",
			lines: [],
		});
	});

	it("still maps what fits, links written out, and stays valid", () => {
		expect(document.work?.[0]).toEqual({
			name: "Acme",
			position: "Engineer",
			location: "Lyon",
			startDate: "2019",
			endDate: "2021",
			highlights: ["Wrote a linker (https://example.org/linker)."],
		});
		expect(schemaErrors(document)).toEqual([]);
	});
});

describe("long runs of spaces on the way to JSON Resume", () => {
	it("splits a degree from its area still, and reads 50,000 spaces without an “ in ”", () => {
		const education = (paragraph: string) =>
			jsonResumeOf(`# Ada\n\n## Education\n\n### School _2004_\n\n${paragraph}\n`).education?.[0];
		expect(education("Bachelor of Science in Physics in Paris")).toMatchObject({
			studyType: "Bachelor of Science",
			area: "Physics in Paris",
		});
		expect(education("Studies in Paris, master in Physics")).toMatchObject({
			studyType: "Studies in Paris, master",
			area: "Physics",
		});
		expect(education(`degree${" ".repeat(50_000)}x`)).toMatchObject({ area: `degree${" ".repeat(50_000)}x` });
	});

	it("writes a hard break after 50,000 spaces as a line break", () => {
		const document = jsonResumeOf(`# Ada\n\n## Notes\n\na${"\t".repeat(50_000)}b<br>c\n`);
		expect(document.meta?.unmapped?.[0]?.lines).toEqual([`a${" ".repeat(50_000)}b\nc`]);
	});
});

describe("lists nested deeper than views recurse, through JSON Resume", () => {
	it("exports a list nested 300 deep in quotes, flattened, without a crash", () => {
		const document = jsonResumeOf(`# Ada\n\n## Notes\n\n${"> 1. ".repeat(300)}a\n`);
		expect(document.meta?.unmapped?.[0]?.lines.join("\n")).toMatch(/a$/);
	});
});
