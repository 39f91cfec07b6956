/**
 * What must hold for any file handed to the parser, whoever wrote it: it never
 * throws, never hangs, lets no control sequence or unsafe link into the model,
 * and the views built on the model write only the escapes they mean to, within
 * the terminal's width. Each property takes a run budget so that `npm test`
 * runs a few and `npm run fuzz` runs many of the same.
 */
import fc from "fast-check";
import stringWidth from "string-width";
import stripAnsi from "strip-ansi";
import { printResume } from "../../source/print/print-resume.js";
import type { LinkStyle } from "../../source/render/inline-text.js";
import { createStyles } from "../../source/render/styles.js";
import { UNLIMITED } from "../../source/render/wrap.js";
import type { Resume } from "../../source/resume/model.js";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";
import { toJsonResume } from "../../source/resume/to-json-resume/to-json-resume.js";
import { anyInput, hostileText, markdownResume, pathological } from "./arbitraries.js";

export type FuzzBudget = {
	readonly numRuns: number;
	/** Stop generating new cases after this long; what ran so far still counts. */
	readonly timeLimitMs?: number;
	readonly seed?: number;
};

export type FuzzOutcome = { readonly runs: number; readonly ms: number };

/** A bound on pathological behaviour, not a benchmark: a résumé takes milliseconds. */
export const SLOW_MS = 1000;

/** C0 and C1 controls but tab and newline, DEL, ESC, and bidi embeddings, overrides and isolates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

// The only escapes the renderer writes: SGR colours, and OSC 8 hyperlinks around a
// web or mail URL (or the empty one that closes a link), terminated by BEL.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding escapes is the point
const OUR_SGR = /\u001B\[[\d;]*m/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding escapes is the point
const OUR_HYPERLINK = /\u001B\]8;;(?:(?:https?|mailto):[^\u0000-\u001F\u007F-\u009F]*)?\u0007/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding escapes is the point
const ANY_ESCAPE = /[\u001B\u009B\u009D]/;

const WIDTHS = [20, 80, UNLIMITED] as const;
const PLAIN = { styles: createStyles(0), links: "text" as LinkStyle };
const COLOURED = { styles: createStyles(3), links: "hyperlink" as LinkStyle };

/** Documents that reach past the parser into the model and the views. */
const documentInput = fc.oneof(
	{ weight: 6, arbitrary: markdownResume },
	{ weight: 1, arbitrary: pathological },
	{ weight: 1, arbitrary: hostileText.map((text) => `# Name\n\n# Experience\n\n${text}\n`) },
	{ weight: 1, arbitrary: hostileText },
);

function run(
	arbitrary: fc.Arbitrary<string>,
	predicate: (input: string) => void,
	runsOrBudget: number | FuzzBudget,
): FuzzOutcome {
	const budget = typeof runsOrBudget === "number" ? { numRuns: runsOrBudget } : runsOrBudget;
	const started = performance.now();
	const details = fc.check(fc.property(arbitrary, predicate), {
		numRuns: budget.numRuns,
		includeErrorInReport: true,
		...(budget.seed === undefined ? {} : { seed: budget.seed }),
		...(budget.timeLimitMs === undefined
			? {}
			: { interruptAfterTimeLimit: budget.timeLimitMs, markInterruptAsFailure: false }),
	});
	if (details.failed) throw new Error(fc.defaultReportMessage(details));
	return { runs: details.numRuns, ms: Math.round(performance.now() - started) };
}

/** The model, if the parser makes one; a parser that throws is the first property's concern. */
function resumeOf(input: string): Resume | undefined {
	try {
		const parsed = parseMarkdown(input);
		return parsed.ok ? parsed.resume : undefined;
	} catch {
		return undefined;
	}
}

/** A value quoted for a failure message, cut to a readable length. */
function quote(text: string, around = 0, length = 160): string {
	const start = Math.max(0, around - length / 2);
	return (
		JSON.stringify(text.slice(start, start + length)) + (text.length > length ? ` (${text.length} characters)` : "")
	);
}

/**
 * Every string in a value, with where it sits ("$.sections[0].title"). Iterative:
 * a list nested a thousand deep must not overflow the test's own stack.
 */
function* stringsIn(root: unknown): Generator<[string, string]> {
	const pending: [string, unknown][] = [["$", root]];
	for (let next = pending.pop(); next; next = pending.pop()) {
		const [path, value] = next;
		if (typeof value === "string") yield [path, value];
		else if (Array.isArray(value))
			for (const [index, item] of value.entries()) pending.push([`${path}[${index}]`, item]);
		else if (typeof value === "object" && value !== null)
			for (const [key, field] of Object.entries(value)) pending.push([`${path}.${key}`, field]);
	}
}

function assertCleanText(value: unknown): void {
	for (const [path, text] of stringsIn(value)) {
		const found = FORBIDDEN_IN_TEXT.exec(text);
		if (found) throw new Error(`${path} holds ${JSON.stringify(found[0])}: ${quote(text, found.index)}`);
	}
}

