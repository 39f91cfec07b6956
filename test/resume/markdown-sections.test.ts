import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jobTitleOf } from "../../source/resume/job-heading.js";
import type { Job, Resume } from "../../source/resume/model.js";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";
import { toJsonResume } from "../../source/resume/to-json-resume/to-json-resume.js";
import { schemaErrors } from "../helpers/json-resume-schema.js";

function parsed(markdown: string): Resume {
	const result = parseMarkdown(markdown);
	if (!result.ok) throw new Error(result.error);
	return result.resume;
}

const resume = parsed(readFileSync(new URL("../fixtures/principal-engineer.md", import.meta.url), "utf8"));
const document = toJsonResume(resume);

function jobsOf(title: string): readonly Job[] {
	const found = resume.sections.find((section) => section.title === title);
	if (found?.kind !== "experience") throw new Error(`${title} holds no jobs`);
	return found.jobs;
}

const titleOf = (job: Job) => [job.organisation, job.role, job.dates?.start, job.dates?.end];

describe("a Markdown résumé with the usual English section names", () => {
	it("knows which JSON Resume list each section is, and keeps an unknown one as it is", () => {
		expect(resume.sections.map((section) => [section.title, section.list])).toEqual([
			["Summary", "summary"],
			["Experience", "work"],
			["Volunteering", "volunteer"],
			["Education", "education"],
			["Projects", "projects"],
			["Publications", "publications"],
			["Awards", "awards"],
			["Certificates", "certificates"],
			["Skills", "skills"],
			["Languages", "languages"],
			["Interests", "interests"],
			["References", "references"],
			["Patents", undefined],
		]);
	});

	it("splits each job heading shape into organisation, role and dates, a bold line being a job of its own", () => {
		expect(jobsOf("Experience").map(titleOf)).toEqual([
			["Analytical Engines Ltd", "Principal Engineer", "2019", "present"],
			["Harvard Computation Lab", "Research Programmer", "1944", "1949"],
			["Remington Rand", "Senior Engineer", "1949", "1957"],
			["UNIVAC", "Director of Automatic Programming", "1957", "1966"],
		]);
	});

	it("never lets one job swallow the next one's bullets", () => {
		const [first, second] = jobsOf("Experience");
		expect(JSON.stringify(first?.blocks)).not.toContain("Mark I");
		expect(JSON.stringify(second?.blocks)).toContain("Programmed the Mark I");
	});

	it("writes each section to its own JSON Resume list", () => {
		expect(document.basics.summary).toBe(
			"Compiler engineer who turns ideas into working systems. I lead teams that ship tools other engineers rely on.",
		);
		expect(document.work?.map((job) => job.name)).toEqual([
			"Analytical Engines Ltd",
			"Harvard Computation Lab",
			"Remington Rand",
			"UNIVAC",
		]);
		expect(document.volunteer).toEqual([
			{
				organization: "Code Club",
				position: "Mentor",
				startDate: "2015",
				endDate: "2018",
				highlights: ["Taught programming to children every week"],
			},
		]);
		expect(document.education?.[0]).toEqual({
			institution: "Yale University",
			studyType: "PhD",
			area: "Mathematics",
			startDate: "1930",
			endDate: "1934",
		});
		expect(document.projects).toEqual([
			{
				name: "FLOW-MATIC",
				description: "The first English-like data processing language.",
				highlights: ["Inspired COBOL"],
			},
		]);
		expect(document.publications?.[0]).toEqual({
			name: "The Education of a Computer",
			publisher: "Proceedings of the ACM",
			releaseDate: "1952",
		});
		expect(document.awards?.[1]).toEqual({ title: "Computer Sciences Man of the Year", awarder: "DPMA", date: "1969" });
		expect(document.certificates).toEqual([{ name: "Certified Data Processor", issuer: "ICCP", date: "1970" }]);
		expect(document.languages).toEqual([
			{ language: "English", fluency: "Native" },
			{ language: "German", fluency: "Professional working proficiency" },
		]);
		expect(document.interests).toEqual([{ name: "Sailing" }, { name: "Teaching" }]);
		expect(document.references).toEqual([{ reference: "Available on request." }]);
		expect(schemaErrors(document)).toEqual([]);
	});

	it("reads skills from a table and from 'Area: a, b, c' lines", () => {
		expect(document.skills).toEqual([
			{ name: "Languages", keywords: ["COBOL", "FORTRAN", "Assembly"] },
			{ name: "Practices", keywords: ["Code review", "Mentoring"] },
			{ name: "Tools", keywords: ["UNIVAC I", "Mark I", "Mark II"] },
		]);
	});

	it("keeps a section it has no list for in meta, in order", () => {
		expect(document.meta?.unmapped?.at(-1)).toEqual({
			section: "Patents",
			lines: ["US 1,234,567: Automatic compiling system"],
		});
	});
});

