import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import type { Basics } from "../../../source/resume/model.js";
import {
	CONTACT_GAP,
	type HeaderLayout,
	headerSearchRows,
	INFO_SEPARATOR,
	layoutHeader,
} from "../../../source/ui/header/header-layout.js";

const BASICS: Basics = {
	name: "Jérôme Vizcaino",
	title: "Senior Software Engineer",
	location: "Romainville, France",
	contacts: [
		{ kind: "email", label: "j.vizcaino.pro@gmail.com", url: "mailto:j.vizcaino.pro@gmail.com" },
		{ kind: "github", label: "https://github.com/j-vizcaino", url: "https://github.com/j-vizcaino" },
		{ kind: "website", label: "Online resume", url: "https://j-vizcaino.github.io" },
		{ kind: "pdf", label: "PDF version", url: "https://j-vizcaino.github.io/resume.pdf" },
	],
	extra: [],
};

const contactTexts = (layout: HeaderLayout) =>
	layout.contactRows.map((row) => row.map((item) => `${item.key} ${item.text}`));

describe("the header's layout", () => {
	it("puts the name in big text when the terminal is wide", () => {
		const layout = layoutHeader(BASICS, 100, 9, false);
		expect(layout.bigName).toMatchObject({ text: "JEROME VIZCAINO" });
		expect(layout.bigName?.width).toBeLessThanOrEqual(100);
	});

	it("folds the accented name for the big text and keeps it exact in the details", () => {
		const layout = layoutHeader(BASICS, 100, 9, false);
		expect(layout.bigName?.text).toBe("JEROME VIZCAINO");
		expect(layout.infoRows).toEqual([["Jérôme Vizcaino", "Senior Software Engineer", "Romainville, France"]]);
	});

	it("writes the name plainly when the terminal is too narrow for big text", () => {
		const layout = layoutHeader(BASICS, 50, 9, false);
		expect(layout.bigName).toBeUndefined();
		expect(layout.infoRows[0]?.[0]).toBe("Jérôme Vizcaino");
	});

	it("writes the name plainly when big text would leave no room for the details", () => {
		const layout = layoutHeader(BASICS, 100, 3, false);
		expect(layout.bigName).toBeUndefined();
		expect(layout.height).toBe(3);
		expect(contactTexts(layout).flat()).toHaveLength(4);
	});

	it("drops the contact rows before the name when only one row is left", () => {
		const layout = layoutHeader(BASICS, 100, 1, false);
		expect(layout).toMatchObject({ contactRows: [], height: 1 });
		expect(layout.infoRows).toEqual([["Jérôme Vizcaino", "Senior Software Engineer", "Romainville, France"]]);
	});

	it("is never taller than it may be", () => {
		for (let columns = 20; columns <= 140; columns += 3) {
			for (let maxHeight = 1; maxHeight <= 14; maxHeight++) {
				const layout = layoutHeader(BASICS, columns, maxHeight, false);
				const rows = (layout.bigName?.height ?? 0) + layout.infoRows.length + layout.contactRows.length;
				expect(layout.height).toBe(rows);
				expect(layout.height).toBeLessThanOrEqual(maxHeight);
				if (layout.bigName) expect(layout.bigName.width).toBeLessThanOrEqual(columns);
			}
		}
	});

	it("packs the details and contacts into rows no wider than the terminal", () => {
		const layout = layoutHeader(BASICS, 60, 12, false);
		for (const row of layout.infoRows) expect(stringWidth(row.join(INFO_SEPARATOR))).toBeLessThanOrEqual(60);
		for (const row of layout.contactRows) {
			const width = row.reduce((sum, item) => sum + item.width, 0) + CONTACT_GAP * (row.length - 1);
			expect(width).toBeLessThanOrEqual(60);
		}
		expect(layout.infoRows).toEqual([["Jérôme Vizcaino", "Senior Software Engineer"], ["Romainville, France"]]);
	});

	it("shows each contact's URL, with the key that opens it, when links are not clickable", () => {
		expect(contactTexts(layoutHeader(BASICS, 100, 9, false))).toEqual([
			["m j.vizcaino.pro@gmail.com", "g https://github.com/j-vizcaino", "w https://j-vizcaino.github.io"],
			["p https://j-vizcaino.github.io/resume.pdf"],
		]);
	});

	it("shows each contact's label when links are clickable", () => {
		expect(contactTexts(layoutHeader(BASICS, 100, 9, true))).toEqual([
			["m j.vizcaino.pro@gmail.com", "g github.com/j-vizcaino", "w Online resume", "p PDF version"],
		]);
	});

	it("shows a contact no key opens without a key", () => {
		const basics: Basics = {
			...BASICS,
			contacts: [{ kind: "link", label: "Blog", url: "https://blog.example" }],
		};
		const [item] = layoutHeader(basics, 100, 9, true).contactRows.flat();
		expect(item).toMatchObject({ text: "Blog", width: 4 });
		expect(item?.key).toBeUndefined();
	});
});

describe("header lines that are neither title, place nor contact", () => {
	const withExtra: Basics = {
		...BASICS,
		extra: [[{ text: "Available from March" }], [{ text: "Security clearance" }]],
	};

	it("each get a row of their own, which search looks through", () => {
		const layout = layoutHeader(withExtra, 100, 12, false);
		expect(layout.infoRows.slice(1)).toEqual([["Available from March"], ["Security clearance"]]);
		expect(headerSearchRows(layout)).toContain("Available from March");
	});

	it("give way before the contacts when the header has little room", () => {
		const layout = layoutHeader(withExtra, 100, 4, false);
		expect(layout.height).toBeLessThanOrEqual(4);
		expect(contactTexts(layout).flat()).toHaveLength(4);
	});
});
