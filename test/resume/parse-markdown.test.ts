import { describe, expect, it } from "vitest";
import type { Block, Job } from "../../source/resume/model.js";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";

import {
	everySpan,
	failure,
	groupsOf,
	itemsIn,
	jobBullets,
	jobsOf,
	listsIn,
	onlyGroupBlocks,
	paragraphOf,
	parsed,
	section,
	text,
} from "./helpers/markdown-reading.js";

const TEMPLATE = [
	"# Jane Doe",
	"",
	"Staff Engineer",
	"",
	"Lyon, France",
	"",
	"## Experience",
	"",
	"### Acme _Engineer_ _Lyon, 2019 - 2021_",
	"",
	"#### Built things",
	"",
	"- shipped **the thing**",
	"- kept it running",
	"",
	"## Education",
	"",
	"### School _2010_",
	"",
	"Degree",
	"",
].join("\n");

describe("the structure of hand-written résumés", () => {
	it("takes the name from the first # heading when there is no front matter", () => {
		const resume = parsed(TEMPLATE);
		expect(resume.basics.name).toBe("Jane Doe");
		expect(resume.basics.title).toBe("Staff Engineer");
		expect(resume.basics.location).toBe("Lyon, France");
		expect(resume.sections.map((entry) => entry.title)).toEqual(["Experience", "Education"]);
	});

	it("finds ATX sections at ##, jobs at ### and groups at ####", () => {
		const resume = parsed(TEMPLATE);
		const [job] = jobsOf(resume);
		expect(job).toMatchObject({
			organisation: "Acme",
			role: "Engineer",
			place: "Lyon",
			dates: { start: "2019", end: "2021", startIso: "2019", endIso: "2021" },
		});
		expect(job?.groups.map((group) => text(group.heading))).toEqual(["Built things"]);
		expect(jobBullets(job as Job)).toEqual(["shipped the thing", "kept it running"]);
		expect(groupsOf(resume, "education").map((group) => [text(group.heading), group.date])).toEqual([
			["School", "2010"],
		]);
	});

	it("prefers the front matter's title and author, and keeps a differing first heading as a section", () => {
		const resume = parsed(
			"---\ntitle: Jane Doe\nauthor: 'Platform Engineer'\n---\n# Experience\n\n## Acme _Dev_ _Paris, 2019_\n\n- x\n",
		);
		expect(resume.basics).toMatchObject({
			name: "Jane Doe",
			title: "Platform Engineer",
		});
		expect(jobsOf(resume).map((job) => job.organisation)).toEqual(["Acme"]);
	});

	it("reads CRLF line endings exactly like LF ones, with no carriage return left", () => {
		const crlf = parsed(TEMPLATE.replace(/\n/g, "\r\n"));
		expect(crlf).toEqual(parsed(TEMPLATE));
		expect(everySpan(crlf).filter((span) => span.text.includes("\r"))).toEqual([]);
	});

	it("reads CRLF front matter", () => {
		const resume = parsed('---\r\ntitle: "Jane Doe"\r\nauthor: Engineer\r\n---\r\n## Skills\r\n\r\n### Go\r\n');
		expect(resume.basics).toMatchObject({
			name: "Jane Doe",
			title: "Engineer",
		});
	});

	it("reads a file without a final newline like one with it", () => {
		expect(parsed(TEMPLATE.trimEnd())).toEqual(parsed(TEMPLATE));
		const [item] = itemsIn(onlyGroupBlocks(parsed("# Jane\n\n## Skills\n\n### Languages\n\n* Go\n* Rust")));
		expect(item && text(item.text)).toBe("Go");
	});

	it("ignores a byte-order mark", () => {
		expect(parsed(`\uFEFF${TEMPLATE}`)).toEqual(parsed(TEMPLATE));
	});

	it("refuses an empty file, saying it is empty", () => {
		expect(failure("")).toMatch(/empty/);
		expect(failure(" \n\n\t\n")).toMatch(/empty/);
	});

	it("refuses a file with no heading, saying a heading is needed", () => {
		expect(failure("Just a paragraph.\n\n- and a list\n")).toMatch(/heading/);
	});

	it("refuses a file that names someone but has no section", () => {
		expect(failure("# Jane\n\nSome words\n")).toMatch(/no sections/);
	});

	it("keeps an unknown section such as Publications, as a section of category other", () => {
		const resume = parsed("# Jane\n\n## Publications\n\n### A paper _2020_\n\nIn a journal\n");
		const [publications] = resume.sections;
		expect(publications).toMatchObject({
			title: "Publications",
			slug: "publications",
			kind: "groups",
			category: "other",
		});
		expect(groupsOf(resume, "publications").map((group) => [text(group.heading), group.date])).toEqual([
			["A paper", "2020"],
		]);
	});

	it("keeps a job heading outside the template as the organisation, with no role, place or dates", () => {
		const [job] = jobsOf(parsed("# Jane\n\n## Experience\n\n### Freelance consulting\n\n- stuff\n"));
		expect(job).toMatchObject({
			organisation: "Freelance consulting",
			role: "",
			heading: [{ text: "Freelance consulting" }],
		});
		expect(job?.place).toBeUndefined();
		expect(job?.dates).toBeUndefined();
		expect(job && jobBullets(job)).toEqual(["stuff"]);
	});

	it("reads a job heading with a role but no place or dates", () => {
		const [job] = jobsOf(parsed("# Jane\n\n## Experience\n\n### Acme _Engineer_\n"));
		expect(job).toMatchObject({ organisation: "Acme", role: "Engineer" });
		expect(job?.dates).toBeUndefined();
	});

	it("keeps a linked organisation's text and its link", () => {
		const [job] = jobsOf(
			parsed("# Jane\n\n## Experience\n\n### [Acme](https://acme.example) _Engineer_ _Paris, 2019 - 2021_\n"),
		);
		expect(job?.organisation).toBe("Acme");
		expect(job?.heading[0]).toEqual({
			text: "Acme",
			href: "https://acme.example",
		});
	});

	it("keeps an emphasised word that is no date inside the group heading", () => {
		const resume = parsed("# Jane\n\n## Education\n\n### School _Paris, 2004_\n\n### Tools _misc_\n");
		expect(groupsOf(resume, "education").map((group) => [text(group.heading), group.date])).toEqual([
			["School Paris, 2004", undefined],
			["Tools misc", undefined],
		]);
	});

	it("keeps text before a section's first entry as the section's blocks", () => {
		const resume = parsed("# Jane\n\n## Experience\n\nIntro\n\n### Acme _Dev_ _Paris, 2019_\n");
		expect(text(paragraphOf(section(resume, "experience").blocks))).toBe("Intro");
	});

	it("tells a work section from a word that merely contains “work”", () => {
		const resume = parsed("# Jane\n\n## Frameworks\n\n## Networking\n\n## Work history\n\n## Hobbies\n");
		expect(resume.sections.map((entry) => (entry.kind === "experience" ? "experience" : entry.category))).toEqual([
			"other",
			"other",
			"experience",
			"misc",
		]);
	});

	it("gives two sections with the same slug distinct ones", () => {
		const resume = parsed("# Jane\n\n## Skills\n\n## Skills!\n\n## Skills?\n");
		expect(resume.sections.map((entry) => entry.slug)).toEqual(["skills", "skills-2", "skills-3"]);
	});
});

