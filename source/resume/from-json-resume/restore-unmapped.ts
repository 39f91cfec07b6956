/**
 * `meta.unmapped`, written by to-json-resume/to-json-resume.ts for what JSON Resume has no field
 * for, goes back where it came from, so that `--json` of a Markdown résumé read back with
 * `--file` shows everything again.
 */

import { compact } from "../compact.js";
import { lettersOf, plainText } from "../inline.js";
import { jobTitleOf } from "../job-heading.js";
import type { Block, Job } from "../model.js";
import { slugify } from "../slug.js";
import { type Draft, draft } from "./draft.js";
import { group } from "./groups.js";
import { linked, list, paragraphs } from "./text.js";
import { type Json, multiLine, oneLine, strings } from "./values.js";

/**
 * Each `{ section?, heading?, date?, lines }` the exporter kept goes back where it came from:
 * no section → the header; a heading the exporter could not rebuild from a work entry → that job's
 * heading, as written; otherwise the group of that heading (in the section of that title, else
 * wherever a group has that heading), else a new group in that section, made if need be.
 */
export function restoreUnmapped(entries: readonly Json[], drafts: Draft[], keptHeaderLines: string[]): void {
	const reworded = new Set<Job>();
	for (const entry of entries) {
		const lines = strings(entry.lines, multiLine);
		const title = oneLine(entry.section);
		const heading = oneLine(entry.heading);
		const date = oneLine(entry.date);
		if (!title) {
			for (const line of lines) keptHeaderLines.push(line);
			continue;
		}
		const titled = sectionTitled(drafts, title);
		// A job's heading comes alone, without lines or a date (json-resume/work.ts), from a section of jobs.
		const jobHeading = heading && !date && lines.length === 0 && (!titled || titled.category === "experience");
		if (jobHeading && rewordJob(drafts, heading, reworded)) continue;
		const target = titled ?? sectionWithGroup(drafts, heading) ?? newSection(drafts, title);
		putBack(target, heading, date, linesAsBlocks(lines));
	}
}

/**
 * The first job not yet reworded that the heading is about shows it as written. A heading the
 * Markdown reader splits into this job's organisation and a role ("Intern at Globex, Summer 2011")
 * gives the job its role and dates as written, the season kept; any other that starts with the
 * organisation is shown whole.
 */
function rewordJob(drafts: readonly Draft[], heading: string, reworded: Set<Job>): boolean {
	const wanted = lettersOf(heading);
	const text = linked(heading);
	const title = jobTitleOf(text);
	const sameOrganisation = (job: Job) =>
		title.role !== "" && lettersOf(title.organisation) === lettersOf(job.organisation);
	const matches = (job: Job) => {
		const organisation = lettersOf(job.organisation);
		return !reworded.has(job) && organisation !== "" && (wanted.startsWith(organisation) || sameOrganisation(job));
	};
	for (const section of drafts) {
		const index = section.jobs.findIndex(matches);
		const job = section.jobs[index];
		if (!job) continue;
		// Views show the heading itself when a job has no role (render/section-lines.ts).
		const { dates: _dates, place: _place, ...undated } = job;
		const rewritten = sameOrganisation(job)
			? { ...undated, ...title, heading: text }
			: { ...job, role: "", heading: text };
		section.jobs[index] = rewritten;
		reworded.add(rewritten);
		return true;
	}
	return false;
}

function sectionTitled(drafts: readonly Draft[], title: string): Draft | undefined {
	return drafts.find((section) => slugify(section.title) === slugify(title));
}

function sectionWithGroup(drafts: readonly Draft[], heading: string | undefined): Draft | undefined {
	return heading === undefined ? undefined : drafts.find((section) => findGroup(section, heading) !== -1);
}

function newSection(drafts: Draft[], title: string): Draft {
	const section = draft(title, "other", {});
	drafts.push(section);
	return section;
}

function findGroup(section: Draft, heading: string): number {
	return section.groups.findIndex((candidate) => plainText(candidate.heading) === heading);
}

function putBack(
	section: Draft,
	heading: string | undefined,
	date: string | undefined,
	blocks: readonly Block[],
): void {
	if (heading === undefined) {
		for (const block of blocks) section.blocks.push(block);
	} else if (section.category === "experience") {
		const text = linked(date ? `${heading} ${date}` : heading);
		section.jobs.push({ organisation: heading, role: "", heading: text, blocks: [...blocks], groups: [] });
	} else {
		const index = findGroup(section, heading);
		const found = section.groups[index];
		// The written date says more than the ISO one the entry was rebuilt from ("Summer 2004").
		if (found)
			section.groups[index] = compact({ ...found, date: date ?? found.date, blocks: [...found.blocks, ...blocks] });
		else section.groups.push(group(linked(heading), date, blocks));
	}
}

/** The exporter writes one line per paragraph or list item: one line reads as a paragraph, more as a list. */
function linesAsBlocks(lines: readonly string[]): Block[] {
	return lines.length === 1 ? paragraphs(lines[0]) : list(lines);
}
