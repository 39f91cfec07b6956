import stringWidth from "string-width";
import stripAnsi from "strip-ansi";
import { describe, expect, it } from "vitest";
import { printResume } from "../../source/print/print-resume.js";
import type { LayoutOptions } from "../../source/render/block-lines.js";
import { hyperlink } from "../../source/render/inline-text.js";
import { loadRichBlocksFor } from "../../source/render/load-rich-blocks.js";
import { sectionLines } from "../../source/render/section-lines.js";
import { createStyles } from "../../source/render/styles.js";
import type { Basics, Block, Group, Job, Resume, Section } from "../../source/resume/model.js";

// Built as models, not parsed from Markdown: what is under test is the renderer, whatever the parser lets through.
const plain = { styles: createStyles(0), links: "text" } satisfies Omit<LayoutOptions, "width">;
const coloured = { styles: createStyles(3), links: "hyperlink" } satisfies Omit<LayoutOptions, "width">;

const paragraph = (text: string): Block => ({ kind: "paragraph", text: [{ text }] });
const quote = (...blocks: Block[]): Block => ({ kind: "quote", blocks });
const list = (text: string, children: Block[] = [], start?: number): Block => ({
	kind: "list",
	ordered: start !== undefined,
	start: start ?? 1,
	items: [{ text: [{ text }], children }],
});
const group = (heading: string, blocks: Block[], date?: string): Group => ({
	heading: [{ text: heading }],
	blocks,
	...(date === undefined ? {} : { date }),
});

function section(title: string, blocks: Block[], groups: Group[] = []): Section {
	return { title, slug: "s", kind: "groups", category: "other", blocks, groups };
}

function resume(sections: Section[], basics: Partial<Basics> = {}): Resume {
	return { basics: { name: "N", contacts: [], extra: [], ...basics }, sections };
}

const printed = (model: Resume, options: LayoutOptions) => printResume(model, options).split("\n");
const body = (model: Section, options: LayoutOptions) => sectionLines(model, options).map((line) => line.trimEnd());

/** Lines wider than `width` once colours and links are taken out: none is the point. */
const tooWide = (lines: readonly string[], width: number) =>
	lines.filter((line) => stringWidth(stripAnsi(line)) > width);

/** Lines holding an ESC that is not one of our whole colours or hyperlinks: a sequence cut in two. */
const brokenEscapes = (lines: readonly string[]) =>
	// biome-ignore lint/suspicious/noControlCharactersInRegex: finding escapes is the point
	lines.filter((line) => line.replace(/\u001B\[[0-9;]*m|\u001B\]8;;[^\u0007]*\u0007/g, "").includes("\u001B"));

/** A line's links are all closed on that line: what a line break inside one would break. */
const unclosedLinks = (lines: readonly string[]) =>
	lines.filter((line) => {
		// biome-ignore lint/suspicious/noControlCharactersInRegex: finding hyperlinks is the point
		const links = [...line.matchAll(/\u001B\]8;;([^\u0007]*)\u0007/g)].map((match) => match[1]);
		return links.length % 2 !== 0 || links.some((url, index) => (index % 2 === 0) === (url === ""));
	});

