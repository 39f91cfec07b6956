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
