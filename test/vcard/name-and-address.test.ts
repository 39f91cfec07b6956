import { describe, expect, it } from "vitest";
import { addressParts, structuredAddressParts } from "../../source/vcard/address.js";
import { nameParts } from "../../source/vcard/name-parts.js";

describe("a vCard's structured name (N: family; given; additional; prefix; suffix)", () => {
	it.each([
		["Jérôme Vizcaino", ["Vizcaino", "Jérôme", "", "", ""]],
		["José María García-López", ["García-López", "José María", "", "", ""]],
		["Ludwig van Beethoven", ["van Beethoven", "Ludwig", "", "", ""]],
		["Jean de La Fontaine", ["de La Fontaine", "Jean", "", "", ""]],
		["Martin Luther King Jr.", ["King", "Martin Luther", "", "", "Jr."]],
		["María-José O'Brien de la Cruz, PhD", ["de la Cruz", "María-José O'Brien", "", "", "PhD"]],
		["Dr. Jane Smith", ["Smith", "Jane", "", "Dr.", ""]],
		["Smith, John", ["Smith", "John", "", "", ""]],
		["Cher", ["", "Cher", "", "", ""]],
	])("%s → %j", (name, parts) => {
		expect(nameParts(name)).toEqual(parts);
	});
});

describe("a vCard's address (ADR: box; extended; street; locality; region; postal code; country)", () => {
	it("from a JSON Resume location, keeps the street and the postal code the one-line location leaves out", () => {
		const fields = {
			address: "2712 Broadway St",
			postalCode: "CA 94115",
			city: "San Francisco",
			region: "California",
			countryCode: "US",
		};
		expect(structuredAddressParts(fields, "San Francisco, California, United States")).toEqual([
			"",
			"",
			"2712 Broadway St",
			"San Francisco",
			"California",
			"CA 94115",
			"United States",
		]);
	});

	it("takes no region for a country when the document names none", () => {
		expect(
			structuredAddressParts({ city: "San Francisco", region: "California" }, "San Francisco, California"),
		).toEqual(["", "", "", "San Francisco", "California", "", ""]);
	});

	it("from a line as a Markdown résumé writes it: locality, then the country last", () => {
		expect(addressParts("Romainville, France")).toEqual(["", "", "", "Romainville", "", "", "France"]);
	});
});