describe("at 20 and 80 columns, no line is wider than the terminal", () => {
	it("wraps a section title longer than the width", () => {
		const lines = printed(resume([section("a".repeat(21), [paragraph("x")])]), { ...plain, width: 20 });
		expect(lines.slice(0, 7)).toEqual(["N", "", "a".repeat(20), "a", "─".repeat(20), "", "x"]);
	});

	it("narrows a quote inside an indented group by the indentation and the bar", () => {
		const skills = section("Skills", [], [group("G", [quote(paragraph("a a a a a a a a a a"))])]);
		expect(body(skills, { ...plain, width: 20 })).toEqual(["G", "  │ a a a a a a a a", "  │ a a"]);
	});

	it("stops indenting a list nested deeper than half the width", () => {
		let nested = list("a a a a a a a a a a");
		for (let depth = 1; depth < 11; depth++) nested = list("b", [nested]);
		const lines = body(section("S", [nested]), { ...plain, width: 20 });
		expect(tooWide(lines, 20)).toEqual([]);
		expect(lines.map((line) => line.search(/\S/))).toEqual([0, 2, 4, 6, 8, 10, 10, 10, 10, 10, 10, 12, 12]);
		expect(lines.slice(-3)).toEqual(["          • a a a a", "            a a a a", "            a a"]);
	});

	it("stops adding quote bars past half the width, keeping the text", () => {
		let nested = paragraph("a a a a a a a a a a a a");
		for (let depth = 0; depth < 12; depth++) nested = quote(nested);
		expect(body(section("S", [nested]), { ...plain, width: 20 })).toEqual([
			"│ │ │ │ │ a a a a a",
			"│ │ │ │ │ a a a a a",
			"│ │ │ │ │ a a",
		]);
	});

	it("keeps a nine-digit list number within the width, however deep", () => {
		let nested = list("a b c d e f g h i", [], 999_999_999);
		for (let depth = 1; depth < 11; depth++) nested = list("b", [nested]);
		for (const width of [20, 80]) {
			const lines = body(section("S", [nested]), { ...plain, width });
			expect(tooWide(lines, width)).toEqual([]);
			expect(lines.join(" ").replace(/\s+/g, " ")).toContain("999999999. a b c d e f g h i");
		}
	});

	it("measures Devanagari vowel signs as wrap-ansi does, one column each", () => {
		const lines = body(section("S", [paragraph("कि".repeat(15))]), { ...plain, width: 20 });
		expect(lines).toEqual(["कि".repeat(10), "कि".repeat(5)]);
	});

	it("breaks a grapheme cluster wider than the line between its code points", () => {
		const cluster = `क${"ि".repeat(30)}`;
		const lines = body(section("S", [paragraph(cluster)]), { ...plain, width: 20 });
		expect(tooWide(lines, 20)).toEqual([]);
		expect(lines.join("")).toBe(cluster);
	});

	it("does not leave a space and a character of no width past a full line", () => {
		const lines = body(section("S", [paragraph(`${"a".repeat(20)} \u2060`)]), { ...plain, width: 20 });
		expect(lines).toEqual(["a".repeat(20), "\u2060"]);
	});

	it("cuts a code line holding a cluster wider than the line", async () => {
		const code = section("S", [{ kind: "code", language: "", text: `क${"ि".repeat(30)}` }]);
		const richBlocks = await loadRichBlocksFor(resume([code]));
		expect(richBlocks).toBeDefined();
		for (const width of [20, 80]) expect(tooWide(body(code, { ...coloured, width, richBlocks }), width)).toEqual([]);
	});

	const word = "w".repeat(300);
	const url = `https://example.org/${"p".repeat(300)}`;
	const job: Job = {
		organisation: word,
		role: word,
		place: word,
		dates: { start: "2020", end: word },
		heading: [{ text: word }],
		blocks: [list(word), paragraph(url), { kind: "rule" }],
		groups: [group(word, [quote(list(word))], word)],
	};
	const everything = resume(
		[
			{ title: word, slug: "experience", kind: "experience", blocks: [], jobs: [job] },
			section("S", [{ kind: "paragraph", text: [{ text: word, href: url }] }], [group(word, [], word)]),
		],
		{
			name: word,
			title: word,
			location: word,
			contacts: [
				{ kind: "website", label: url, url },
				{ kind: "link", label: word, url },
				{ kind: "email", label: word, url: `mailto:${word}@example.org` },
			],
			extra: [[{ text: word, href: url }]],
		},
	);

	it.each([20, 80])("wraps 300-character words and URLs everywhere, header and panes, at %i columns", (width) => {
		for (const options of [plain, coloured]) {
			const lines = printed(everything, { ...options, width });
			expect(tooWide(lines, width)).toEqual([]);
			expect(brokenEscapes(lines)).toEqual([]);
			expect(unclosedLinks(lines)).toEqual([]);
			// Wrapped, not cut: every character of the long URL is still there.
			expect(stripAnsi(lines.join("")).replace(/\s+/g, "")).toContain(url.slice(8));
		}
	});

	it("keeps a group heading's indentation when its date goes below it", () => {
		const experience: Section = {
			title: "E",
			slug: "e",
			kind: "experience",
			blocks: [],
			jobs: [
				{
					...job,
					organisation: "O",
					role: "R",
					place: "P",
					dates: { start: "2020" },
					blocks: [],
					groups: [group("Group heading", [], "April 2004")],
				},
			],
		};
		expect(body(experience, { ...plain, width: 20 })).toEqual([
			"O",
			"R            P, 2020",
			"",
			"  Group heading",
			"    April 2004",
		]);
	});
});

describe("hyperlinks at a line break", () => {
	it("keeps an OSC 8 sequence whole when a wide character in its URL sits at the break", () => {
		const text = [{ text: "abcdefghijklmnopqrs" }, { text: "xyz", href: "https://e.org/日" }];
		const lines = body(section("S", [{ kind: "paragraph", text }]), { ...coloured, width: 20 });
		expect(tooWide(lines, 20)).toEqual([]);
		expect(brokenEscapes(lines)).toEqual([]);
		expect(unclosedLinks(lines)).toEqual([]);
		expect(lines.map(stripAnsi)).toEqual(["abcdefghijklmnopqrsx", "yz"]);
	});

	it("percent-encodes what an OSC 8 URL cannot carry: controls, spaces and anything past ASCII", () => {
		expect(hyperlink("x", "https://e.org/a b\tc\n日")).toBe(
			"\u001B]8;;https://e.org/a%20b%09c%0A%E6%97%A5\u0007x\u001B]8;;\u0007",
		);
	});
});
