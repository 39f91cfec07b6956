import { readFileSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
	describeJsonError,
	loadResumeFile,
	MAX_JSON_BYTES,
	MAX_MARKDOWN_BYTES,
} from "../../source/resume/load-resume.js";
import type { Block, Group, Inline, Job, Resume, Section } from "../../source/resume/model.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const fixture = (name: string): string => join(FIXTURES, name);

let scratch: string;
beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), "load-resume-"));
});
afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

/** A file the test writes: binary, invalid UTF-8 and oversized content have no place in git. */
async function scratchFile(name: string, content: string | Uint8Array): Promise<string> {
	const path = join(scratch, name);
	await writeFile(path, content);
	return path;
}

async function loaded(path: string): Promise<Resume> {
	const result = await loadResumeFile(path);
	if (!result.ok) throw new Error(`expected a résumé, got: ${result.error}`);
	return result.resume;
}

async function refused(path: string): Promise<{ error: string; code: number }> {
	const result = await loadResumeFile(path);
	if (result.ok) throw new Error(`expected ${path} to be refused`);
	return { error: result.error, code: result.code };
}

const text = (inline: Inline): string => inline.map((span) => span.text).join("");

function onlyJob(section: Section | undefined): Job {
	if (section?.kind !== "experience" || section.jobs.length !== 1 || !section.jobs[0])
		throw new Error("expected one job");
	return section.jobs[0];
}

function onlyGroup(section: Section | undefined): Group {
	if (section?.kind !== "groups" || section.groups.length !== 1 || !section.groups[0])
		throw new Error("expected one group");
	return section.groups[0];
}

function lists(blocks: readonly Block[]) {
	return blocks.flatMap((block) => (block.kind === "list" ? [block] : []));
}

function bullets(blocks: readonly Block[]): string[] {
	return lists(blocks).flatMap((list) => list.items.map((item) => text(item.text)));
}

