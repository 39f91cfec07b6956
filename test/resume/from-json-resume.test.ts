import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Group } from "../../source/resume/model.js";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";
import { toJsonResume } from "../../source/resume/to-json-resume/to-json-resume.js";

import { allText, blockLines, groups, jobs, read, readGroup, refusal, section, text } from "./helpers/json-import.js";

const FULL = JSON.parse(readFileSync(new URL("../fixtures/full.resume.json", import.meta.url), "utf8")) as unknown;

describe("a JSON Resume document read with --file", () => {
	const resume = read(FULL);

	it("names the person, their title and where they live, the country spelled out", () => {
		expect(resume.basics).toMatchObject({
			name: "Katherine Johnson",
			title: "Research Mathematician",
			location: "Hampton, Virginia, United States",
		});
	});

	it("turns the e-mail, phone, website and profiles into contacts, and keeps what has no link as text", () => {
		expect(resume.basics.contacts).toEqual([
			{ kind: "email", label: "katherine@example.org", url: "mailto:katherine@example.org" },
			{ kind: "phone", label: "+1 757 555 0100", url: "tel:+17575550100" },
			{ kind: "website", label: "https://example.org/katherine", url: "https://example.org/katherine" },
			{ kind: "github", label: "https://github.com/kjohnson", url: "https://github.com/kjohnson" },
			{
				kind: "linkedin",
				label: "https://www.linkedin.com/in/katherine-johnson",
				url: "https://www.linkedin.com/in/katherine-johnson",
			},
			{ kind: "pdf", label: "Curriculum vitae", url: "https://example.org/katherine.pdf" },
		]);
		expect(resume.basics.extra.map(text)).toEqual(["Mastodon: @kj@example.social", "1 Langley Boulevard, 23665"]);
	});

	it("opens on the summary, then follows the schema's order of sections, then what meta.unmapped adds", () => {
		expect(resume.sections.map((part) => [part.title, part.slug])).toEqual([
			["Summary", "summary"],
			["Experience", "experience"],
			["Volunteering", "volunteering"],
			["Education", "education"],
			["Awards", "awards"],
			["Certificates", "certificates"],
			["Publications", "publications"],
			["Skills", "skills"],
			["Languages", "languages"],
			["Interests", "interests"],
			["References", "references"],
			["Projects", "projects"],
			["Misc.", "misc"],
		]);
		expect(blockLines(section(resume, "Summary").blocks)).toEqual([
			"Computes trajectories by hand and by machine.",
			"Trusted by astronauts to check the computer.",
		]);
	});

	it("reads work as jobs with readable dates, an ongoing one ending in Present, the ISO dates kept", () => {
		const [nasa, naca] = jobs(resume, "Experience");
		expect(nasa).toMatchObject({
			organisation: "NASA",
			role: "Aerospace Technologist",
			place: "Hampton",
			dates: { start: "October 1958", end: "Present", startIso: "1958-10" },
		});
		expect(nasa?.dates).not.toHaveProperty("endIso");
		expect(nasa?.heading[0]).toEqual({ text: "NASA", href: "https://www.nasa.gov" });
		expect(blockLines(nasa?.blocks ?? [])).toEqual([
			"Trajectory analysis for crewed flights.",
			"• Compute the trajectory of Freedom 7.",
			"• Verify the orbital equations of Friendship 7.",
		]);
		expect(naca?.dates).toEqual({
			start: "1 June 1953",
			end: "September 1958",
			startIso: "1953-06-01",
			endIso: "1958-09",
		});
	});

	it("reads volunteering as jobs of their own section", () => {
		expect(jobs(resume, "Volunteering")).toMatchObject([
			{ organisation: "Alpha Kappa Alpha", role: "Mentor", dates: { start: "1960", end: "1970" } },
		]);
	});

	it("reads a school as a dated group saying the degree, score and courses", () => {
		const [school] = groups(resume, "Education");
		expect(school?.heading).toEqual([{ text: "West Virginia State College", href: "https://www.wvstateu.edu" }]);
		expect(readGroup(school as Group)).toEqual({
			heading: "West Virginia State College",
			// The date as the exporter kept it in meta.unmapped says more than the ISO years.
			date: "Fall 1933 - Spring 1937",
			lines: [
				"Bachelor of Science in Mathematics and French",
				"Score: Summa cum laude",
				"• Analytic geometry of space",
				"Youngest in her class.",
			],
		});
	});

	it("reads awards, certificates, publications, references and projects as dated, linked groups", () => {
		expect(groups(resume, "Awards").map(readGroup)).toEqual([
			{
				heading: "Presidential Medal of Freedom",
				date: "24 November 2015",
				lines: ["Awarded by Barack Obama", "The highest civilian honour."],
			},
		]);
		expect(groups(resume, "Certificates").map(readGroup)).toEqual([
			{ heading: "Flight Research Certificate", date: "January 1960", lines: ["Issued by NASA"] },
		]);
		expect(groups(resume, "Publications").map(readGroup)).toEqual([
			{
				heading: "Determination of Azimuth Angle at Burnout",
				date: "1960",
				lines: ["Published by NASA", "Placing a satellite over a specified position."],
			},
		]);
		expect(groups(resume, "References").map(readGroup)).toEqual([
			{ heading: "John Glenn", lines: ["Get the girl to check the numbers."] },
		]);
		expect(groups(resume, "Projects").map(readGroup)).toEqual([
			{
				heading: "Project Mercury",
				date: "1958 - 1963",
				lines: [
					"The first American crewed spaceflights.",
					"• Hand-check the IBM 7090 results.",
					"Roles: Mathematician",
					"Keywords: Trajectories, Orbits",
				],
			},
		]);
		expect(groups(resume, "Publications")[0]?.heading[0]?.href).toBe("https://ntrs.nasa.gov/citations/19980227091");
	});

	it("reads skills, languages and interests as groups of keywords or fluency", () => {
		expect(groups(resume, "Skills").map(readGroup)).toEqual([
			{ heading: "Mathematics", lines: ["Master", "• Analytic geometry", "• Orbital mechanics"] },
		]);
		expect(groups(resume, "Languages").map(readGroup)).toEqual([
			{ heading: "English", lines: ["Native speaker"] },
			{ heading: "French", lines: ["Fluent"] },
		]);
		expect(groups(resume, "Interests").map(readGroup)).toEqual([
			{ heading: "Music", lines: ["• Piano", "• Church choir"] },
		]);
	});

	it("puts meta.unmapped back: section text into its section, an unknown section's group into a new one", () => {
		expect(blockLines(section(resume, "Experience").blocks)).toEqual(["Thirty-three years at Langley."]);
		expect(groups(resume, "Misc.").map(readGroup)).toEqual([{ heading: "Security clearance", lines: ["Secret"] }]);
	});
});

