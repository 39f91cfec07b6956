/** A section while meta.unmapped entries may still join it, and the section it becomes. */

import type { EntryList } from "../entry-fields.js";
import type { Block, Group, Job, Section, SectionCategory } from "../model.js";
import { slugify } from "../slug.js";

export type Draft = {
	readonly title: string;
	readonly category: SectionCategory;
	readonly blocks: Block[];
	readonly jobs: Job[];
	readonly groups: Group[];
	readonly list?: EntryList;
};

export function draft(title: string, category: SectionCategory, content: Partial<Draft>): Draft {
	return { title, category, blocks: [], jobs: [], groups: [], ...content };
}

export function isEmpty(section: Draft): boolean {
	return section.blocks.length + section.jobs.length + section.groups.length === 0;
}

export function sectionOf({ title, category, blocks, jobs, groups, list }: Draft): Section {
	const base = { title, slug: slugify(title) || "section", blocks, ...(list ? { list } : {}) };
	return category === "experience"
		? { ...base, kind: "experience", jobs }
		: { ...base, kind: "groups", category, groups };
}