describe("a Markdown résumé in the shapes people write", () => {
	it("reads one without the template's HTML side column", async () => {
		const resume = await loaded(fixture("no-side-column.md"));
		expect(resume.basics).toEqual({
			name: "Ada Lovelace",
			title: "Analyst of engines",
			location: "London, United Kingdom",
			contacts: [{ kind: "email", label: "ada@example.org", url: "mailto:ada@example.org" }],
			extra: [],
		});
		expect(resume.sections.map((section) => section.title)).toEqual(["Experience", "Education", "Skills"]);
		expect(onlyJob(resume.sections[0])).toMatchObject({
			organisation: "Analytical Engine Project",
			role: "Analyst",
			place: "London",
			dates: { start: "1842", end: "1843" },
		});
	});

	it("knows renamed sections for what they are: Work history holds jobs, Formation is education", async () => {
		const resume = await loaded(fixture("renamed-sections.md"));
		const [work, formation] = resume.sections;
		expect(work).toMatchObject({ title: "Work history", slug: "work-history", kind: "experience" });
		expect(onlyJob(work)).toMatchObject({ organisation: "Remington Rand", role: "Senior Mathematician" });
		expect(formation).toMatchObject({ title: "Formation", kind: "groups", category: "education" });
		expect(onlyGroup(formation)).toMatchObject({ heading: [{ text: "Yale University" }], date: "1934" });
	});

	it("reads Publications as groups of that list, and Volunteering as jobs", async () => {
		const resume = await loaded(fixture("unknown-sections.md"));
		const [, publications, volunteering] = resume.sections;
		expect(publications).toMatchObject({ title: "Publications", kind: "groups", list: "publications" });
		expect(onlyGroup(publications)).toEqual({
			heading: [{ text: "Higher Order Software" }],
			date: "1976",
			blocks: [{ kind: "paragraph", text: [{ text: "A methodology for defining software." }] }],
		});
		expect(volunteering).toMatchObject({ title: "Volunteering", kind: "experience", list: "volunteer" });
		expect(volunteering?.kind === "experience" && volunteering.jobs.map((job) => job.organisation)).toEqual([
			"Computer History Museum",
		]);
	});

	it("reads # and ## headings as it reads underlined ones", async () => {
		const resume = await loaded(fixture("atx-headings.md"));
		expect(resume.basics).toMatchObject({ name: "Linus Torvalds", title: "Software engineer" });
		const job = onlyJob(resume.sections[0]);
		expect(job).toMatchObject({
			organisation: "Linux Foundation",
			role: "Fellow",
			place: "Portland",
			dates: { start: "2003", end: "Present", startIso: "2003" },
		});
		expect(job.groups.map((group) => [text(group.heading), bullets(group.blocks)])).toEqual([
			["Kernel", ["Maintain the mainline tree."]],
		]);
		expect(resume.sections[1]).toMatchObject({ title: "Skills", category: "skills" });
	});

	it("keeps every bullet when -, + and * are mixed (each starts a new list in CommonMark)", async () => {
		const { blocks } = onlyGroup((await loaded(fixture("mixed-bullets.md"))).sections[0]);
		expect(lists(blocks)).toHaveLength(3);
		expect(bullets(blocks)).toEqual(["ed", "grep", "regular expressions"]);
	});

	it("keeps numbered lists with their start and nested lists under their item", async () => {
		const [numbered] = lists(onlyGroup((await loaded(fixture("nested-and-numbered-lists.md"))).sections[0]).blocks);
		expect(numbered).toMatchObject({ ordered: true, start: 3 });
		expect(numbered?.items.map((item) => text(item.text))).toEqual(["Rewrite the kernel in C", "Port it:"]);
		const [nested] = lists(numbered?.items[1]?.children ?? []);
		expect(nested).toMatchObject({ ordered: false });
		expect(nested?.items.map((item) => text(item.text))).toEqual(["to the Interdata 8/32", "to the VAX"]);
		const [deepest] = lists(nested?.items[1]?.children ?? []);
		expect(deepest).toMatchObject({ ordered: true, start: 1, items: [{ text: [{ text: "with virtual memory" }] }] });
	});

	it("reads CRLF line endings without a stray carriage return", async () => {
		// Guards the fixture itself: a checkout that rewrote its line endings would test nothing.
		expect(await readFile(fixture("crlf-line-endings.md"), "utf8")).toContain("\r\n");
		const resume = await loaded(fixture("crlf-line-endings.md"));
		expect(resume.basics).toMatchObject({ name: "Barbara Liskov", title: "Professor" });
		const job = onlyJob(resume.sections[0]);
		expect(job).toMatchObject({ organisation: "MIT", role: "Institute Professor", place: "Cambridge" });
		expect(bullets(job.blocks)).toEqual(["Design CLU.", "Define the substitution principle."]);
		expect(JSON.stringify(resume)).not.toContain("\\r");
	});

	it("reads the last line of a file without a final newline", async () => {
		const { blocks } = onlyGroup((await loaded(fixture("no-final-newline.md"))).sections[0]);
		expect(bullets(blocks)).toEqual(["Shortest paths", "Semaphores"]);
	});

	it("keeps code spans as code, written as they are", async () => {
		const { blocks } = onlyGroup((await loaded(fixture("code-spans.md"))).sections[0]);
		expect(lists(blocks)[0]?.items.map((item) => item.text)).toEqual([
			[{ code: true, text: "awk" }, { text: " one-liners" }],
			[{ text: "Write " }, { code: true, text: 'printf("hello, world\\n");' }, { text: " first" }],
			[{ text: "A span with " }, { code: true, text: "a ` backtick" }, { text: " inside" }],
		]);
	});

	it("links inline, reference, angle-bracket and bare URLs, and never a javascript: one", async () => {
		const job = onlyJob((await loaded(fixture("links.md"))).sections[0]);
		const links = lists(job.blocks)[0]?.items.flatMap((item) => item.text.filter((span) => span.href));
		expect(links).toEqual([
			{ text: "the World Wide Web", href: "https://info.cern.ch/hypertext/WWW/TheProject.html" },
			{ text: "browser", href: "https://www.w3.org/History/1994/WWW/Journals/CACM/screensnap2_24c.gif" },
			{ text: "https://www.w3.org/People/Berners-Lee/", href: "https://www.w3.org/People/Berners-Lee/" },
			{ text: "timbl@example.org", href: "mailto:timbl@example.org" },
			{ text: "https://www.w3.org", href: "https://www.w3.org" },
		]);
		expect(bullets(job.blocks).at(-1)).toBe("Nothing opens a script.");
	});

	it("shows a link to an undefined reference as the text that was written", async () => {
		const job = onlyJob((await loaded(fixture("undefined-references.md"))).sections[0]);
		expect(lists(job.blocks)[0]?.items.map((item) => item.text)).toEqual([
			[
				{ text: "Design " },
				{ text: "Smalltalk", href: "https://en.wikipedia.org/wiki/Smalltalk" },
				{ text: " and the [Dynabook][]." },
			],
			[{ text: "Coin [object-oriented programming][oop]." }],
		]);
	});

	it("passes the parser's reason through when the Markdown is no résumé", async () => {
		const noName = await scratchFile("no-name.md", "Just some notes.\n");
		expect(await refused(noName)).toEqual({
			error: `${noName}: no name found: start the file with a title in front matter or a # heading`,
			code: 1,
		});
		const noSections = await scratchFile("no-sections.md", "# Ada Lovelace\n\nAnalyst\n");
		expect(await refused(noSections)).toEqual({
			error: `${noSections}: no sections found: give each part of the résumé a heading`,
			code: 1,
		});
	});
});