describe("a JSON document that is not a usable résumé", () => {
	it("is refused when it names nobody", () => {
		const expected = "not a JSON Resume document: it needs basics.name, the person's name";
		for (const document of [null, 42, "Ada", [], {}, { basics: [] }, { basics: {} }, { basics: { name: " \n " } }]) {
			expect(refusal(document)).toBe(expected);
		}
	});

	it("is refused when it has a name and nothing else to show", () => {
		expect(refusal({ basics: { name: "Ada" } })).toBe(
			"no sections found: the JSON Resume document has nothing besides basics",
		);
	});

	it("is read leniently when fields have the wrong type: they are left out", () => {
		const resume = read({
			basics: { name: "Ada", label: 7, location: "London", profiles: "none", email: ["a@b.org"] },
			work: { name: "not a list" },
			skills: [null, 1, "Go", { name: "Go", keywords: "Go, Rust" }, { keywords: ["Rust", 3, null] }],
		});
		const { fields, ...shown } = resume.basics;
		expect(shown).toEqual({ name: "Ada", title: "7", contacts: [], extra: [] });
		expect(resume.sections.map((part) => part.title)).toEqual(["Skills"]);
		expect(groups(resume, "Skills").map(readGroup)).toEqual([
			{ heading: "Go", lines: [] },
			{ heading: "", lines: ["• Rust", "• 3"] },
		]);
	});
});

