// The real résumé exported with --json: its owner edits these tests with it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { JsonResume } from "../../source/resume/to-json-resume/to-json-resume.js";

import { jsonResumeOf, schemaErrors } from "../resume/helpers/json-export.js";

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
