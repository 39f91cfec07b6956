import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { printResume } from "../../source/print/print-resume.js";
import { createStyles } from "../../source/render/styles.js";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";
import { toJsonResume } from "../../source/resume/to-json-resume/to-json-resume.js";
import { type FuzzBudget, type FuzzOutcome, type PropertyName, parserProperties } from "./parser.fuzz.js";

/**
 * Cases per property for `npm test`: a few thousand in all, about ten seconds on two
 * cores. `FUZZ_RUNS` (cases in all, shared in these proportions), `FUZZ_SECONDS`
 * (a time budget in all) and `FUZZ_SEED` turn the same properties into a long fuzzing
 * session: see scripts/fuzz.mjs.
 */
const DEFAULT_RUNS: Readonly<Record<PropertyName, number>> = {
	"the parser returns a result, never throws, whatever the file holds": 500,
	"the parser finishes any input in well under a second": 200,
	"no control character, escape or bidi override reaches the model": 400,
	"every link in the model is an http:, https: or mailto: URL": 300,
	"every link in the model is printable ASCII, without white space": 300,
	// Wrapping is what costs: these render each case three or four times.
	"printing without colour writes no escape at all": 60,
	"printing in colour writes only our colours and hyperlinks": 60,
	"no printed line is wider than the terminal": 60,
	"the JSON Resume export never throws, is quick and holds no control character": 300,
};

const names = Object.keys(DEFAULT_RUNS) as PropertyName[];
const defaultTotal = names.reduce((sum, name) => sum + DEFAULT_RUNS[name], 0);
const totalRuns = positive(process.env.FUZZ_RUNS);
const totalSeconds = positive(process.env.FUZZ_SECONDS);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const fuzzing = totalRuns !== undefined || totalSeconds !== undefined;
const DAY_MS = 24 * 60 * 60 * 1000;

function positive(value: string | undefined): number | undefined {
	const number = Number(value);
	return value && Number.isFinite(number) && number > 0 ? number : undefined;
}

function budgetOf(name: PropertyName): FuzzBudget {
	const share = DEFAULT_RUNS[name] / defaultTotal;
	const numRuns =
		totalRuns !== undefined
			? Math.max(1, Math.round(totalRuns * share))
			: totalSeconds !== undefined
				? Number.MAX_SAFE_INTEGER
				: DEFAULT_RUNS[name];
	return {
		numRuns,
		timeLimitMs: totalSeconds === undefined ? undefined : Math.round((totalSeconds * 1000) / names.length),
		seed,
	};
}

const outcomes = new Map<PropertyName, FuzzOutcome>();

describe("any file, however hostile", () => {
	for (const name of names) {
		it(
			name,
			() => {
				outcomes.set(name, parserProperties[name](budgetOf(name)));
			},
			fuzzing ? DAY_MS : 20_000,
		);
	}

	afterAll(() => {
		if (!fuzzing) return;
		const rows = [...outcomes].map(
			([name, { runs, ms }]) => `${String(runs).padStart(9)} cases ${String(ms).padStart(8)} ms  ${name}`,
		);
		const runs = [...outcomes.values()].reduce((sum, outcome) => sum + outcome.runs, 0);
		console.log(
			[
				`fuzz summary (seed ${seed ?? "random"}): ${runs} cases, ${outcomes.size}/${names.length} properties held`,
				...rows,
			].join("\n"),
		);
	});
});

const template = readFileSync(new URL("../fixtures/sample-resume.md", import.meta.url), "utf8");
const bullets = template.split("\n").filter((line) => line.startsWith("* "));

/** Job after job of the template's own bullets, about `bytes` long. */
function bigResume(bytes: number): string {
	const parts = ["# Jérôme Vizcaino\n\nSenior Software Engineer\n\n# Experience\n"];
	let length = parts[0]?.length ?? 0;
	for (let job = 0; length < bytes; job++) {
		const chunk = [
			`\n## Datadog _Engineer ${job}_ _Paris, April 2020 - Present_\n\n### Support and improve existing stack\n`,
			...bullets,
			"",
		].join("\n");
		parts.push(chunk);
		length += chunk.length;
	}
	return parts.join("");
}

