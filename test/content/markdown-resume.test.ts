// The real résumé, content/resume.md, as the parser reads it: its owner edits these tests with it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

import {
	everySpan,
	groupsOf,
	itemsIn,
	jobBullets,
	jobsOf,
	paragraphOf,
	parsed,
	text,
} from "../resume/helpers/markdown-reading.js";

const RESUME_FILE = readFileSync(new URL("../../content/resume.md", import.meta.url), "utf8");

/** Markdown emphasis markers gone, as a reader sees the text. */
function withoutMarkers(markdown: string): string {
	return markdown
		.replace(/\*\*/g, "")
		.replace(/\*([^*]+)\*/g, "$1")
		.replace(/(?<![\p{Letter}\p{Number}])_([^_]+)_(?![\p{Letter}\p{Number}])/gu, "$1");
}

/**
 * The bullets of the raw file, read line by line (a test-only reading, never the parser's):
 * a "* " line opens a bullet, a following non-blank line continues it.
 */
function rawBullets(lines: readonly string[]): string[] {
	const bullets: string[] = [];
	let open = false;
	for (const line of lines) {
		if (line.startsWith("* ")) bullets.push(line.slice(2).trim());
		else if (open && line.trim() !== "" && !line.startsWith("#")) bullets[bullets.length - 1] += ` ${line.trim()}`;
		open = line.startsWith("* ") || (open && line.trim() !== "");
	}
	return bullets.map(withoutMarkers);
}

/** The raw file's jobs: each "Org _Role_ …" line underlined with dashes opens one. */
function rawJobLines(file: string): string[][] {
	const lines = file.split("\n");
	const start = lines.indexOf("Experience");
	const end = lines.indexOf("Education");
	const jobs: string[][] = [];
	for (let index = start; index < end; index++) {
		const line = lines[index] ?? "";
		if (/^-{3,}\s*$/.test(lines[index + 1] ?? "") && line.trim() !== "") jobs.push([]);
		else jobs.at(-1)?.push(line);
	}
	return jobs;
}