describe("the header", () => {
	const withHeader = (header: string) => parsed(`# Jane\n\n${header}\n\n## Skills\n`).basics;

	it("reads title, location and plain Markdown contacts without icons", () => {
		const basics = withHeader(
			"Backend Engineer\n\n- Paris, France\n- [jane@x.org](mailto:jane@x.org)\n- <https://github.com/jane>\n- [Site](https://jane.example)\n- [CV](https://jane.example/cv.pdf)",
		);
		expect(basics).toEqual({
			name: "Jane",
			title: "Backend Engineer",
			location: "Paris, France",
			contacts: [
				{ kind: "email", label: "jane@x.org", url: "mailto:jane@x.org" },
				{
					kind: "github",
					label: "https://github.com/jane",
					url: "https://github.com/jane",
				},
				{ kind: "website", label: "Site", url: "https://jane.example" },
				{ kind: "pdf", label: "CV", url: "https://jane.example/cv.pdf" },
			],
			extra: [],
		});
	});

	it("keeps an unsafe header link's text as an extra line, not as a contact", () => {
		const basics = withHeader("Engineer\n\n- [bad](javascript:alert(1))");
		expect(basics.title).toBe("Engineer");
		expect(basics.contacts).toEqual([]);
		expect(basics.extra).toEqual([[{ text: "bad" }]]);
	});

	it("reads each link's kind from the icon just before it, not from its position in the line", () => {
		const basics = withHeader(
			[
				'- <i class="fa-solid fa-location-dot"></i> Paris · <i class="fa-solid fa-globe"></i> [site](https://jane.example)',
				'- <i class="fa-solid fa-envelope"></i> [bad](javascript:x) <i class="fa-solid fa-user"></i> [home](https://home.example)',
			].join("\n"),
		);
		// The first website gets w; a second is another link, with a key of its own.
		expect(basics.contacts).toEqual([
			{ kind: "website", label: "site", url: "https://jane.example" },
			{ kind: "other-1", label: "home", url: "https://home.example" },
		]);
	});
});

