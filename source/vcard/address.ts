import type { LocationFields } from "../resume/entry-fields.js";

/**
 * ADR's seven components (post office box; extended; street; locality; region; postal code;
 * country) from a location as a résumé writes it: "Paris", "Paris, France", "Hampton, Virginia,
 * United States". The first part is the locality and, from two parts on, the last the country.
 */
export function addressParts(location: string): readonly string[] {
	const parts = location
		.split(",")
		.map((part) => part.trim())
		.filter(Boolean);
	const [locality = "", ...rest] = parts;
	const country = rest.length > 0 ? (rest.at(-1) ?? "") : "";
	const region = rest.slice(0, -1).join(", ");
	return ["", "", "", locality, region, "", country];
}

/**
 * The same from a JSON Resume location, field by field: its street address and postal code
 * too, which the one-line location leaves out. The country as the line spells it out
 * ("United States" for "US"), else its code.
 */
export function structuredAddressParts(fields: LocationFields, location: string | undefined): readonly string[] {
	const fromLine = location ? addressParts(location) : [];
	// The line's last part names the country only when the document has one: else it is the region.
	const named = fromLine[6];
	const country = fields.countryCode
		? named && named !== fields.region && named !== fields.city
			? named
			: fields.countryCode
		: "";
	return [
		"",
		"",
		fields.address ?? "",
		fields.city ?? fromLine[3] ?? "",
		fields.region ?? "",
		fields.postalCode ?? "",
		country,
	];
}
