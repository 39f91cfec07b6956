import type { Block, Resume, Section } from "../resume/model.js";
import type { RichBlockRenderer } from "./block-lines.js";

/**
 * The renderer for bordered tables and code blocks, for a résumé that has
 * either; undefined, without importing anything, for one that has neither, so
 * that most résumés never load marked-terminal and cli-table3.
 */
export async function loadRichBlocksFor(resume: Resume): Promise<RichBlockRenderer | undefined> {
	if (!needsRichBlocks(resume)) return undefined;
	const { richBlocks } = await import("./rich-blocks.js");
	return richBlocks;
}

/** Whether any section holds a table or a code block (drawn by marked-terminal). */
export function needsRichBlocks(resume: Resume): boolean {
	return resume.sections.some((section) => sectionBlocks(section).some(holdsRichBlock));
}

function sectionBlocks(section: Section): readonly Block[] {
	const entries = section.kind === "experience" ? section.jobs.flatMap((job) => [job, ...job.groups]) : section.groups;
	return [...section.blocks, ...entries.flatMap((entry) => entry.blocks)];
}

function holdsRichBlock(block: Block): boolean {
	switch (block.kind) {
		case "table":
		case "code":
			return true;
		case "quote":
			return block.blocks.some(holdsRichBlock);
		case "list":
			return block.items.some((item) => item.children.some(holdsRichBlock));
		default:
			return false;
	}
}