describe("the real résumé, content/resume.md", () => {
	const resume = parsed(RESUME_FILE);

	it("names Jérôme Vizcaino, Senior Software Engineer in Romainville, France", () => {
		expect(resume.basics.name).toBe("Jérôme Vizcaino");
		expect(resume.basics.title).toBe("Senior Software Engineer");
		expect(resume.basics.location).toBe("Romainville, France");
		expect(resume.basics.extra).toEqual([]);
	});

	it("lists the four contacts, the email: address turned into mailto:", () => {
		expect(resume.basics.contacts).toEqual([
			{
				kind: "email",
				label: "j.vizcaino.pro@gmail.com",
				url: "mailto:j.vizcaino.pro@gmail.com",
			},
			{
				kind: "github",
				label: "https://github.com/j-vizcaino",
				url: "https://github.com/j-vizcaino",
			},
			{
				kind: "website",
				label: "Online resume",
				url: "https://j-vizcaino.github.io",
			},
			{
				kind: "pdf",
				label: "PDF version",
				url: "https://j-vizcaino.github.io/resume.pdf",
			},
		]);
	});

	it("finds the five sections in document order, each with its slug and kind", () => {
		expect(
			resume.sections.map((entry) => [
				entry.title,
				entry.slug,
				entry.kind === "experience" ? "experience" : entry.category,
			]),
		).toEqual([
			["Experience", "experience", "experience"],
			["Education", "education", "education"],
			["Skills", "skills", "skills"],
			["Foreign languages", "foreign-languages", "languages"],
			["Misc.", "misc", "misc"],
		]);
	});

	it("reads each job's organisation, role, place and dates from its heading", () => {
		const jobs = jobsOf(resume).map(({ organisation, role, place, dates }) => ({
			organisation,
			role,
			place,
			dates,
		}));
		expect(jobs).toStrictEqual([
			{
				organisation: "Datadog",
				role: "Senior Software Engineer",
				place: "Paris",
				dates: { start: "April 2020", end: "Present", startIso: "2020-04" },
			},
			{
				organisation: "Datadog",
				role: "Core Interviewer",
				place: "Paris",
				dates: { start: "January 2018", end: "Present", startIso: "2018-01" },
			},
			{
				organisation: "Datadog",
				role: "Site Reliability Engineer",
				place: "Paris",
				dates: {
					start: "April 2017",
					end: "April 2020",
					startIso: "2017-04",
					endIso: "2020-04",
				},
			},
			{
				organisation: "Ministère de la Défense",
				role: "Senior Software Engineer",
				place: "Paris",
				dates: {
					start: "January 2010",
					end: "April 2017",
					startIso: "2010-01",
					endIso: "2017-04",
				},
			},
			{
				organisation: "Ministère de la Défense",
				role: "Software Engineer",
				place: "Paris",
				dates: {
					start: "January 2004",
					end: "January 2010",
					startIso: "2004-01",
					endIso: "2010-01",
				},
			},
		]);
	});

	it("keeps each job's ### headings as its groups, in order", () => {
		expect(jobsOf(resume).map((job) => job.groups.map((group) => text(group.heading)))).toEqual([
			["Support and improve existing stack", "Develop product features", "Mentoring"],
			[],
			["Improve reliability", "Enable Kubernetes migration for teams"],
			[
				"Support DSP engineers in writing C++ multithreaded applications",
				"Develop signal collector and processing solution",
				"Renew developer environment (~100 users)",
				"Manage Debian repositories and streamline package building",
			],
			["Develop software support for custom hardware"],
		]);
	});

	it("keeps the bullets of a job without groups as the job's own blocks", () => {
		const interviewer = jobsOf(resume)[1];
		expect(interviewer?.blocks.map((block) => block.kind)).toEqual(["list"]);
		expect(itemsIn(interviewer?.blocks ?? [])).toHaveLength(2);
	});

	it("holds every bullet the file writes under each job, word for word", () => {
		const expected = rawJobLines(RESUME_FILE).map(rawBullets);
		expect(expected).toHaveLength(5);
		expect(expected.flat()).toHaveLength(27);
		const actual = jobsOf(resume).map(jobBullets);
		expect(actual.map((bullets) => bullets.length)).toEqual(expected.map((bullets) => bullets.length));
		expect(actual).toEqual(expected);
	});

	it("holds every bullet of the whole file, job or not, as a list item", () => {
		const expected = rawBullets(RESUME_FILE.split("\n"));
		const groupBullets = resume.sections.flatMap((entry) =>
			entry.kind === "experience"
				? entry.jobs.flatMap(jobBullets)
				: entry.groups.flatMap((group) => itemsIn(group.blocks).map((item) => text(item.text))),
		);
		expect(groupBullets).toEqual(expected);
	});

	it("keeps bold words strong and starred words emphasised inside bullets", () => {
		const spans = jobsOf(resume).flatMap((job) =>
			[job.blocks, ...job.groups.map((group) => group.blocks)].flatMap(itemsIn).flatMap((item) => item.text),
		);
		expect(spans.find((span) => span.text === "intake pipeline")).toEqual({
			text: "intake pipeline",
			strong: true,
		});
		expect(spans.find((span) => span.text === "controller-runtime")).toEqual({
			text: "controller-runtime",
			emphasis: true,
		});
		expect(spans.find((span) => span.text.startsWith("Stabilize legacy events"))?.strong).toBeUndefined();
	});

	it("keeps the hard line break of the English paragraph", () => {
		const english = groupsOf(resume, "foreign-languages").find((group) => text(group.heading) === "English");
		expect(paragraphOf(english?.blocks ?? [])).toEqual([
			{ text: "Full professional proficiency" },
			{ text: "\n" },
			{ text: "CEFR: C2" },
		]);
	});

	it("reads the soft line break inside the telemetry bullet as a space", () => {
		const projects = groupsOf(resume, "misc").find((group) => text(group.heading) === "Personal projects");
		expect(text(itemsIn(projects?.blocks ?? [])[0]?.text ?? [])).toBe(
			"Electrical current telemetry at home: Go program decoding frames read from consumer unit, storing them in InfluxDB. User interface showing graphs with Grafana.",
		);
	});

	it("splits the trailing year off each education heading", () => {
		const education = groupsOf(resume, "education").map((group) => [text(group.heading), group.date]);
		expect(education).toEqual([
			["ESIEE Paris", "2004"],
			["AWS Day", "2015"],
			["3COM network switches", "2008"],
			["Linux Kernel Drivers", "2007"],
			["Cryptography and security", "2005"],
		]);
		expect(text(paragraphOf(groupsOf(resume, "education")[0]?.blocks ?? []))).toBe(
			"Master’s degree in computer science",
		);
	});

	it("leaves no group of the other sections with a date it does not have", () => {
		const undated = ["skills", "foreign-languages", "misc"].flatMap((slug) => groupsOf(resume, slug));
		expect(undated.filter((group) => group.date !== undefined)).toEqual([]);
	});

	it("lets no HTML or Markdown syntax leak into any text", () => {
		const spans = everySpan(resume);
		expect(spans.length).toBeGreaterThan(100);
		for (const leak of ["<", ">", "fa-", "email:", "](", "**", "]["]) {
			expect(spans.filter((span) => span.text.includes(leak))).toEqual([]);
		}
	});

	it("gives every section a different slug", () => {
		const slugs = resume.sections.map((entry) => entry.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
	});
});