function assertOpenableUrl(path: string, url: string): void {
	// A phone's tel: address is the one other kind: digits only, and never opened (contact-kinds.ts).
	if (!/^(?:https?|mailto):/i.test(url) && !/^tel:\+?\d+$/.test(url))
		throw new Error(`${path} is not a web or mail link: ${quote(url)}`);
}

/** Links in the model, wherever they sit: spans' `href` and contacts' `url`. */
function* linksIn(resume: Resume | undefined): Generator<[string, string]> {
	for (const [path, text] of stringsIn(resume)) if (/\.(?:href|url)$/.test(path)) yield [path, text];
}

function assertOnlyOurEscapes(output: string): void {
	for (const [index, line] of output.split("\n").entries()) {
		const unknown = line.replace(OUR_SGR, "").replace(OUR_HYPERLINK, "");
		const at = unknown.search(ANY_ESCAPE);
		if (at !== -1) throw new Error(`line ${index} holds an escape the renderer did not write: ${quote(unknown, at)}`);
	}
}

function assertFits(output: string, width: number): void {
	for (const [index, line] of output.split("\n").entries()) {
		const columns = stringWidth(stripAnsi(line));
		if (columns > width)
			throw new Error(`line ${index} is ${columns} columns wide at width ${width}: ${quote(stripAnsi(line))}`);
	}
}

export const parserProperties = {
	"the parser returns a result, never throws, whatever the file holds": (budget: number | FuzzBudget) =>
		run(
			anyInput,
			(input) => {
				const parsed = parseMarkdown(input);
				if (typeof parsed.ok !== "boolean") throw new Error("no result");
			},
			budget,
		),

	"the parser finishes any input in well under a second": (budget: number | FuzzBudget) =>
		run(
			fc.oneof(pathological, markdownResume),
			(input) => {
				const started = performance.now();
				try {
					parseMarkdown(input);
				} catch {
					// Throwing is the first property's concern; this one times.
				}
				const elapsed = performance.now() - started;
				if (elapsed >= SLOW_MS) throw new Error(`parsing took ${Math.round(elapsed)} ms`);
			},
			budget,
		),

	"no control character, escape or bidi override reaches the model": (budget: number | FuzzBudget) =>
		run(documentInput, (input) => assertCleanText(resumeOf(input)), budget),

	"every link in the model is an http:, https: or mailto: URL": (budget: number | FuzzBudget) =>
		run(
			documentInput,
			(input) => {
				for (const [path, url] of linksIn(resumeOf(input))) assertOpenableUrl(path, url);
			},
			budget,
		),

	// A link is written into an OSC 8 sequence and wrapped with the text around it: a line
	// break cuts the sequence in two, a space ends it early in some terminals, a wide
	// character makes wrap-ansi break the line inside it, and an invisible one makes the
	// link shown differ from the link opened. The serialised form of a URL has none of these.
	"every link in the model is printable ASCII, without white space": (budget: number | FuzzBudget) =>
		run(
			documentInput,
			(input) => {
				for (const [path, url] of linksIn(resumeOf(input))) {
					const found = /[^\u0021-\u007E]/u.exec(url);
					if (found) throw new Error(`${path} holds ${JSON.stringify(found[0])}: ${quote(url, found.index)}`);
				}
			},
			budget,
		),

	"printing without colour writes no escape at all": (budget: number | FuzzBudget) =>
		run(
			documentInput,
			(input) => {
				const resume = resumeOf(input);
				if (!resume) return;
				for (const width of WIDTHS) {
					const output = printResume(resume, { ...PLAIN, width });
					const found = ANY_ESCAPE.exec(output);
					if (found) throw new Error(`width ${width}: an escape in ${quote(output, found.index)}`);
					assertCleanText(output);
				}
			},
			budget,
		),

	"printing in colour writes only our colours and hyperlinks": (budget: number | FuzzBudget) =>
		run(
			documentInput,
			(input) => {
				const resume = resumeOf(input);
				if (!resume) return;
				for (const width of WIDTHS) assertOnlyOurEscapes(printResume(resume, { ...COLOURED, width }));
			},
			budget,
		),

	"no printed line is wider than the terminal": (budget: number | FuzzBudget) =>
		run(
			documentInput,
			(input) => {
				const resume = resumeOf(input);
				if (!resume) return;
				for (const width of WIDTHS.filter(Number.isFinite))
					for (const options of [PLAIN, COLOURED]) assertFits(printResume(resume, { ...options, width }), width);
			},
			budget,
		),

	"the JSON Resume export never throws, is quick and holds no control character": (budget: number | FuzzBudget) =>
		run(
			documentInput,
			(input) => {
				const resume = resumeOf(input);
				if (!resume) return;
				const started = performance.now();
				const json = JSON.stringify(toJsonResume(resume));
				const elapsed = performance.now() - started;
				if (elapsed >= SLOW_MS) throw new Error(`the export took ${Math.round(elapsed)} ms`);
				const document: unknown = JSON.parse(json);
				assertCleanText(document);
				for (const [path, text] of stringsIn(document)) if (/\.url$/.test(path)) assertOpenableUrl(path, text);
			},
			budget,
		),
} satisfies Record<string, (budget: number | FuzzBudget) => FuzzOutcome>;

export type PropertyName = keyof typeof parserProperties;