describe("untrusted text in a JSON Resume document", () => {
	it("never links to a javascript: URL, and keeps the text it was attached to", () => {
		const resume = read({
			basics: {
				name: "Mallory",
				url: "javascript:alert(1)",
				profiles: [{ network: "Evil", username: "mallory", url: "javascript:alert(2)" }],
			},
			work: [
				{
					name: "Acme",
					position: "Engineer",
					url: "JavaScript:alert(3)",
					highlights: ["Click javascript:alert(4) or https://example.org/ok."],
				},
			],
			projects: [{ name: "Trap", url: "javascript:alert(5)" }],
		});
		expect(resume.basics.contacts).toEqual([]);
		expect(resume.basics.extra.map(text)).toEqual(["Evil: mallory"]);
		const [job] = jobs(resume, "Experience");
		expect(job?.heading[0]).toEqual({ text: "Acme" });
		const [list] = job?.blocks ?? [];
		expect(list?.kind === "list" ? list.items[0]?.text : undefined).toEqual([
			{ text: "Click javascript:alert(4) or " },
			{ text: "https://example.org/ok", href: "https://example.org/ok" },
			{ text: "." },
		]);
		expect(groups(resume, "Projects")[0]?.heading).toEqual([{ text: "Trap" }]);
		expect(JSON.stringify(resume)).not.toMatch(/"href":"javascript/i);
	});

	it("strips escape sequences and control characters from every string", () => {
		const resume = read({
			basics: {
				name: "\u001b[31mMallory\u001b[0m",
				label: "Ops\u0007 engineer",
				summary: "Clears\u001b[2J the screen\u009b?25l",
				location: { city: "Paris\u0000" },
			},
			work: [
				{ name: "Acme\u001b]8;;https://evil.example\u0007", position: "Dev\u202e", highlights: ["a\u0008b\u007fc"] },
			],
			meta: { unmapped: [{ section: "Misc.\u001b", heading: "Note\u0085", lines: ["x\u001bcy"] }] },
		});
		expect(resume.basics).toMatchObject({ name: "Mallory", title: "Ops engineer", location: "Paris" });
		expect(blockLines(section(resume, "Summary").blocks)).toEqual(["Clears the screen"]);
		expect(jobs(resume, "Experience")[0]).toMatchObject({ organisation: "Acme", role: "Dev" });
		expect(blockLines(jobs(resume, "Experience")[0]?.blocks ?? [])).toEqual(["• abc"]);
		expect(groups(resume, "Misc.").map(readGroup)).toEqual([{ heading: "Note", lines: ["xy"] }]);
		// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
		expect(allText(resume)).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
	});
});

describe("a Markdown résumé off the template, through --json and back", () => {
	const markdown = [
		"# Ada Lovelace",
		"## Experience",
		"### Acme _Developer_ _Summer 2020_",
		"* Ship the engine.",
		"### Freelance consulting",
		"* Advise on notation.",
		"## Education",
		"### Private tutoring _Autumn 1832_",
		"Mathematics and logic",
		"* Taught by De Morgan",
		"## Volunteering",
		"### Mechanics' Institute",
		"Evening classes.",
	].join("\n\n");
	const original = parseMarkdown(markdown);
	if (!original.ok) throw new Error(original.error);
	const resume = read(JSON.parse(JSON.stringify(toJsonResume(original.resume))));

	it("shows a job heading JSON Resume could not hold as it was written", () => {
		expect(jobs(resume, "Experience").map((job) => [text(job.heading), job.role, blockLines(job.blocks)])).toEqual([
			["Acme Developer Summer 2020", "", ["• Ship the engine."]],
			["Freelance consulting", "", ["• Advise on notation."]],
		]);
	});

	it("gives a school its written date and the lines that had no field back", () => {
		expect(groups(resume, "Education").map(readGroup)).toEqual([
			{ heading: "Private tutoring", date: "Autumn 1832", lines: ["Mathematics and logic", "Taught by De Morgan"] },
		]);
	});

	it("brings volunteering back as volunteering, not as work", () => {
		expect(jobs(resume, "Volunteering").map((job) => [job.organisation, blockLines(job.blocks)])).toEqual([
			["Mechanics' Institute", ["Evening classes."]],
		]);
		expect(jobs(resume, "Experience")).toHaveLength(2);
	});
});

describe("text from a JSON document as the views need it", () => {
	it("reads tabs as spaces, and drops combining marks that start a field or a line", () => {
		const resume = read({
			basics: { name: "\u0301Ada\tLovelace", summary: "\u0301First\tline\n\u0301second line" },
		});
		expect(resume.basics.name).toBe("Ada Lovelace");
		expect(section(resume, "Summary").blocks).toEqual([
			{ kind: "paragraph", text: [{ text: "First line" }, { text: "\n" }, { text: "second line" }] },
		]);
	});

	it("reads a name of 50,000 spaces around a line break, and a header line of 25,000 dots", () => {
		const resume = read({
			basics: { name: `Ada${" ".repeat(50_000)}\n${" ".repeat(50_000)}Lovelace` },
			meta: { unmapped: [{ lines: [`a@${"b.".repeat(25_000)}@`] }, { section: "Notes", lines: ["x"] }] },
		});
		expect(resume.basics.name).toBe("Ada Lovelace");
		expect(resume.basics.contacts).toEqual([]);
	});

	it("reads and writes back 200,000 header lines and project highlights without overflowing the stack", () => {
		const many = Array.from({ length: 200_000 }, (_, index) => `line ${index}`);
		const resume = read({
			basics: { name: "Ada" },
			projects: [{ name: "Engine", highlights: many }],
			meta: { unmapped: [{ lines: many }] },
		});
		expect(resume.basics.extra).toHaveLength(200_000);
		expect(toJsonResume(resume).projects?.[0]?.highlights).toHaveLength(200_000);
	});
});
