import type { DateRange } from "../model.js";

/**
 * Whether the ISO dates say all the written ones did. dates.ts only leaves an
 * end without ISO form when it reads as still going ("Present"); a month it
 * does not know ("Summer 2020" → "2020") is the loss to watch for.
 */
export function fullyIso(range: DateRange): boolean {
	const endKept = range.end === undefined || range.endIso === undefined || isoKeeps(range.end, range.endIso);
	return isoKeeps(range.start, range.startIso) && endKept;
}

function isoKeeps(written: string, iso: string | undefined): boolean {
	if (iso === undefined) return false;
	const writtenMonth = /[\p{Letter}/]/u.test(written);
	return writtenMonth === iso.includes("-");
}