const inGroup = (body: string): readonly Block[] => onlyGroupBlocks(parsed(`# Jane\n\n## Misc\n\n### G\n\n${body}\n`));

describe("a header list of labelled links, as people write them", () => {
	const { basics } = parsed(
		[
			"# Ada Lovelace",
			"",
			"Analyst",
			"",
			"- Email: [ada@example.org](mailto:ada@example.org)",
			"- GitHub: https://github.com/ada",
			"- Site: [ada.dev](https://ada.dev)",
			"- Evil: [click](javascript:alert(1))",
			"",
			"## Experience",
			"",
			"Text.",
		].join("\n"),
	);

	it("reads each link once, as a contact, its label naming the website", () => {
		expect(basics.contacts.map(({ kind, url }) => [kind, url])).toEqual([
			["email", "mailto:ada@example.org"],
			["github", "https://github.com/ada"],
			["website", "https://ada.dev"],
		]);
	});

	it("keeps as extra text only what is not a labelled link", () => {
		expect(basics.extra.map((line) => line.map((span) => span.text).join(""))).toEqual(["Evil: click"]);
	});
});

describe("lists", () => {
	it("keeps -, + and * bullets, each kind its own list as CommonMark says", () => {
		const blocks = inGroup("- a\n+ b\n* c");
		expect(listsIn(blocks).map((list) => list.ordered)).toEqual([false, false, false]);
		expect(itemsIn(blocks).map((item) => text(item.text))).toEqual(["a", "b", "c"]);
	});

	it("keeps a numbered list's start and its nested lists under their item", () => {
		const [list] = listsIn(inGroup("3. x\n4. y\n   - nested\n     1. deeper"));
		expect(list).toMatchObject({ ordered: true, start: 3 });
		expect(list?.items.map((item) => text(item.text))).toEqual(["x", "y"]);
		const [nested] = listsIn(list?.items[1]?.children ?? []);
		expect(nested).toMatchObject({ ordered: false });
		expect(nested?.items.map((item) => text(item.text))).toEqual(["nested"]);
		const [deeper] = listsIn(nested?.items[0]?.children ?? []);
		expect(deeper).toMatchObject({ ordered: true, start: 1 });
		expect(deeper?.items.map((item) => text(item.text))).toEqual(["deeper"]);
	});

	it("keeps a loose item's further paragraph as its child", () => {
		const [first] = itemsIn(inGroup("- one\n\n  more\n\n- two"));
		expect(text(first?.text ?? [])).toBe("one");
		expect(text(paragraphOf(first?.children ?? []))).toBe("more");
	});

	it("keeps a task item's text on its line, box included", () => {
		expect(itemsIn(inGroup("- [ ] todo **now**\n- [x] done")).map((item) => [text(item.text), item.children])).toEqual([
			["[ ] todo now", []],
			["[x] done", []],
		]);
	});
});

