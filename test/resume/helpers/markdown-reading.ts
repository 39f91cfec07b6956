import type { Block, Inline, Job, ListItem, Resume, Section, Span } from "../../../source/resume/model.js";
import { parseMarkdown } from "../../../source/resume/parse-markdown.js";

export function parsed(markdown: string): Resume {
	const result = parseMarkdown(markdown);
	if (!result.ok) throw new Error(`expected the Markdown to parse, got: ${result.error}`);
	return result.resume;
}

export function failure(markdown: string): string {
	const result = parseMarkdown(markdown);
	if (result.ok) throw new Error("expected the Markdown to be refused");
	return result.error;
}

export const text = (inline: Inline): string => inline.map((span) => span.text).join("");

export function section(resume: Resume, slug: string): Section {
	const found = resume.sections.find((candidate) => candidate.slug === slug);
	if (!found) throw new Error(`no section ${slug} among ${resume.sections.map((s) => s.slug).join(", ")}`);
	return found;
}

export function jobsOf(resume: Resume, slug = "experience"): readonly Job[] {
	const found = section(resume, slug);
	if (found.kind !== "experience") throw new Error(`${slug} is not an experience section`);
	return found.jobs;
}

export function groupsOf(resume: Resume, slug: string) {
	const found = section(resume, slug);
	if (found.kind !== "groups") throw new Error(`${slug} is not a section of groups`);
	return found.groups;
}

/** The blocks of the one group of a one-group section: what most edge cases write. */
export function onlyGroupBlocks(resume: Resume): readonly Block[] {
	const [first] = resume.sections;
	if (first?.kind !== "groups" || first.groups.length !== 1 || !first.groups[0]) {
		throw new Error("expected one section holding one group");
	}
	return first.groups[0].blocks;
}

export function paragraphOf(blocks: readonly Block[]): Inline {
	const [first] = blocks;
	if (first?.kind !== "paragraph") throw new Error(`expected a paragraph, got ${first?.kind}`);
	return first.text;
}

export function listsIn(blocks: readonly Block[]) {
	return blocks.flatMap((block) => (block.kind === "list" ? [block] : []));
}

/** Every list item of some blocks, nested ones after their parent, in reading order. */
export function itemsIn(blocks: readonly Block[]): ListItem[] {
	return listsIn(blocks).flatMap((list) => list.items.flatMap((item) => [item, ...itemsIn(item.children)]));
}

export function jobBullets(job: Job): string[] {
	return [job.blocks, ...job.groups.map((group) => group.blocks)].flatMap(itemsIn).map((item) => text(item.text));
}

/** Every span the résumé holds, wherever it sits, with contacts and titles as spans too. */
export function everySpan(resume: Resume): Span[] {
	const { basics } = resume;
	const spans: Span[] = [basics.name, basics.title ?? "", basics.location ?? ""].map((value) => ({ text: value }));
	spans.push(...basics.contacts.flatMap((contact) => [{ text: contact.label }, { text: contact.url }]));
	spans.push(...basics.extra.flat());
	const fromBlocks = (blocks: readonly Block[]): Span[] =>
		blocks.flatMap((block): Span[] => {
			switch (block.kind) {
				case "paragraph":
				case "heading":
					return [...block.text];
				case "list":
					return block.items.flatMap((item) => [...item.text, ...fromBlocks(item.children)]);
				case "quote":
					return fromBlocks(block.blocks);
				case "table":
					return [...block.header, ...block.rows.flat()].flat();
				case "code":
					return [{ text: block.text }];
				default:
					return [];
			}
		});
	for (const entry of resume.sections) {
		spans.push({ text: entry.title }, ...fromBlocks(entry.blocks));
		const groups = entry.kind === "experience" ? entry.jobs.flatMap((job) => job.groups) : entry.groups;
		if (entry.kind === "experience") {
			spans.push(...entry.jobs.flatMap((job) => [...job.heading, ...fromBlocks(job.blocks)]));
		}
		spans.push(
			...groups.flatMap((group) => [...group.heading, { text: group.date ?? "" }, ...fromBlocks(group.blocks)]),
		);
	}
	return spans;
}
