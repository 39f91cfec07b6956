import { setField } from "../compact.js";
import { ENTRY_LISTS, type EntryFields } from "../entry-fields.js";
import type { DocumentFields, Resume, Section } from "../model.js";
import type { JsonResume } from "./types.js";

/**
 * A résumé read from a JSON Resume document → that document again: basics and each entry as
 * the document gave them (sanitised), lists in the sections' order, then what the sections do
 * not hold. The views' text was made from these fields; nothing is rebuilt from it.
 */
export function writtenBack(resume: Resume, document: DocumentFields): JsonResume {
	const written: Record<string, unknown> = {};
	if (document.schema !== undefined) written.$schema = document.schema;
	written.basics = resume.basics.fields ?? { name: resume.basics.name };
	for (const list of ENTRY_LISTS) {
		const entries = resume.sections.filter((section) => section.list === list).flatMap(entryFields);
		if (entries.length > 0) written[list] = entries;
	}
	for (const [key, value] of Object.entries(document.others)) setField(written, key, value);
	if (document.meta !== undefined) written.meta = document.meta;
	return written as JsonResume;
}

function entryFields(section: Section): EntryFields[] {
	const entries = section.kind === "experience" ? section.jobs : section.groups;
	return entries.flatMap((entry) => (entry.fields ? [entry.fields] : []));
}