describe("inline text", () => {
	it("marks code spans as code and shows them as written, entities included", () => {
		expect(paragraphOf(inGroup("run `npm test` or `a &amp; b`"))).toEqual([
			{ text: "run " },
			{ text: "npm test", code: true },
			{ text: " or " },
			{ text: "a &amp; b", code: true },
		]);
	});

	it("keeps a fenced code block's language and text as written", () => {
		expect(inGroup("```sh\necho '&amp;' < in\n```")).toEqual([
			{ kind: "code", language: "sh", text: "echo '&amp;' < in" },
		]);
	});

	it("links inline, reference, angle-bracket, bare and e-mail autolinks", () => {
		const spans = paragraphOf(
			inGroup(
				"[inline](https://a.example) [ref][r] <https://auto.example> https://bare.example <me@x.org>\n\n[r]: https://ref.example",
			),
		);
		expect(spans.filter((span) => span.href)).toEqual([
			{ text: "inline", href: "https://a.example" },
			{ text: "ref", href: "https://ref.example" },
			{ text: "https://auto.example", href: "https://auto.example" },
			{ text: "https://bare.example", href: "https://bare.example" },
			{ text: "me@x.org", href: "mailto:me@x.org" },
		]);
	});

	it("keeps a reference to an undefined label as the text written", () => {
		expect(paragraphOf(inGroup("see [undef][nope] here"))).toEqual([{ text: "see [undef][nope] here" }]);
	});

	it("keeps the text of javascript:, file: and data: links but not their target", () => {
		const spans = paragraphOf(
			inGroup("[js](javascript:alert(1)) [file](file:///etc/passwd) [data](data:text/html,hi) [rel](/x)"),
		);
		expect(spans).toEqual([{ text: "js file data rel" }]);
	});

	it("decodes entities in a link's destination", () => {
		expect(paragraphOf(inGroup("[q](https://a.example/?a=1&amp;b=2)"))).toEqual([
			{ text: "q", href: "https://a.example/?a=1&b=2" },
		]);
	});

	it("keeps bold text inside a link both strong and linked", () => {
		expect(paragraphOf(inGroup("[**site**](https://y.example)"))).toEqual([
			{ text: "site", strong: true, href: "https://y.example" },
		]);
	});

	it("decodes named and numeric HTML entities, once", () => {
		const resume = parsed(
			"# Jane &amp; Co\n\n## R&amp;D\n\n### G\n\nTom &amp; Jerry caf&#233; &eacute;t&eacute; &#x263A; &amp;lt;\n",
		);
		expect(resume.basics.name).toBe("Jane & Co");
		expect(resume.sections[0]?.title).toBe("R&D");
		expect(text(paragraphOf(onlyGroupBlocks(resume)))).toBe("Tom & Jerry café été ☺ &lt;");
	});

	it("keeps an ampersand written as a numeric entity from starting another entity", () => {
		expect(text(paragraphOf(inGroup("&#38;amp; and &#38;")))).toBe("&amp; and &");
	});

	it("tells upper-case entities from lower-case ones", () => {
		expect(text(paragraphOf(inGroup("&Eacute;cole &eacute;t&eacute; &AMP;")))).toBe("École été &");
	});

	it("leaves unknown entities and escaped ampersands as written", () => {
		expect(text(paragraphOf(inGroup("&bogus; AT&T \\&amp;")))).toBe("&bogus; AT&T &amp;");
	});

	it("replaces a numeric entity naming no character with U+FFFD", () => {
		const words = text(paragraphOf(inGroup("a&#0;b&#xD800;c&#x110000;d")));
		expect(words).toBe("a\uFFFDb\uFFFDc\uFFFDd");
	});

	it("reads a soft line break as one space, whatever the indentation around it", () => {
		expect(paragraphOf(inGroup("foo \t\n   bar *baz*\nqux"))).toEqual([
			{ text: "foo bar " },
			{ text: "baz", emphasis: true },
			{ text: " qux" },
		]);
		expect(text(paragraphOf(inGroup("one\n    two\nthree")))).toBe("one two three");
	});

	it("reads a backslash at the end of a line and a <br> tag as hard line breaks", () => {
		expect(text(paragraphOf(inGroup("one\\\ntwo<br>three<br/>four")))).toBe("one\ntwo\nthree\nfour");
	});

	it("drops inline HTML tags but keeps the words between them", () => {
		expect(text(paragraphOf(inGroup('a <span class="x">b</span> <i class="fa-solid fa-x"></i>c')))).toBe("a b c");
	});

	it("keeps the words of an HTML block without its tags", () => {
		expect(paragraphOf(inGroup("<div>\nhello &amp; <em>you</em>\n</div>"))).toEqual([{ text: "hello & you" }]);
	});
});