describe("a JSON file given with --file", () => {
	it("reads a JSON Resume document", async () => {
		const resume = await loaded(fixture("full.resume.json"));
		expect(resume.basics.name).toBe("Katherine Johnson");
		expect(resume.sections).toHaveLength(13);
	});

	it("refuses JSON that is not a résumé, saying what it lacks", async () => {
		expect(await refused(fixture("not-a-resume.json"))).toEqual({
			error: `${fixture("not-a-resume.json")}: not a JSON Resume document: it needs basics.name, the person's name`,
			code: 1,
		});
	});

	it("points at the line and column of a syntax error", async () => {
		expect(await refused(fixture("malformed.json"))).toEqual({
			error: `${fixture("malformed.json")} is not valid JSON: expected double-quoted property name at line 5, column 3`,
			code: 1,
		});
	});

	it("locates an unexpected token, which V8 reports with no position", async () => {
		const path = await scratchFile("token.json", '{\n  "basics": {\n    "name": nope\n  }\n}\n');
		expect((await refused(path)).error).toBe(`${path} is not valid JSON: unexpected token 'o' at line 3, column 14`);
	});
});

describe("what V8 says about broken JSON, across Node versions", () => {
	const text = '{\n  "a": 1\n  "b": 2\n}';

	it("reads Node 20's position", () => {
		expect(describeJsonError("Expected ',' or '}' after property value in JSON at position 13", text)).toBe(
			"expected ',' or '}' after property value at line 3, column 3",
		);
	});

	it("takes line and column as Node 22 and later give them", () => {
		const node22 = "Expected ',' or '}' after property value in JSON at position 13 (line 3 column 3)";
		expect(describeJsonError(node22, text)).toBe("expected ',' or '}' after property value at line 3, column 3");
	});

	it("drops the quoted text V8 puts in an unexpected-token message, short or cut", () => {
		const broken = '{"a": }';
		expect(describeJsonError(`Unexpected token '}', "${broken}" is not valid JSON`, broken)).toBe(
			"unexpected token '}' at line 1, column 7",
		);
		const long = `{"${"a".repeat(40)}": 1, "b": }`;
		expect(describeJsonError(`Unexpected token '}', ..."1, "b": }"... is not valid JSON`, long)).toBe(
			"unexpected token '}' at line 1, column 54",
		);
	});

	it("places an early end at the end of the text", () => {
		expect(describeJsonError("Unexpected end of JSON input", '{\n  "a": [1,')).toBe(
			"unexpected end of JSON input at line 2, column 11",
		);
	});
});

