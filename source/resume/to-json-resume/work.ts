import { compact, nonEmpty } from "../compact.js";
import { lettersOf, plainText } from "../inline.js";
import type { Group, Job } from "../model.js";
import type { Collected } from "./collected.js";
import { fullyIso } from "./iso-dates.js";
import { firstHref, linesOf, textOf } from "./plain-lines.js";
import { keepUnmapped } from "./unmapped.js";

/**
 * A job → one work or volunteer entry; a heading the entry cannot say again is kept unmapped as
 * written. A volunteer entry has no location in the schema: a place keeps the heading unmapped.
 */
export function collectJob(section: string, job: Job, into: Collected, list: "work" | "volunteer" = "work"): void {
	const paragraphs = job.blocks.filter((block) => block.kind === "paragraph");
	const others = job.blocks.filter((block) => block.kind !== "paragraph");
	const highlights = [...linesOf(others, " "), ...job.groups.flatMap(groupHighlights)];
	const common = {
		position: job.role || undefined,
		location: list === "work" ? job.place : undefined,
		url: firstHref(job.heading),
		startDate: job.dates?.startIso,
		endDate: job.dates?.endIso,
		summary: linesOf(paragraphs, "\n").join("\n\n") || undefined,
		highlights: nonEmpty(highlights),
	};
	if (list === "work") into.work.push(compact({ name: job.organisation, ...common }));
	else into.volunteer.push(compact({ organization: job.organisation, ...common }));
	const placeLost = list === "volunteer" && job.place !== undefined;
	if (placeLost || !headingKept(job)) keepUnmapped(into, { section, heading: plainText(job.heading) }, [], true);
}

/** Each bullet of a group, prefixed with the group's heading so it reads alone. */
function groupHighlights(group: Group): string[] {
	const heading = textOf(group.heading, " ");
	const label = group.date ? `${heading} (${group.date})` : heading;
	const lines = linesOf(group.blocks, " ");
	return lines.length > 0 ? lines.map((line) => `${label}: ${line}`) : [label];
}

/** Whether organisation, role, place and ISO dates say everything the heading did. */
function headingKept(job: Job): boolean {
	if (!job.role || (job.dates && !fullyIso(job.dates))) return false;
	const parts = [job.organisation, job.role, job.place, job.dates?.start, job.dates?.end];
	if (lettersOf(plainText(job.heading)) === lettersOf(parts.join(" "))) return true;
	// "Teacher at Marion schools, 1937 - 1953": the same words in another order, and an "at".
	return sortedWords(plainText(job.heading)) === sortedWords(parts.join(" "));
}

function sortedWords(text: string): string {
	const words = text.toLowerCase().match(/[\p{Letter}\p{Number}]+/gu) ?? [];
	return words
		.filter((word) => word !== "at")
		.sort()
		.join(" ");
}