describe("text that must not reach a terminal", () => {
	it("strips control characters from names, headings, text and links", () => {
		const resume = parsed(
			"# Ja\u0007ne\u0000\n\n## Mi\u007fsc\n\n### G\u0008\n\nbe\u0085ll [li\u0001nk](https://x.exa\u0002mple)\n",
		);
		expect(resume.basics.name).toBe("Jane");
		expect(resume.sections[0]?.title).toBe("Misc");
		expect(paragraphOf(onlyGroupBlocks(resume))).toEqual([
			{ text: "bell " },
			{ text: "link", href: "https://x.example" },
		]);
		expect(text(groupsOf(resume, "misc")[0]?.heading ?? [])).toBe("G");
	});

	it("strips whole escape sequences, leaving no stray parameters", () => {
		const words = text(
			paragraphOf(
				inGroup(
					"red \u001b[31mtext\u001b[0m, \u009b1mbold, \u001b]8;;https://evil.example\u0007link\u001b]8;;\u001b\\ done\u001bc",
				),
			),
		);
		expect(words).toBe("red text, bold, link done");
	});

	it("strips escape sequences written as entities", () => {
		expect(text(paragraphOf(inGroup("a&#27;[2Jb&#x1b;]0;title&#7;c")))).toBe("abc");
	});

	it("strips bidirectional overrides and isolates", () => {
		expect(text(paragraphOf(inGroup("evil \u202Egnp.exe\u202C and \u2066iso\u2069 &#x202E;x")))).toBe(
			"evil gnp.exe and iso x",
		);
	});

	it("strips control characters from code blocks and code spans too", () => {
		expect(inGroup("`a\u001b[2Jb`\n\n```\nc\u001b]0;t\u0007d\n```")).toEqual([
			{ kind: "paragraph", text: [{ text: "ab", code: true }] },
			{ kind: "code", language: "", text: "cd" },
		]);
	});
});

describe("inline HTML in someone else's résumé", () => {
	it("drops what sits inside <script> and <style>, keeping the words around and inside other tags", () => {
		const resume = parsed("# A\n\n## S\n\nx <script>alert(1)</script> y <style>p{}</style> z <b>bold</b>\n");
		expect(text(paragraphOf(section(resume, "s").blocks))).toBe("x  y  z bold");
	});
});

/** How many lists and quotes hold one another at most: what views and the export recurse through. */
function nestingDepth(blocks: readonly Block[]): number {
	let deepest = 0;
	const pending: [readonly Block[], number][] = [[blocks, 0]];
	for (let next = pending.pop(); next; next = pending.pop()) {
		const [inner, depth] = next;
		deepest = Math.max(deepest, depth);
		for (const block of inner) {
			if (block.kind === "quote") pending.push([block.blocks, depth + 1]);
			if (block.kind === "list") for (const item of block.items) pending.push([item.children, depth + 1]);
		}
	}
	return deepest;
}

