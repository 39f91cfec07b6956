import { compact, nonEmpty } from "../compact.js";
import { plainText } from "../inline.js";
import type { Group, Section } from "../model.js";
import type { Collected } from "./collected.js";
import { collectEducation } from "./education.js";
import { itemText, linesOf, textOf } from "./plain-lines.js";
import type { JsonResumeProject } from "./types.js";
import { keepUnmapped } from "./unmapped.js";

type GroupSection = Extract<Section, { kind: "groups" }>;

type Destination = "education" | "skills" | "languages" | "interests" | "projects" | "unmapped";

/** A `###` group → an entry of the list its destination names; what that cannot hold is unmapped. */
export function collectGroup(section: GroupSection, group: Group, into: Collected): void {
	const heading = textOf(group.heading, " ");
	const where = { section: section.title, heading, date: group.date };
	const lists = group.blocks.flatMap((block) => (block.kind === "list" ? [block] : []));
	const notLists = group.blocks.filter((block) => block.kind !== "list");
	const items = lists.flatMap((list) => list.items.map((item) => itemText(item, " ")));
	switch (destinationOf(section, group)) {
		case "education":
			collectEducation(where, group, into);
			return;
		case "skills":
			into.skills.push(compact({ name: heading, keywords: nonEmpty(items) }));
			keepUnmapped(into, where, linesOf(notLists, "\n"));
			return;
		case "interests":
			into.interests.push(compact({ name: heading, keywords: nonEmpty(items) }));
			keepUnmapped(into, where, linesOf(notLists, "\n"));
			return;
		case "languages":
			into.languages.push(
				compact({
					language: heading,
					fluency: linesOf(group.blocks, "; ").join("; ") || undefined,
				}),
			);
			return;
		case "projects":
			if (items.length === 0) {
				// A project written as its own heading (as a JSON Resume import makes it), not as a bullet.
				into.projects.push(
					compact({ name: heading, description: linesOf(group.blocks, "\n").join("\n") || undefined }),
				);
				return;
			}
			for (const item of items) into.projects.push(projectOf(item));
			// The heading ("Personal projects") is the résumé's own words: kept even when only bullets follow.
			keepUnmapped(into, where, linesOf(notLists, "\n"), true);
			return;
		case "unmapped":
			into.unmapped.push(compact({ ...where, lines: linesOf(group.blocks, "\n") }));
	}
}

/** Where a group goes: its section's category, or for Misc. and unknown sections, what its heading says. */
function destinationOf(section: GroupSection, group: Group): Destination {
	switch (section.category) {
		case "education":
		case "skills":
		case "languages":
			return section.category;
		case "misc":
			return miscDestination(plainText(group.heading)) ?? miscDestination(section.title) ?? "unmapped";
		default:
			return miscDestination(section.title) ?? "unmapped";
	}
}

function miscDestination(title: string): "interests" | "projects" | undefined {
	if (/project|projet/i.test(title)) return "projects";
	if (/reading|lecture|hobb|interest|intérêt|loisir|passion/i.test(title)) return "interests";
	return undefined;
}

/** "Electrical current telemetry at home: Go program …" → name and description. */
function projectOf(item: string): JsonResumeProject {
	const colon = item.indexOf(": ");
	if (colon <= 0) return { name: item };
	return { name: item.slice(0, colon), description: item.slice(colon + 2) };
}
