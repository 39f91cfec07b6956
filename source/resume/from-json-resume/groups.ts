/** education, awards, certificates, publications, skills, languages, interests, references, projects → groups. */

import { compact } from "../compact.js";
import type { Block, Group, Inline } from "../model.js";
import { datesText } from "./readable-dates.js";
import { link, list, paragraphs } from "./text.js";
import { type Json, multiLine, oneLine, strings } from "./values.js";

/** "Master’s degree in computer science": how the exporter split it, read back as the sentence. */
export function educationOf(entry: Json): Group {
	const degree = [oneLine(entry.studyType), oneLine(entry.area)].filter(Boolean).join(" in ");
	const score = oneLine(entry.score);
	return group(link(entry.institution, entry.url), datesText(entry.startDate, entry.endDate), [
		...paragraphs(degree),
		...paragraphs(score && `Score: ${score}`),
		...list(entry.courses),
	]);
}

export function awardOf(entry: Json): Group {
	const awarder = oneLine(entry.awarder);
	return group(link(entry.title), datesText(undefined, entry.date), [
		...paragraphs(awarder && `Awarded by ${awarder}`),
		...paragraphs(entry.summary),
	]);
}

export function certificateOf(entry: Json): Group {
	const issuer = oneLine(entry.issuer);
	return group(
		link(entry.name, entry.url),
		datesText(undefined, entry.date),
		paragraphs(issuer && `Issued by ${issuer}`),
	);
}

export function publicationOf(entry: Json): Group {
	const publisher = oneLine(entry.publisher);
	return group(link(entry.name, entry.url), datesText(undefined, entry.releaseDate), [
		...paragraphs(publisher && `Published by ${publisher}`),
		...paragraphs(entry.summary),
	]);
}

export function skillOf(entry: Json): Group {
	return group(link(entry.name), undefined, [...paragraphs(entry.level), ...list(entry.keywords)]);
}

/** The exporter writes a fluency's line breaks as "; ": read them back as breaks. */
export function languageOf(entry: Json): Group {
	const fluency = multiLine(entry.fluency)?.replace(/;\s+/gu, "\n");
	return group(link(entry.language), undefined, paragraphs(fluency));
}

export function interestOf(entry: Json): Group {
	return group(link(entry.name), undefined, list(entry.keywords));
}

export function referenceOf(entry: Json): Group {
	return group(link(entry.name), undefined, paragraphs(entry.reference));
}

export function projectOf(entry: Json): Group {
	const roles = strings(entry.roles).join(", ");
	const keywords = strings(entry.keywords).join(", ");
	// "Smoogle · application": who the project was for, and what kind of project it is.
	const context = [oneLine(entry.entity), oneLine(entry.type)].filter(Boolean).join(" · ");
	return group(link(entry.name, entry.url), datesText(entry.startDate, entry.endDate), [
		...paragraphs(context),
		...paragraphs(entry.description),
		...list(entry.highlights),
		...paragraphs(roles && `Roles: ${roles}`),
		...paragraphs(keywords && `Keywords: ${keywords}`),
	]);
}

/** A group without a date leaves the field out. */
export function group(heading: Inline, date: string | undefined, blocks: readonly Block[]): Group {
	return compact({ heading, date, blocks });
}