describe("a file that cannot be a résumé", () => {
	it("is named when it does not exist, as a usage mistake", async () => {
		const missing = join(scratch, "nope.md");
		expect(await refused(missing)).toEqual({ error: `no such file: ${missing}`, code: 2 });
		expect(await refused(join(scratch, "nope.md", "below.md"))).toMatchObject({ code: 2 });
	});

	it("is a directory", async () => {
		expect(await refused(scratch)).toEqual({
			error: `${scratch} is a directory: give the path of a résumé file (.md or .json)`,
			code: 2,
		});
	});

	it("is empty, or only white space", async () => {
		const message = "is empty: write the résumé in Markdown (# Name, then sections) or JSON Resume";
		expect(await refused(fixture("empty.md"))).toEqual({ error: `${fixture("empty.md")} ${message}`, code: 1 });
		const blank = await scratchFile("blank.json", " \n\t\r\n");
		expect(await refused(blank)).toEqual({ error: `${blank} ${message}`, code: 1 });
	});

	it("is binary: a NUL byte near the start gives it away", async () => {
		const png = await scratchFile(
			"photo.md",
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
		);
		expect(await refused(png)).toEqual({
			error: `${png} is a binary file, not a résumé: give a Markdown (.md) or JSON Resume (.json) file`,
			code: 1,
		});
	});

	it("is UTF-16, which reads as binary unless named", async () => {
		const utf16 = await scratchFile("windows.md", Buffer.from("\uFEFF# Ada\n", "utf16le"));
		expect(await refused(utf16)).toEqual({ error: `${utf16} is UTF-16 text: save it as UTF-8`, code: 1 });
	});

	it("is not UTF-8, and the first bad byte is pointed at", async () => {
		const latin1 = await scratchFile("latin1.md", Buffer.from("# Name\n\n## Skills\n\n* caf\xe9\n", "latin1"));
		expect(await refused(latin1)).toEqual({
			error: `${latin1} is not UTF-8 text (byte 0xE9 at offset 24, line 5): save it as UTF-8`,
			code: 1,
		});
	});

	it("counts from the real bytes past a replacement character the file truly holds", async () => {
		const bytes = Buffer.concat([Buffer.from("# \uFFFD\n"), Buffer.from([0xc3, 0x28])]);
		const path = await scratchFile("mixed.md", bytes);
		expect((await refused(path)).error).toBe(
			`${path} is not UTF-8 text (byte 0xC3 at offset 6, line 2): save it as UTF-8`,
		);
	});

	it("is over the size limit: refused from its size, without reading it", async () => {
		const huge = await scratchFile("huge.md", Buffer.alloc(5 * 1024 * 1024, "a"));
		expect(MAX_MARKDOWN_BYTES).toBe(128 * 1024);
		expect(await refused(huge)).toEqual({
			error: `${huge} is 5,242,880 bytes (5.0 MiB), over the 128 KiB a Markdown résumé may be: is it the right file?`,
			code: 1,
		});
	});

	it("is Markdown that marked could take seconds to read: one line says which paragraph, while JSON may hold it", async () => {
		const paragraph = `${"_a".repeat(10 * 1024)}\n`;
		const markdown = await scratchFile("long.md", `# Name\n\n## Skills\n\n${paragraph}`);
		expect(await refused(markdown)).toEqual({
			error: `${markdown}: the paragraph at line 5 holds 10,240 _, * or ~ marks, more than 4,000: Markdown that marked would take too long to read; split it or escape them`,
			code: 1,
		});
		expect(MAX_JSON_BYTES).toBe(256 * 1024);
		const json = { basics: { name: "Ada" }, interests: [{ name: "Reading", keywords: [paragraph] }] };
		expect((await loaded(await scratchFile("long.json", JSON.stringify(json)))).basics.name).toBe("Ada");
	});

	// Root reads any file whatever its mode, so there is nothing to refuse when tests run as root (as in CI containers).
	it.skipIf(process.getuid?.() === 0)("is unreadable: the permission is named, not a stack", async () => {
		const locked = await scratchFile("locked.md", "# Ada\n\n## Skills\n");
		await chmod(locked, 0o000);
		expect(await refused(locked)).toEqual({
			error: `cannot read ${locked}: permission denied (check its permissions, e.g. chmod u+r)`,
			code: 1,
		});
	});

	it("keeps escape sequences in its name off the terminal", async () => {
		const error = (await refused(join(scratch, "\u001b[31mred\u001b[0m.md"))).error;
		expect(error).toBe(`no such file: ${join(scratch, "red.md")}`);
	});
});

describe("telling Markdown from JSON", () => {
	const markdown = "# Ada Lovelace\n\n## Skills\n\n### Mathematics\n\n* Notes\n";
	const json = '{ "basics": { "name": "Ada Lovelace" }, "skills": [{ "name": "Mathematics" }] }';

	it("goes by the extension first: .md and .markdown are Markdown, .json is JSON", async () => {
		for (const name of ["resume.md", "resume.MARKDOWN"]) {
			expect((await loaded(await scratchFile(name, markdown))).basics.name).toBe("Ada Lovelace");
		}
		expect((await loaded(await scratchFile("resume.json", json))).basics.name).toBe("Ada Lovelace");
		// JSON named .md is read as Markdown, and has no heading to name anyone.
		expect((await refused(await scratchFile("misnamed.md", json))).error).toContain("no name found");
	});

	it("goes by the content otherwise: a JSON Resume saved as .txt is JSON, Markdown as .txt is Markdown", async () => {
		const sample = await scratchFile("sample.txt", readFileSync(fixture("principal-engineer.resume.json")));
		expect((await loaded(sample)).basics.name).toBe("Grace Hopper");
		expect((await loaded(await scratchFile("notes.txt", markdown))).basics.name).toBe("Ada Lovelace");
	});

	it("goes by the content for any other name: an object is JSON, text with headings Markdown", async () => {
		expect((await loaded(await scratchFile("resume", `\uFEFF \n${json}`))).sections[0]?.title).toBe("Skills");
		expect((await loaded(await scratchFile("cv.rst", markdown))).sections[0]?.title).toBe("Skills");
		const setext = "Ada Lovelace\n============\n\nSkills\n------\n\n### Mathematics\n";
		expect((await loaded(await scratchFile("cv", setext))).basics.name).toBe("Ada Lovelace");
	});

	it("says so when the content is neither", async () => {
		const notes = await scratchFile("notes", "call Ada back\n");
		expect(await refused(notes)).toEqual({
			error: `${notes}: neither Markdown with a # heading nor JSON starting with {; name it .md or .json to say which`,
			code: 1,
		});
	});

	it("accepts a UTF-8 byte order mark", async () => {
		const withBom = await scratchFile("bom.md", `\uFEFF${markdown}`);
		expect((await loaded(withBom)).basics.name).toBe("Ada Lovelace");
	});
});
