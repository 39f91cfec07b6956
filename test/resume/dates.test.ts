import { describe, expect, it } from "vitest";
import { dateRange, isoDate, splitPlaceAndDates } from "../../source/resume/dates.js";

describe("a job heading's place and dates", () => {
	it("splits “Paris, April 2020 - Present” into the place and an open range", () => {
		expect(splitPlaceAndDates("Paris, April 2020 - Present")).toStrictEqual({
			place: "Paris",
			dates: { start: "April 2020", end: "Present", startIso: "2020-04" },
		});
	});

	it("reads a year alone as a single date with no place", () => {
		expect(splitPlaceAndDates("2004")).toStrictEqual({
			dates: { start: "2004", startIso: "2004" },
		});
	});

	it("keeps a place holding a comma whole", () => {
		expect(splitPlaceAndDates("Romainville, France, 2019 – 2021")).toStrictEqual({
			place: "Romainville, France",
			dates: { start: "2019", end: "2021", startIso: "2019", endIso: "2021" },
		});
	});

	it("reads French month names, accented or not, in any case", () => {
		expect(splitPlaceAndDates("Paris, janvier 2010 - avril 2017").dates).toStrictEqual({
			start: "janvier 2010",
			end: "avril 2017",
			startIso: "2010-01",
			endIso: "2017-04",
		});
		expect(splitPlaceAndDates("Lyon, Février 2010 – Août 2017").dates).toMatchObject({
			startIso: "2010-02",
			endIso: "2017-08",
		});
		expect(isoDate("DÉCEMBRE 2021")).toBe("2021-12");
		expect(isoDate("decembre 2021")).toBe("2021-12");
		expect(isoDate("mai 2020")).toBe("2020-05");
	});

	it("reads a month whose accent is written as a combining mark", () => {
		expect(splitPlaceAndDates("Paris, fe\u0301vrier 2010 - 2012").dates?.startIso).toBe("2010-02");
	});

	it("reads French abbreviations of months", () => {
		expect(["janv. 2020", "févr. 2020", "avr. 2020", "juil. 2020", "déc. 2020"].map(isoDate)).toEqual([
			"2020-01",
			"2020-02",
			"2020-04",
			"2020-07",
			"2020-12",
		]);
	});

	it("reads “aujourd’hui” as an ongoing end, with either apostrophe", () => {
		for (const today of ["aujourd'hui", "Aujourd’hui"]) {
			expect(splitPlaceAndDates(`Lyon, Février 2010 à ${today}`)).toStrictEqual({
				place: "Lyon",
				dates: { start: "Février 2010", end: today, startIso: "2010-02" },
			});
		}
	});

	it("accepts dashes of every width, “to”, and no spaces around the dash", () => {
		for (const written of ["2019 - 2021", "2019 – 2021", "2019 — 2021", "2019 to 2021", "2019-2021"]) {
			expect(splitPlaceAndDates(`Remote, ${written}`)).toStrictEqual({
				place: "Remote",
				dates: { start: "2019", end: "2021", startIso: "2019", endIso: "2021" },
			});
		}
	});

	it("reads numeric month/year dates and abbreviated English months", () => {
		expect(splitPlaceAndDates("Lyon, 03/2019 - 11/2020").dates).toMatchObject({
			startIso: "2019-03",
			endIso: "2020-11",
		});
		expect(splitPlaceAndDates("Berlin, Sept. 2019 — Dec. 2020")).toStrictEqual({
			place: "Berlin",
			dates: {
				start: "Sept. 2019",
				end: "Dec. 2020",
				startIso: "2019-09",
				endIso: "2020-12",
			},
		});
	});

	it("keeps text with no date as the place alone", () => {
		expect(splitPlaceAndDates(" Paris ")).toStrictEqual({ place: "Paris" });
		expect(splitPlaceAndDates("")).toStrictEqual({});
	});
});

describe("ISO dates for JSON Resume", () => {
	it("writes a month and year as YYYY-MM and a year alone as YYYY", () => {
		expect(isoDate("April 2020")).toBe("2020-04");
		expect(isoDate("apr. 2020")).toBe("2020-04");
		expect(isoDate("04/2020")).toBe("2020-04");
		expect(isoDate("4/2020")).toBe("2020-04");
		expect(isoDate("2004")).toBe("2004");
	});

	it("has no ISO date for an ongoing end", () => {
		for (const ongoing of ["Present", "now", "today", "Current", "présent", "aujourd’hui"]) {
			expect(isoDate(ongoing)).toBeUndefined();
		}
	});

	it("never writes a month that does not exist, keeping only the year", () => {
		expect(isoDate("13/2020")).toBe("2020");
		expect(isoDate("0/2020")).toBe("2020");
		expect(isoDate("Summer 2020")).toBe("2020");
	});

	it("has no ISO date for text that is no date", () => {
		expect(isoDate("soon")).toBeUndefined();
		expect(isoDate("20")).toBeUndefined();
	});

	it("keeps the range's text as written next to its ISO form", () => {
		expect(dateRange("Mai 2020", "Présent")).toStrictEqual({
			start: "Mai 2020",
			end: "Présent",
			startIso: "2020-05",
		});
		expect(dateRange("2015")).toStrictEqual({
			start: "2015",
			startIso: "2015",
		});
	});
});

describe("a heading's date at the end of a long text", () => {
	it("finds no date in a 50,000-letter word", () => {
		const word = `b${"a".repeat(50_000)}`;
		expect(splitPlaceAndDates(word)).toStrictEqual({ place: word });
	});

	it("trims 50,000 spaces between the place and the date", () => {
		expect(splitPlaceAndDates(`a${" ".repeat(50_000)}x, 2020`)).toStrictEqual({
			place: `a${" ".repeat(50_000)}x`,
			dates: { start: "2020", startIso: "2020" },
		});
	});

	it("reads a month only from the start of a word, never from a combining mark", () => {
		expect(splitPlaceAndDates("Paris, xApril 2020")).toStrictEqual({
			place: "Paris",
			dates: { start: "xApril 2020", startIso: "2020" },
		});
		expect(splitPlaceAndDates("Paris, \u0301April 2020")).toStrictEqual({
			place: "Paris, \u0301April",
			dates: { start: "2020", startIso: "2020" },
		});
	});
});