/** The words of some blocks in reading order, whatever holds them. */
function wordsIn(blocks: readonly Block[]): string[] {
	const words: string[] = [];
	const pending: Block[] = [...blocks].reverse();
	for (let block = pending.pop(); block; block = pending.pop()) {
		if (block.kind === "paragraph" || block.kind === "heading") words.push(text(block.text));
		if (block.kind === "quote") pending.push(...[...block.blocks].reverse());
		if (block.kind === "list")
			for (const item of [...block.items].reverse()) {
				pending.push(...[...item.children].reverse());
				pending.push({ kind: "paragraph", text: item.text });
			}
	}
	return words.filter(Boolean);
}

describe("lists and quotes nested deeper than any résumé", () => {
	const inSection = (body: string) => `# N\n\n# S\n\n${body}\n`;

	it.each([
		["quotes", `${"> ".repeat(5000)}a`],
		["lists", `${"- ".repeat(5000)}a`],
		["lists in quotes", `${"> - ".repeat(5000)}a`],
	])("refuses %s nested 5000 deep in one line, without a crash", (_, body) => {
		expect(failure(inSection(body))).toBe("the résumé nests lists or quotes too deeply");
	});

	it("reads lists in quotes nested 1000 deep, or refuses them, without a crash", () => {
		expect(() => parseMarkdown(inSection(`${"> - ".repeat(1000)}a`))).not.toThrow();
	});

	it("flattens lists nested past 20 levels into one list at the 21st, keeping every item in order", () => {
		const markdown = Array.from({ length: 30 }, (_, level) => `${"  ".repeat(level)}- item ${level + 1}`).join("\n");
		const blocks = section(parsed(inSection(markdown)), "s").blocks;
		expect(nestingDepth(blocks)).toBe(21);
		expect(wordsIn(blocks)).toEqual(Array.from({ length: 30 }, (_, level) => `item ${level + 1}`));
	});

	it("keeps the text of quotes and lists nested 300 deep, at most 21 deep in the model", () => {
		const blocks = section(parsed(inSection(`${"> - ".repeat(300)}a\n\nb`)), "s").blocks;
		expect(nestingDepth(blocks)).toBeLessThanOrEqual(21);
		expect(wordsIn(blocks)).toEqual(["a", "b"]);
	});

	it("keeps what a deep item holds besides its text: paragraphs, code, and the items after it", () => {
		const deep = Array.from({ length: 25 }, (_, level) => `${"  ".repeat(level)}- level ${level + 1}`).join("\n");
		const tail = `\n\n${"  ".repeat(25)}more\n\n${"  ".repeat(25)}    code\n\n${"  ".repeat(24)}- last`;
		const blocks = section(parsed(inSection(deep + tail)), "s").blocks;
		expect(nestingDepth(blocks)).toBeLessThanOrEqual(21);
		expect(wordsIn(blocks)).toEqual([
			...Array.from({ length: 25 }, (_, level) => `level ${level + 1}`),
			"more",
			"last",
		]);
		expect(JSON.stringify(blocks)).toContain('{"kind":"code","language":"","text":"code\\n"}');
	});
});

describe("links as a terminal's hyperlink carries them", () => {
	it.each([
		["a line break written as an entity", "[a](http://x/&#10;y)", "http://x/y"],
		["a carriage return in a bare www. address", "www.a&#13;b.com", "http://www.ab.com/"],
		["a tab written as an entity", "[a](http://x/&#9;y)", "http://x/y"],
		["a space inside angle brackets", "[a](<http://x/ y>)", "http://x/%20y"],
		["an invisible character in the host", "[a](https://\uFEFFexample.org/)", "https://example.org/"],
		["a space in a mail address", "[a](<mailto:a b@example.org>)", "mailto:a%20b@example.org"],
	])("links to the address the URL reads, not as written, past %s", (_, markdown, href) => {
		const link = paragraphOf(inGroup(markdown)).find((span) => span.href);
		expect(link?.href).toBe(href);
	});

	it("keeps a link of printable ASCII exactly as written", () => {
		expect(paragraphOf(inGroup("[a](https://example.org/a?b=c#d)"))[0]?.href).toBe("https://example.org/a?b=c#d");
	});
});

