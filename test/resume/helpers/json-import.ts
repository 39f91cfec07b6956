import { fromJsonResume } from "../../../source/resume/from-json-resume/from-json-resume.js";
import type { Block, Group, Inline, Job, Resume, Section } from "../../../source/resume/model.js";

export function read(document: unknown): Resume {
	const result = fromJsonResume(document);
	if (!result.ok) throw new Error(`expected a résumé, got: ${result.error}`);
	return result.resume;
}

export function refusal(document: unknown): string {
	const result = fromJsonResume(document);
	if (result.ok) throw new Error("expected the document to be refused");
	return result.error;
}

export const text = (inline: Inline): string => inline.map((span) => span.text).join("");

export function section(resume: Resume, title: string): Section {
	const found = resume.sections.find((candidate) => candidate.title === title);
	if (!found) throw new Error(`no section ${title} among ${resume.sections.map((s) => s.title).join(", ")}`);
	return found;
}

export function jobs(resume: Resume, title: string): readonly Job[] {
	const found = section(resume, title);
	if (found.kind !== "experience") throw new Error(`${title} holds no jobs`);
	return found.jobs;
}

export function groups(resume: Resume, title: string): readonly Group[] {
	const found = section(resume, title);
	if (found.kind !== "groups") throw new Error(`${title} holds no groups`);
	return found.groups;
}

/** A group as a person reads it: heading, date, then one line per paragraph or bullet. */
export function readGroup(group: Group): { heading: string; date?: string; lines: string[] } {
	return { heading: text(group.heading), date: group.date || undefined, lines: blockLines(group.blocks) };
}

export function blockLines(blocks: readonly Block[]): string[] {
	return blocks.flatMap(linesOfBlock);
}

export function linesOfBlock(block: Block): string[] {
	switch (block.kind) {
		case "paragraph":
		case "heading":
			return [text(block.text)];
		case "list":
			return block.items.flatMap((item) => [`• ${text(item.text)}`, ...blockLines(item.children)]);
		case "code":
			return [block.text];
		case "quote":
			return blockLines(block.blocks);
		case "table":
			return [block.header, ...block.rows].map((row) => row.map(text).join(" | "));
		case "rule":
			return [];
	}
}

/** Every piece of text the model holds, in reading order: what some view could show. */
export function allText(resume: Resume): string {
	const { basics } = resume;
	const header = [
		basics.name,
		basics.title ?? "",
		basics.location ?? "",
		...basics.extra.map(text),
		...basics.contacts.flatMap((contact) => [contact.label, contact.url]),
	];
	const sections = resume.sections.flatMap((part) => [
		part.title,
		...blockLines(part.blocks),
		...(part.kind === "experience" ? part.jobs.flatMap(jobText) : part.groups.flatMap(groupText)),
	]);
	return [...header, ...sections].join("\n");
}

export function jobText(job: Job): string[] {
	const dates = job.dates ? [job.dates.start, job.dates.end ?? ""] : [];
	const title = job.role ? [job.organisation, job.role, job.place ?? "", ...dates] : [text(job.heading)];
	return [...title, ...blockLines(job.blocks), ...job.groups.flatMap(groupText)];
}

export function groupText(group: Group): string[] {
	return [text(group.heading), group.date ?? "", ...blockLines(group.blocks)];
}
