/**
 * Sections whose title names a JSON Resume list (Summary, Awards, Certificates, Publications,
 * References, Projects, and the items of Skills, Languages and Interests written without `###`
 * groups): their lines and groups → entries of that list. A line that fits no field is unmapped.
 */

import { compact, nonEmpty } from "../compact.js";
import { splitPlaceAndDates } from "../dates.js";
import type { Block, Group, Section } from "../model.js";
import type { Collected } from "./collected.js";
import { entryLine, namedList } from "./entry-line.js";
import { fullyIso } from "./iso-dates.js";
import { firstHref, itemText, linesOf, textOf } from "./plain-lines.js";
import { keepUnmapped, type Where } from "./unmapped.js";

type GroupSection = Extract<Section, { kind: "groups" }>;

/** The lists whose groups this file reads; the others are read by groups.ts. */
const GROUP_LISTS = new Set(["summary", "awards", "certificates", "publications", "references", "projects"]);

export function readsGroupsOf(section: GroupSection): boolean {
	return section.list !== undefined && GROUP_LISTS.has(section.list);
}

/** A section's own blocks, before its first group: each line an entry where its list can hold it. */
export function collectSectionBlocks(section: Section, into: Collected): void {
	const where = { section: section.title };
	const unmapped: string[] = [];
	for (const block of section.blocks) {
		const lines = entryTexts(block);
		if (lines === undefined || section.list === undefined) {
			unmapped.push(...linesOf([block], "\n"));
			continue;
		}
		for (const { text, href, table } of lines) {
			if (!collectLine(section.list, text, href, table, into)) unmapped.push(text);
		}
	}
	keepUnmapped(into, where, unmapped);
}

type EntryText = { readonly text: string; readonly href?: string; readonly table?: readonly string[] };

/** The entries a block writes: a list's items, a paragraph's lines, a table's rows; undefined for code and rules. */
function entryTexts(block: Block): EntryText[] | undefined {
	switch (block.kind) {
		case "list":
			return block.items.map((item) => {
				// The link is the entry's url: its address is not written into the name as well.
				const href = firstHref(item.text);
				return { text: href ? itemText(item, " ").replace(` (${href})`, "") : itemText(item, " "), href };
			});
		case "paragraph":
			return textOf(block.text, "\n")
				.split("\n")
				.filter((line) => line.trim() !== "")
				.map((text) => ({ text, href: firstHref(block.text) }));
		case "table":
			return block.rows.map((row) => {
				const cells = row.map((cell) => textOf(cell, " ").trim());
				return { text: cells.join(" | "), table: cells };
			});
		default:
			return undefined;
	}
}

/** One line → one entry of the list; false when the list cannot hold it. */
function collectLine(
	list: NonNullable<Section["list"]>,
	text: string,
	href: string | undefined,
	table: readonly string[] | undefined,
	into: Collected,
): boolean {
	switch (list) {
		case "summary":
			into.summary.push(text);
			return true;
		case "skills": {
			const [name, ...rest] = table ?? [];
			const named = table ? { name: name ?? "", keywords: splitKeywords(rest.join(", ")) } : namedList(text);
			into.skills.push(named ? compact({ name: named.name, keywords: nonEmpty(named.keywords) }) : { name: text });
			return true;
		}
		case "interests": {
			const named = namedList(text);
			if (named) into.interests.push({ name: named.name, keywords: named.keywords });
			else for (const name of interestsIn(text)) into.interests.push({ name });
			return true;
		}
		case "languages": {
			// "German (native)" as "French: B1" says it.
			const bracketed = /^([^()]+?)\s*\(([^()]+)\)$/u.exec(text);
			const { name, details } =
				bracketed?.[1] && bracketed[2] ? { name: bracketed[1], details: [bracketed[2].trim()] } : entryLine(text);
			into.languages.push(compact({ language: name, fluency: details.join(", ") || undefined }));
			return true;
		}
		case "awards": {
			const { name, details, date } = entryLine(text);
			const [awarder, ...summary] = details;
			into.awards.push(compact({ title: name, date, awarder, summary: summary.join(", ") || undefined }));
			return true;
		}
		case "certificates": {
			const { name, details, date } = entryLine(text);
			into.certificates.push(compact({ name, date, url: href, issuer: details.join(", ") || undefined }));
			return true;
		}
		case "publications": {
			const { name, details, date } = entryLine(text);
			into.publications.push(
				compact({ name, publisher: details.join(", ") || undefined, releaseDate: date, url: href }),
			);
			return true;
		}
		case "references":
			into.references.push({ reference: text });
			return true;
		case "projects": {
			const { name, details } = entryLine(text);
			into.projects.push(compact({ name, description: details.join(", ") || undefined, url: href }));
			return true;
		}
		default:
			return false;
	}
}

/** "Climbing, sourdough." → "Climbing", "sourdough": a line that lists them, each one interest. */
function interestsIn(text: string): string[] {
	const names = splitKeywords(text.replace(/\.$/u, ""));
	return names.length > 1 ? names : [text];
}

function splitKeywords(text: string): string[] {
	return text
		.split(/\s*[,;]\s*/u)
		.map((keyword) => keyword.trim())
		.filter(Boolean);
}

/** A `###` group of a section this file reads → one entry; a date ISO cannot say keeps the group unmapped too. */
export function collectListedGroup(section: GroupSection, group: Group, into: Collected): void {
	const name = textOf(group.heading, " ");
	const where: Where = { section: section.title, heading: name, date: group.date };
	const url = firstHref(group.heading);
	const dates = group.date ? splitPlaceAndDates(group.date).dates : undefined;
	const isoKept = !group.date || (dates !== undefined && fullyIso(dates));
	const single = isoKept && dates?.end === undefined ? dates?.startIso : undefined;
	const lines = linesOf(group.blocks, "\n");
	const paragraphs = linesOf(
		group.blocks.filter((block) => block.kind !== "list"),
		"\n",
	);
	const items = group.blocks.flatMap((block) =>
		block.kind === "list" ? block.items.map((item) => itemText(item, " ")) : [],
	);
	switch (section.list) {
		case "awards":
			into.awards.push(compact({ title: name, date: single, summary: lines.join("\n") || undefined }));
			break;
		case "certificates":
			into.certificates.push(compact({ name, date: single, url, issuer: lines.join(", ") || undefined }));
			break;
		case "publications":
			into.publications.push(compact({ name, releaseDate: single, url, summary: lines.join("\n") || undefined }));
			break;
		case "references":
			into.references.push(compact({ name, reference: lines.join("\n") || undefined }));
			break;
		case "projects":
			into.projects.push(
				compact({
					name,
					description: paragraphs.join("\n") || undefined,
					highlights: nonEmpty(items),
					url,
					startDate: isoKept ? dates?.startIso : undefined,
					endDate: isoKept ? dates?.endIso : undefined,
				}),
			);
			break;
		default:
			keepUnmapped(into, where, lines, true);
			return;
	}
	if (!isoKept) keepUnmapped(into, where, [], true);
}