describe("big and pathological files", () => {
	// No clock here: a parser gone quadratic blows the test's timeout by far, and how fast it
	// really is belongs to the benchmarks, where a busy machine is said, not failed.
	it("parses a megabyte of ordinary bullets", () => {
		const markdown = bigResume(1024 * 1024);
		expect(markdown.length).toBeGreaterThanOrEqual(1024 * 1024);
		const parsed = parseMarkdown(markdown);
		if (!parsed.ok) throw new Error(parsed.error);
		expect(parsed.resume.sections[0]?.title).toBe("Experience");
	});

	const inSection = (body: string) => `# Name\n\n# Experience\n\n${body}\n`;
	it.each([
		["500 opening brackets", inSection("[".repeat(500))],
		["500 unclosed links", inSection("[a](".repeat(500))],
		["500 brackets nested around a link", inSection(`${"[".repeat(500)}a${"](http://x)".repeat(500)}`)],
		["1000 asterisks", inSection("*".repeat(1000))],
		["500 unmatched emphasis openers", inSection("*a ".repeat(500))],
		["500 intraword underscores", inSection("_a".repeat(500))],
		["500 nested emphasis pairs", inSection(`${"*_".repeat(500)}a${"_*".repeat(500)}`)],
		["1000 angle brackets", inSection("<".repeat(1000))],
		["a line of 1000 backticks", inSection(`${"`".repeat(1000)}a`)],
		["500 alternating backtick runs", inSection("``a".repeat(500))],
		["quotes nested 300 deep", inSection(`${"> ".repeat(300)}a`)],
		["a list nested 200 deep", inSection(Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}- a`).join("\n"))],
		["500 HTML comment openers", inSection(`<div>\n${"<!--".repeat(500)}`)],
	])("parses %s", (_, markdown) => {
		expect(parseMarkdown(markdown).ok).toBe(true);
	});

	it.each([
		["quotes nested 5000 deep", "> ".repeat(5000)],
		["lists nested 5000 deep", "- ".repeat(5000)],
		["lists in quotes nested 5000 deep", "> - ".repeat(5000)],
	])("refuses %s with one clear line, without a crash", (_, nesting) => {
		expect(parseMarkdown(inSection(`${nesting}a`))).toEqual({
			ok: false,
			error: "the résumé nests lists or quotes too deeply",
		});
	});

	// Whether 800 levels fit depends on the stack the process was given: either outcome is fine, a crash is not.
	it("refuses or shows lists in quotes nested 800 deep, printed and exported whole", () => {
		const parsed = parseMarkdown(inSection(`${"> - ".repeat(800)}deepest`));
		const outcome = parsed.ok
			? {
					printed: printResume(parsed.resume, { styles: createStyles(0), links: "text", width: 80 }).includes(
						"deepest",
					),
					exported: JSON.stringify(toJsonResume(parsed.resume)).includes("deepest"),
				}
			: parsed.error;
		expect([{ printed: true, exported: true }, "the résumé nests lists or quotes too deeply"]).toContainEqual(outcome);
	});

	it.each([
		["quotes nested 100 deep", "> ".repeat(100)],
		["lists nested 100 deep", "- ".repeat(100)],
		["lists in quotes nested 100 deep", "> - ".repeat(100)],
	])("shows %s, printed and exported without a crash", (_, nesting) => {
		const parsed = parseMarkdown(inSection(`${nesting}deepest`));
		if (!parsed.ok) throw new Error(parsed.error);
		expect(printResume(parsed.resume, { styles: createStyles(0), links: "text", width: 80 })).toContain("deepest");
		expect(JSON.stringify(toJsonResume(parsed.resume))).toContain("deepest");
	});

	// One long line (30,000 characters) where each regular expression of the parser and
	// the export reads text: each must stay linear, as a file of a few hundred kilobytes
	// would otherwise hold the terminal for minutes.
	const long = 30_000;
	it.each([
		["a group heading's trailing date", `# Name\n\n# Skills\n\n### a _b${"a".repeat(long)}_\n`],
		["a job heading's place", `# Name\n\n# Experience\n\n## Org _Role_ _a${" ".repeat(long)}x, 2020_\n`],
		["spaces inside a paragraph", `# Name\n\n# Skills\n\na${" ".repeat(long)}b\n`],
		["tabs inside a paragraph", `# Name\n\n# Skills\n\na${"\t".repeat(long)}b\n`],
		["an education entry's degree", `# Name\n\n# Education\n\n### School _2004_\n\ndegree${" ".repeat(long)}x\n`],
		["the front matter's title", `---\ntitle: a${" ".repeat(long)}b\n---\n# Skills\n\nx\n`],
	])("parses and exports a long run in %s", (_, markdown) => {
		const parsed = parseMarkdown(markdown);
		if (!parsed.ok) throw new Error(parsed.error);
		expect(toJsonResume(parsed.resume).basics).toBeDefined();
	});
});