describe("combining marks with nothing before them to combine with", () => {
	const startsWithMark = (value: string) => /^\p{Mark}/u.test(value);

	it("drops a mark that starts the name or a section title", () => {
		const resume = parsed("# \u0301N\n\n# \u0301S\n\nx");
		expect(resume.basics.name).toBe("N");
		expect(resume.sections[0]?.title).toBe("S");
	});

	it("gives a mark after emphasis to the emphasised letter it follows", () => {
		expect(paragraphOf(inGroup("**e**\u0301 and `c`\u0301"))).toEqual([
			{ text: "e\u0301", strong: true },
			{ text: " and " },
			{ text: "c\u0301", code: true },
		]);
	});

	it("drops a mark that starts a line after a hard break, or a line of code", () => {
		expect(paragraphOf(inGroup("a<br>\u0301b"))).toEqual([{ text: "a" }, { text: "\n" }, { text: "b" }]);
		expect(inGroup("```\n\u0301x\n\ty\u0301\n```")).toEqual([{ kind: "code", language: "", text: "x\n    y\u0301" }]);
	});

	it("starts no span or field with a mark, in the header, job headings and dates alike", () => {
		const resume = parsed(
			[
				"---",
				"title: \u0301Jane",
				"author: \u00A0\u0301Engineer",
				"---",
				"# Experience",
				"## \u0301Acme _\u0301Engineer_ _\u0301Paris, \u0301April 2020 - Present_",
				"### \u0301Team _\u03012019_",
				"- [\u0301mail](mailto:a@b.org) \u0301x",
			].join("\n\n"),
		);
		expect(resume.basics.name).toBe("Jane");
		expect(resume.basics.title).toBe("Engineer");
		const [job] = jobsOf(resume);
		// Each mark goes with the text before it, as it would be read; a month starts with a letter.
		expect(job).toMatchObject({
			organisation: "Acme \u0301",
			role: "Engineer",
			place: "Paris, \u0301April",
			dates: { start: "2020", end: "Present" },
		});
		expect(job?.groups[0]).toMatchObject({ heading: [{ text: "Team \u0301" }], date: "2019" });
		expect(everySpan(resume).filter((span) => startsWithMark(span.text))).toEqual([]);
	});
});

describe("tabs, which a terminal would stretch to its own tab stops", () => {
	it("reads a tab in text, a code span, a title or the front matter as one space", () => {
		const resume = parsed("---\ntitle: Jane\tDoe\n---\n# Skills\tand tools\n\n### G\n\nGo\tand `a\tb`\n");
		expect(resume.basics.name).toBe("Jane Doe");
		expect(resume.sections[0]?.title).toBe("Skills and tools");
		expect(paragraphOf(onlyGroupBlocks(resume))).toEqual([{ text: "Go and " }, { text: "a b", code: true }]);
	});

	it("expands a tab in a code block to the next multiple of 4 columns, so columns stay aligned", () => {
		expect(inGroup("```\na\tb\nabcd\te\n\tf\n```")).toEqual([
			{ kind: "code", language: "", text: "a   b\nabcd    e\n    f" },
		]);
	});
});

describe("long runs of spaces, which a regular expression could read again from each", () => {
	it("parses a paragraph holding 50,000 spaces or tabs in a row", () => {
		for (const run of [" ", "\t"]) {
			const words = text(paragraphOf(inGroup(`a${run.repeat(50_000)}b\nc${"\t".repeat(50_000)}\nd`)));
			expect(words.replace(/ {50000}/, "<run>")).toBe("a<run>b c d");
		}
	});
});

describe("a file of many headings", () => {
	it("reads 150,000 headings without overflowing the stack", { timeout: 15_000 }, () => {
		const resume = parsed(`# N\n\n# S\n\n${"## a\n".repeat(150_000)}`);
		expect(groupsOf(resume, "s")).toHaveLength(150_000);
	});
});
