import type { Group, Job, Section } from "../resume/model.js";
import { blockLines, type LayoutOptions } from "./block-lines.js";
import { inlineToAnsi } from "./inline-text.js";
import { spreadOrStack, wrapHanging } from "./wrap.js";

/** A section's body (not its title) as wrapped ANSI lines: what a pane scrolls and the printer prints. */
export function sectionLines(section: Section, options: LayoutOptions): string[] {
	return sectionLinesUpTo(section, options, Number.POSITIVE_INFINITY).lines;
}

/**
 * The first lines of a section, at least `atLeast` of them when it has that
 * many, laid out one entry at a time: a first frame wraps what it shows, not
 * the whole section. `complete` says whether every line is there.
 */
export function sectionLinesUpTo(
	section: Section,
	options: LayoutOptions,
	atLeast: number,
): { lines: string[]; complete: boolean } {
	const parts: (() => string[])[] = [
		...(section.blocks.length > 0 ? [() => blockLines(section.blocks, 0, options)] : []),
		...(section.kind === "experience"
			? section.jobs.map((job) => () => jobLines(job, options))
			: section.groups.map((group) => () => groupLines(group, 0, options))),
	];
	const lines: string[] = [];
	for (const [index, part] of parts.entries()) {
		if (lines.length >= atLeast) return { lines, complete: false };
		if (index > 0) lines.push("");
		lines.push(...part());
	}
	return { lines, complete: true };
}

function jobLines(job: Job, options: LayoutOptions): string[] {
	const { styles, width } = options;
	const when = [job.place, job.dates && [job.dates.start, job.dates.end].filter(Boolean).join(" - ")]
		.filter(Boolean)
		.join(", ");
	// The organisation keeps the link its heading gave it (a JSON Resume entry's url).
	const href = job.heading.find((span) => span.href && !span.href.startsWith("mailto:"))?.href;
	const organisation = href ? inlineToAnsi([{ text: job.organisation, href }], options) : job.organisation;
	const title = job.role
		? [
				...wrapHanging(styles.organisation(organisation), width, ""),
				...spreadOrStack(styles.role(job.role), styles.dates(when), width),
			]
		: wrapHanging(styles.organisation(inlineToAnsi(job.heading, options)), width, "");
	const body = [
		...(job.blocks.length > 0 ? [blockLines(job.blocks, 2, options)] : []),
		...job.groups.map((group) => groupLines(group, 2, options)),
	];
	return [...title, ...body.flatMap((part) => ["", ...part])];
}

function groupLines(group: Group, indent: number, options: LayoutOptions): string[] {
	const { styles, width } = options;
	const pad = " ".repeat(indent);
	const heading = styles.groupHeading(inlineToAnsi(group.heading, options));
	const headingLines = group.date
		? spreadOrStack(heading, styles.dates(group.date), width, pad)
		: wrapHanging(heading, width, pad);
	return [...headingLines, ...blockLines(group.blocks, indent + 2, options)];
}
