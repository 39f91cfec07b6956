// The real résumé through --json and back with --file: its owner edits these tests with it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromJsonResume } from "../../source/resume/from-json-resume/from-json-resume.js";
import type { Block, Group, Job, Resume } from "../../source/resume/model.js";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";
import { toJsonResume } from "../../source/resume/to-json-resume/to-json-resume.js";
import { schemaErrors } from "../helpers/json-resume-schema.js";

import { allText, blockLines, groups, jobs, read, readGroup, text } from "../resume/helpers/json-import.js";

/** Words only, so that "Mentoring: Onboard …" as one highlight still holds the heading and the bullet. */
function words(value: string): string {
	return ` ${(value.toLowerCase().match(/[\p{Letter}\p{Number}]+/gu) ?? []).join(" ")} `;
}

/** Every job heading, group heading, paragraph and bullet of a résumé: what must survive a round trip. */
function headingsAndBullets(resume: Resume): string[] {
	const ofBlocks = (blocks: readonly Block[]) => blockLines(blocks).map((line) => line.replace(/^• /u, ""));
	const ofGroup = (group: Group) => [text(group.heading), ...ofBlocks(group.blocks)];
	return resume.sections.flatMap((part) =>
		part.kind === "experience"
			? part.jobs.flatMap((job) => [text(job.heading), ...ofBlocks(job.blocks), ...job.groups.flatMap(ofGroup)])
			: part.groups.flatMap(ofGroup),
	);
}

describe("the real résumé through --json and back with --file", () => {
	const original = parseMarkdown(readFileSync(new URL("../../content/resume.md", import.meta.url), "utf8"));
	if (!original.ok) throw new Error(original.error);
	// Through JSON text, as a file would carry it.
	const roundTripped = read(JSON.parse(JSON.stringify(toJsonResume(original.resume))));
	const shown = words(allText(roundTripped));

	it("shows every job heading, group heading, paragraph and bullet again", () => {
		const missing = headingsAndBullets(original.resume).filter((line) => !shown.includes(words(line)));
		expect(missing).toEqual([]);
	});

	it("keeps the header: name, title, location and every contact's address", () => {
		const { basics } = original.resume;
		expect(roundTripped.basics).toMatchObject({ name: basics.name, title: basics.title, location: basics.location });
		const addresses = (resume: Resume) =>
			resume.basics.contacts.map((contact) => `${contact.kind} ${contact.url}`).sort();
		expect(addresses(roundTripped)).toEqual(addresses(original.resume));
	});

	it("keeps each job's organisation, role, place and dates", () => {
		const fields = (job: Job) => [job.organisation, job.role, job.place, job.dates];
		expect(jobs(roundTripped, "Experience").map(fields)).toEqual(jobs(original.resume, "Experience").map(fields));
	});

	it("gives a language's fluency its line breaks back", () => {
		expect(groups(roundTripped, "Languages").map(readGroup)[0]).toEqual({
			heading: "English",
			lines: ["Full professional proficiency\nCEFR: C2"],
		});
	});
});
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
