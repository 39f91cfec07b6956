import stringWidth from "string-width";
import stripAnsi from "strip-ansi";
import { describe, expect, it } from "vitest";
import { contactCard, MAX_CARD_LINES } from "../../source/print/contact-card.js";
import { createStyles } from "../../source/render/styles.js";
import { UNLIMITED } from "../../source/render/wrap.js";
import type { Basics } from "../../source/resume/model.js";

const BASICS: Basics = {
	name: "Ada Lovelace",
	title: "Analyst",
	location: "London",
	contacts: [
		{ kind: "email", label: "ada@example.org", url: "mailto:ada@example.org" },
		{ kind: "github", label: "github.com/ada", url: "https://github.com/ada" },
		{ kind: "website", label: "Notes", url: "https://ada.example.org/notes" },
		{ kind: "pdf", label: "PDF version", url: "https://ada.example.org/cv.pdf" },
	],
	extra: [],
};

const plain = { styles: createStyles(0), links: "text" as const };
const lines = (card: string) => card.replace(/\n$/, "").split("\n");

describe("the contact card left after quitting", () => {
	it("shows the name and title, then each contact on a line of its own with its URL", () => {
		expect(lines(contactCard(BASICS, { ...plain, width: 80 }))).toEqual([
			"Ada Lovelace · Analyst",
			"Email:    ada@example.org",
			"GitHub:   github.com/ada https://github.com/ada",
			"Web:      Notes https://ada.example.org/notes",
			"PDF:      PDF version https://ada.example.org/cv.pdf",
		]);
	});

	it("ends with a newline, so the prompt comes back on a line of its own", () => {
		expect(contactCard(BASICS, { ...plain, width: 80 }).endsWith("cv.pdf\n")).toBe(true);
	});

	it("writes OSC 8 links over the labels when the terminal supports them", () => {
		const card = contactCard(BASICS, { ...plain, links: "hyperlink", width: 80 });
		expect(card).toContain(
			"\u001B]8;;https://github.com/ada\u0007github.com/ada (https://github.com/ada)\u001B]8;;\u0007",
		);
		expect(card).toContain("\u001B]8;;mailto:ada@example.org\u0007ada@example.org\u001B]8;;\u0007");
		expect(lines(stripAnsi(card))).toHaveLength(5);
	});

	it.each([20, 30, 45])("is never wider than a terminal of %i columns", (width) => {
		for (const links of ["text", "hyperlink"] as const) {
			for (const line of lines(contactCard(BASICS, { ...plain, links, width }))) {
				expect(stringWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(width);
			}
		}
	});

	it(`is at most ${MAX_CARD_LINES} lines, leaving out whole contacts rather than cutting one`, () => {
		const many: Basics = {
			...BASICS,
			contacts: Array.from({ length: 12 }, (_, index) => ({
				kind: "link" as const,
				label: `https://example.org/${index}`,
				url: `https://example.org/${index}`,
			})),
		};
		const card = lines(contactCard(many, { ...plain, width: UNLIMITED }));
		expect(card).toHaveLength(MAX_CARD_LINES);
		expect(card.at(-1)).toBe("Link:     https://example.org/6");

		const narrow = lines(contactCard(BASICS, { ...plain, width: 20 }));
		expect(narrow.length).toBeLessThanOrEqual(MAX_CARD_LINES);
		expect(narrow.join("")).toContain("ada@example.org");
	});

	it("shows a URL alone, from the first column, where it does not fit beside its label", () => {
		expect(lines(contactCard(BASICS, { ...plain, width: 32 }))).toEqual([
			"Ada Lovelace · Analyst",
			"Email:    ada@example.org",
			"https://github.com/ada",
			"https://ada.example.org/notes",
			"https://ada.example.org/cv.pdf",
		]);
	});

	it("shows the name alone when the résumé has no title", () => {
		const { title: _title, ...untitled } = BASICS;
		expect(lines(contactCard(untitled, { ...plain, width: 80 }))[0]).toBe("Ada Lovelace");
	});
});
