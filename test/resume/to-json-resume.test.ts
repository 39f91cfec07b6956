import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";
import { type JsonResume, toJsonResume } from "../../source/resume/to-json-resume/to-json-resume.js";
import { schemaErrors } from "../helpers/json-resume-schema.js";

function jsonResumeOf(markdown: string): JsonResume {
	const parsed = parseMarkdown(markdown);
	if (!parsed.ok) throw new Error(parsed.error);
	return toJsonResume(parsed.resume);
}

/** Every unmapped line, whatever section or group it came from. */
function unmappedLines(document: JsonResume): string[] {
	return (document.meta?.unmapped ?? []).flatMap((entry) => [entry.heading ?? "", ...entry.lines]);
}

const realResume = jsonResumeOf(readFileSync(new URL("../../content/resume.md", import.meta.url), "utf8"));

describe("the real résumé as JSON Resume", () => {
	it("is a valid JSON Resume document", () => {
		expect(schemaErrors(realResume)).toEqual([]);
	});

	it("would be caught by the schema check if a date were malformed", () => {
		const broken = {
			...realResume,
			work: [{ name: "Datadog", startDate: "April 2020" }],
		};
		expect(schemaErrors(broken)).not.toEqual([]);
	});

	it("names the person and how to reach them", () => {
		expect(realResume.basics).toMatchObject({
			name: "Jérôme Vizcaino",
			label: "Senior Software Engineer",
			email: "j.vizcaino.pro@gmail.com",
			url: "https://j-vizcaino.github.io",
			location: { city: "Romainville", countryCode: "FR" },
		});
		expect(realResume.basics.profiles).toEqual([
			{
				network: "GitHub",
				username: "j-vizcaino",
				url: "https://github.com/j-vizcaino",
			},
		]);
	});

	it("lists the five jobs with ISO dates, ongoing ones without an end", () => {
		const work = realResume.work ?? [];
		expect(work.map((job) => job.position)).toEqual([
			"Senior Software Engineer",
			"Core Interviewer",
			"Site Reliability Engineer",
			"Senior Software Engineer",
			"Software Engineer",
		]);
		expect(work[0]).toMatchObject({
			name: "Datadog",
			location: "Paris",
			startDate: "2020-04",
		});
		expect(work[0]).not.toHaveProperty("endDate");
		expect(work[1]).not.toHaveProperty("endDate");
		expect(work[2]).toMatchObject({ startDate: "2017-04", endDate: "2020-04" });
		expect(work[3]).toMatchObject({
			name: "Ministère de la Défense",
			endDate: "2017-04",
		});
	});

	it("keeps every bullet as a highlight, prefixed by its group heading", () => {
		const [datadog, interviewer] = realResume.work ?? [];
		expect(datadog?.highlights).toHaveLength(7);
		expect(datadog?.highlights).toContain("Mentoring: Onboard Senior software engineer to Go language.");
		expect(interviewer?.highlights).toEqual([
			"Run coding and design interviews (1-2 per week).",
			"Mentoring: contributed to learning material, taking part in shadow and feedback process for new interviewers.",
		]);
	});

	it("dates each education entry and splits a degree from its subject", () => {
		const education = realResume.education ?? [];
		expect(education).toHaveLength(5);
		expect(education[0]).toEqual({
			institution: "ESIEE Paris",
			studyType: "Master’s degree",
			area: "computer science",
			endDate: "2004",
		});
		expect(education[1]).toEqual({
			institution: "AWS Day",
			area: "AWS introduction and best-practices",
			endDate: "2015",
		});
		expect(education.every((entry) => entry.endDate !== undefined)).toBe(true);
	});

	it("turns skill groups into keyword lists", () => {
		expect(realResume.skills?.map((skill) => skill.name)).toEqual(["Languages", "Env/tools"]);
		expect(realResume.skills?.[0]?.keywords).toContain("Go");
	});

	it("gives each spoken language its fluency, line breaks read as separators", () => {
		expect(realResume.languages).toEqual([
			{
				language: "English",
				fluency: "Full professional proficiency; CEFR: C2",
			},
			{ language: "Spanish", fluency: "Elementary proficiency" },
		]);
	});

	it("reads daily reading and hobbies as interests, personal projects as projects", () => {
		expect(realResume.interests?.map((interest) => interest.name)).toEqual(["Daily reading", "Hobbies"]);
		expect(realResume.interests?.[1]?.keywords).toContain("Rock climbing (15 years)");
		expect(realResume.projects?.[0]).toMatchObject({
			name: "Electrical current telemetry at home",
			description: expect.stringContaining("InfluxDB"),
		});
		expect(realResume.projects).toHaveLength(2);
	});

	it("keeps what JSON Resume has no field for in meta.unmapped", () => {
		expect(realResume.meta?.unmapped).toContainEqual({
			section: "Misc.",
			heading: "Security clearance",
			lines: ["Secret Défense (Top Secret)"],
		});
		expect(realResume.meta?.unmapped).toContainEqual({
			section: "Misc.",
			heading: "Licenses",
			lines: ["Car, motorcycle, boat"],
		});
		expect(unmappedLines(realResume)).toContain("PDF version (https://j-vizcaino.github.io/resume.pdf)");
	});
});

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
	it("splits a degree from its area still, and reads 50,000 spaces without an “ in ” in under a second", () => {
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
		const started = performance.now();
		expect(education(`degree${" ".repeat(50_000)}x`)).toMatchObject({ area: `degree${" ".repeat(50_000)}x` });
		expect(performance.now() - started).toBeLessThan(1000);
	});

	it("writes a hard break after 50,000 spaces as a line break, in under a second", () => {
		const started = performance.now();
		const document = jsonResumeOf(`# Ada\n\n## Notes\n\na${"\t".repeat(50_000)}b<br>c\n`);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(document.meta?.unmapped?.[0]?.lines).toEqual([`a${" ".repeat(50_000)}b\nc`]);
	});
});

describe("lists nested deeper than views recurse, through JSON Resume", () => {
	it("exports a list nested 300 deep in quotes, flattened, without a crash", () => {
		const document = jsonResumeOf(`# Ada\n\n## Notes\n\n${"> 1. ".repeat(300)}a\n`);
		expect(document.meta?.unmapped?.[0]?.lines.join("\n")).toMatch(/a$/);
	});
});
