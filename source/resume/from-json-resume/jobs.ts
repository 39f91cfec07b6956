/** work and volunteer entries → the jobs of an experience section. */

import { compact } from "../compact.js";
import type { Inline, Job } from "../model.js";
import { rangeOf, rangeText } from "./readable-dates.js";
import { list, paragraphs } from "./text.js";
import { type Json, oneLine, safeUrlOf } from "./values.js";

/** An entry headed the way the Markdown template writes a job: "Org _Role_ _Place, dates_". */
export function jobOf(entry: Json, organisationField: unknown): Job {
	const url = safeUrlOf(entry.url);
	const organisation = oneLine(organisationField) ?? "";
	const role = oneLine(entry.position) ?? "";
	const place = oneLine(entry.location);
	const dates = rangeOf(entry.startDate, entry.endDate);
	const when = [place, dates && rangeText(dates)].filter(Boolean).join(", ");
	const heading: Inline = [
		...(organisation ? [{ text: organisation, ...(url ? { href: url } : {}) }] : []),
		...[role, when].filter(Boolean).map((part) => ({ text: part, emphasis: true })),
	].flatMap((span, index) => (index > 0 ? [{ text: " " }, span] : [span]));
	return compact({
		organisation,
		role,
		place,
		dates,
		heading,
		blocks: [...paragraphs(entry.description), ...paragraphs(entry.summary), ...list(entry.highlights)],
		groups: [],
	});
}