describe("job headings as people write them", () => {
	const title = (text: string, strong = false) => {
		const { organisation, role, place, dates } = jobTitleOf(
			strong ? [{ text: text.split(",")[0] ?? "", strong: true }, { text: text.slice(text.indexOf(",")) }] : [{ text }],
		);
		return [organisation, role, place, dates?.start, dates?.end];
	};

	it.each([
		["Acme — Engineer (2019–present)", ["Acme", "Engineer", undefined, "2019", "present"]],
		["Engineer at Acme, 2019 - 2021", ["Acme", "Engineer", undefined, "2019", "2021"]],
		["Acme | Engineer | 2019 - 2021", ["Acme", "Engineer", undefined, "2019", "2021"]],
		["Acme | Engineer | Paris | April 2020 - Present", ["Acme", "Engineer", "Paris", "April 2020", "Present"]],
		["Acme, Engineer, 2019", ["Acme", "Engineer", undefined, "2019", undefined]],
		["Google, Software Engineer", ["Google", "Software Engineer", undefined, undefined, undefined]],
		["Acme, Inc.", ["Acme, Inc.", "", undefined, undefined, undefined]],
		["Freelance consulting", ["Freelance consulting", "", undefined, undefined, undefined]],
	])("reads %s", (heading, expected) => {
		expect(title(heading)).toEqual(expected);
	});

	it("reads a bold name followed by the role and dates", () => {
		expect(title("Acme, Engineer, 2019 – 2021", true)).toEqual(["Acme", "Engineer", undefined, "2019", "2021"]);
	});

	it("keeps the template's shape: organisation, then the role and place with dates in italics", () => {
		const { organisation, role, place } = jobTitleOf([
			{ text: "Datadog " },
			{ text: "Senior Software Engineer", emphasis: true },
			{ text: " " },
			{ text: "Paris, April 2020 - Present", emphasis: true },
		]);
		expect([organisation, role, place]).toEqual(["Datadog", "Senior Software Engineer", "Paris"]);
	});

	it("does not take a bold label inside a job for a job of its own", () => {
		const jobs = parsed(
			"# Jane\n\n## Experience\n\n### Acme — Dev (2019)\n\n**Stack:** Go, Rust\n\n**Key results**\n\n- x\n",
		).sections[0];
		expect(jobs?.kind === "experience" && jobs.jobs.length).toBe(1);
	});
});

describe("another résumé's shapes: plain job lines, labelled header lines, other section names", () => {
	const other = parsed(readFileSync(new URL("../fixtures/data-scientist.md", import.meta.url), "utf8"));
	const exported = toJsonResume(other);

	it("reads the header's title and place across a bar, and its labelled links and phone", () => {
		expect(other.basics).toMatchObject({ title: "Research Mathematician", location: "Hampton, Virginia" });
		expect(other.basics.contacts.map((contact) => contact.kind)).toEqual(["phone", "email", "website", "linkedin"]);
		expect(other.basics.extra).toEqual([]);
	});

	it("reads a job on a plain line, bold or not, as a job of its own", () => {
		const work = other.sections.find((section) => section.title === "Work");
		expect(work?.kind === "experience" && work.jobs.map(titleOf)).toEqual([
			["NASA", "Aerospace Technologist", "1958", "1986"],
			["NACA", "Computer", "1953", "1958"],
			["Marion public schools", "Mathematics teacher", "1937", "1953"],
		]);
	});

	it("writes Volunteer Work, Honours, Certifications, Hobbies and a numbered list of publications to their lists", () => {
		expect(exported.volunteer?.map((entry) => entry.organization)).toEqual(["Alpha Kappa Alpha"]);
		expect(exported.awards?.map((award) => [award.title, award.awarder, award.date])).toEqual([
			["Presidential Medal of Freedom", "President of the United States", "2015"],
			["Silver Snoopy Award", "NASA", "1997"],
		]);
		expect(exported.certificates).toEqual([
			{ name: "Private pilot licence", url: "https://faa.example.gov/pilot", issuer: "FAA", date: "1960" },
		]);
		expect(exported.interests).toEqual([{ name: "Bridge" }, { name: "Church choir" }]);
		expect(exported.publications?.map((publication) => publication.name)).toEqual([
			"Determination of Azimuth Angle at Burnout",
			"Placing a satellite over a selected earth position",
		]);
		expect(exported.meta?.unmapped).toEqual([{ section: "Clearances", lines: ["Secret, 1958"] }]);
		expect(schemaErrors(exported)).toEqual([]);
	});
});
