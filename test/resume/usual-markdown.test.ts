import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printResume } from "../../source/print/print-resume.js";
import { createStyles } from "../../source/render/styles.js";
import { UNLIMITED } from "../../source/render/wrap.js";
import { fromJsonResume } from "../../source/resume/from-json-resume/from-json-resume.js";
import type { Resume, Section } from "../../source/resume/model.js";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";
import { toJsonResume } from "../../source/resume/to-json-resume/to-json-resume.js";
import { schemaErrors } from "../helpers/json-resume-schema.js";

// Résumés written the usual way, not in this project's template: what a stranger's `--file` reads.

function parsed(markdown: string): Resume {
	const result = parseMarkdown(markdown);
	if (!result.ok) throw new Error(result.error);
	return result.resume;
}

const fixture = (name: string) => parsed(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"));
const backend = fixture("backend-engineer.md");
const backendJson = toJsonResume(backend);
const printed = (resume: Resume) =>
	printResume(resume, { styles: createStyles(0), links: "text", width: UNLIMITED }).split("\n");

function sectionOf(resume: Resume, title: string): Section {
	const found = resume.sections.find((section) => section.title === title);
	if (!found) throw new Error(`no section ${title}`);
	return found;
}

describe("'Area: a, b, c' lines, one paragraph of the file", () => {
	it("keeps each line its own in the model, a hard break between them", () => {
		const [paragraph] = sectionOf(backend, "Skills").blocks.filter((block) => block.kind === "paragraph");
		expect(paragraph?.kind === "paragraph" && paragraph.text.map((span) => span.text)).toEqual([
			"Cloud: AWS, GCP, Terraform",
			"\n",
			"Practices: TDD, code review, on-call",
		]);
	});

	it("prints them on separate lines", () => {
		const lines = printed(backend);
		expect(lines).toContain("Cloud: AWS, GCP, Terraform");
		expect(lines).toContain("Practices: TDD, code review, on-call");
	});

	it("makes each line a skill with its own keywords in --json", () => {
		expect(backendJson.skills).toEqual([
			{ name: "Languages", keywords: ["Go", "Python", "Rust"] },
			{ name: "Cloud", keywords: ["AWS", "GCP", "Terraform"] },
			{ name: "Practices", keywords: ["TDD", "code review", "on-call"] },
		]);
		expect(schemaErrors(backendJson)).toEqual([]);
	});

	it("leaves a paragraph of sentences, or outside such sections, as Markdown joins it", () => {
		const skills = parsed("# A\n\n## Skills\n\nI write Go: mostly services\nand some tools.\n");
		const [paragraph] = sectionOf(skills, "Skills").blocks;
		expect(paragraph?.kind === "paragraph" && paragraph.text).toEqual([
			{ text: "I write Go: mostly services and some tools." },
		]);
		const summary = parsed("# A\n\n## Summary\n\nNote: one\nAlso: two\n");
		const [text] = sectionOf(summary, "Summary").blocks;
		expect(text?.kind === "paragraph" && text.text).toEqual([{ text: "Note: one Also: two" }]);
	});
});

describe("education written as a bold line, or a heading with the grade below", () => {
	it("reads '**School** — MSc Subject, 2010–2012' as an entry: institution, degree, subject, dates", () => {
		const education = sectionOf(backend, "Education");
		expect(education.kind === "groups" && education.groups).toHaveLength(1);
		expect(backendJson.education).toEqual([
			{
				institution: "Universidade de Lisboa",
				studyType: "MSc",
				area: "Computer Science",
				startDate: "2010",
				endDate: "2012",
			},
		]);
		expect(JSON.stringify(backendJson.meta)).not.toContain("Lisboa");
	});

	it("reads 'GPA 3.9' under '### MIT — BSc Mathematics (2014–2018)' as the score", () => {
		const document = toJsonResume(fixture("data-engineer.md"));
		expect(document.education).toEqual([
			{ institution: "MIT", studyType: "BSc", area: "Mathematics", startDate: "2014", endDate: "2018", score: "3.9" },
		]);
		expect(document.meta).toBeUndefined();
		expect(schemaErrors(document)).toEqual([]);
	});

	it("reads 'Grade: …' under a template-shaped school, and keeps other lines unmapped", () => {
		const document = toJsonResume(
			parsed(
				"# A\n\n## Education\n\n### ESIEE Paris _2004_\n\nMaster’s degree in computer science\n\nGrade: First-class honours\n\nThesis on compilers\n",
			),
		);
		expect(document.education).toEqual([
			{
				institution: "ESIEE Paris",
				studyType: "Master’s degree",
				area: "computer science",
				endDate: "2004",
				score: "First-class honours",
			},
		]);
		expect(document.meta).toEqual({
			unmapped: [{ section: "Education", heading: "ESIEE Paris", date: "2004", lines: ["Thesis on compilers"] }],
		});
	});

	it("takes no sentence about a school for an entry of its own", () => {
		const document = toJsonResume(parsed("# A\n\n## Education\n\nSelf-taught, mostly from books.\n"));
		expect(document.education).toBeUndefined();
	});
});

describe("languages and interests as people list them", () => {
	it("splits 'Portuguese (native)' into language and fluency, as 'French: B1'", () => {
		expect(backendJson.languages).toEqual([
			{ language: "Portuguese", fluency: "native" },
			{ language: "English", fluency: "C2" },
			{ language: "French", fluency: "B1" },
		]);
	});

	it("reads 'Climbing, sourdough.' as two interests, and one without commas as one", () => {
		expect(backendJson.interests).toEqual([{ name: "Climbing" }, { name: "sourdough" }]);
		const one = toJsonResume(parsed("# A\n\n## Hobbies\n\nLong walks in the rain.\n"));
		expect(one.interests).toEqual([{ name: "Long walks in the rain." }]);
	});
});

describe("a job of one season, '**Intern at Globex, Summer 2011**'", () => {
	const jobsOf = (resume: Resume) => {
		const experience = sectionOf(resume, "Experience");
		if (experience.kind !== "experience") throw new Error("no jobs");
		return experience.jobs.map((job) => [job.organisation, job.role, job.dates?.start, job.dates?.end]);
	};

	it("shows the season with the year, and gives JSON Resume the ISO year", () => {
		expect(jobsOf(backend).at(-1)).toEqual(["Globex", "Intern", "Summer 2011", undefined]);
		expect(backendJson.work?.at(-1)).toEqual({ name: "Globex", position: "Intern", startDate: "2011" });
	});

	it("keeps the season, and no 'Present', once its --json is read back", () => {
		const read = fromJsonResume(JSON.parse(JSON.stringify(backendJson)));
		if (!read.ok) throw new Error(read.error);
		expect(jobsOf(read.resume).at(-1)).toEqual(["Globex", "Intern", "Summer 2011", undefined]);
		expect(printed(read.resume)).toContain("Intern  Summer 2011");
	});
});
