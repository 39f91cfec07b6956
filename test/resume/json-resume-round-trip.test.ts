import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runJsonMode } from "../../source/modes/json-mode.js";
import { fromJsonResume } from "../../source/resume/from-json-resume/from-json-resume.js";
import { loadResumeFile } from "../../source/resume/load-resume.js";
import { toJsonResume } from "../../source/resume/to-json-resume/to-json-resume.js";
import { schemaErrors } from "../helpers/json-resume-schema.js";

// Read from the installed package, never copied: a new release's samples are tested as they come.
const SCHEMA_PACKAGE = dirname(createRequire(import.meta.url).resolve("@jsonresume/schema/package.json"));
const SAMPLES = [
	join(SCHEMA_PACKAGE, "sample.resume.json"),
	...readdirSync(join(SCHEMA_PACKAGE, "examples"))
		.filter((name) => name.endsWith(".json"))
		.map((name) => join(SCHEMA_PACKAGE, "examples", name)),
];

/** `--file path --json`, as the command line runs it. */
async function jsonOfFile(path: string): Promise<unknown> {
	const loaded = await loadResumeFile(path);
	if (!loaded.ok) throw new Error(loaded.error);
	let written = "";
	runJsonMode(loaded.resume, (text) => {
		written += text;
	});
	return JSON.parse(written);
}

function roundTrip(document: unknown): unknown {
	const read = fromJsonResume(JSON.parse(JSON.stringify(document)));
	if (!read.ok) throw new Error(read.error);
	return JSON.parse(JSON.stringify(toJsonResume(read.resume)));
}

describe("the schema package's own samples through --file X.json --json", () => {
	it("finds the sample and at least three examples to read", () => {
		expect(SAMPLES.length).toBeGreaterThanOrEqual(4);
	});

	for (const path of SAMPLES) {
		const name = path.slice(SCHEMA_PACKAGE.length + 1);
		it(`gives ${name} back field for field, valid against the schema`, async () => {
			const original = JSON.parse(readFileSync(path, "utf8")) as unknown;
			const written = await jsonOfFile(path);
			expect(written).toEqual(original);
			expect(schemaErrors(written)).toEqual([]);
		});
	}

	it("keeps the sample's volunteering out of work and its one project whole", async () => {
		const written = (await jsonOfFile(SAMPLES[0] as string)) as {
			work: { name: string }[];
			volunteer: { organization: string }[];
			projects: { name: string; highlights: string[] }[];
		};
		expect(written.work.map((job) => job.name)).toEqual(["Pied Piper"]);
		expect(written.volunteer.map((entry) => entry.organization)).toEqual(["CoderDojo"]);
		expect(written.projects.map((project) => project.name)).toEqual(["Miss Direction"]);
		expect(written.projects[0]?.highlights).toHaveLength(3);
	});
});

// ── generated schema-valid documents ────────────────────────────────────────

const LETTERS = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.;:'’()&-/éèçñüßøåœ€日本語🙂"];
const text = fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 30 });
const paragraphText = fc
	.array(text, { minLength: 1, maxLength: 3 })
	.map((lines) => lines.join("\n"))
	.filter((value) => value.trim() !== "");
const words = fc.array(text, { maxLength: 4 });
const url = fc.webUrl({ withQueryParameters: false, withFragments: false });
const isoDate = fc
	.tuple(
		fc.integer({ min: 1950, max: 2029 }),
		fc.option(fc.integer({ min: 1, max: 12 })),
		fc.option(fc.integer({ min: 1, max: 28 })),
	)
	.map(([year, month, day]) =>
		[String(year), month && String(month).padStart(2, "0"), month && day && String(day).padStart(2, "0")]
			.filter(Boolean)
			.join("-"),
	);
const email = fc
	.tuple(
		fc.stringMatching(/^[a-z][a-z0-9]{0,9}$/),
		fc.stringMatching(/^[a-z]{2,10}$/),
		fc.constantFrom("org", "com", "fr"),
	)
	.map(([user, host, tld]) => `${user}@${host}.${tld}`);
/** A key the schema does not name, which a document may carry anywhere. */
const extra = fc.option(fc.record({ "x-note": text }), { nil: undefined });

function entry<T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) {
	return fc.tuple(fc.record(fields, { requiredKeys: [] }), extra).map(([value, more]) => ({ ...value, ...more }));
}

const dated = { startDate: isoDate, endDate: isoDate };

const documentArbitrary = fc.record(
	{
		$schema: fc.constant("https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"),
		basics: fc
			.tuple(
				fc.record(
					{
						label: text,
						image: fc.constantFrom("", "https://example.org/me.jpg"),
						email,
						phone: fc.constantFrom("(912) 555-4321", "+33 6 12 34 56 78"),
						url,
						summary: paragraphText,
						location: entry({
							address: text,
							postalCode: text,
							city: text,
							countryCode: fc.constantFrom("US", "FR", "GB"),
							region: text,
						}),
						profiles: fc.array(
							entry({ network: fc.constantFrom("GitHub", "LinkedIn", "Twitter", "Mastodon"), username: text, url }),
							{ maxLength: 3 },
						),
					},
					{ requiredKeys: [] },
				),
				text.filter((name) => name.trim() !== ""),
			)
			.map(([basics, name]) => ({ name, ...basics })),
		work: fc.array(
			entry({
				name: text,
				location: text,
				description: text,
				position: text,
				url,
				...dated,
				summary: paragraphText,
				highlights: words,
			}),
			{ minLength: 1, maxLength: 3 },
		),
		volunteer: fc.array(
			entry({ organization: text, position: text, url, ...dated, summary: paragraphText, highlights: words }),
			{ maxLength: 2 },
		),
		education: fc.array(
			entry({ institution: text, url, area: text, studyType: text, ...dated, score: text, courses: words }),
			{ maxLength: 2 },
		),
		awards: fc.array(entry({ title: text, date: isoDate, awarder: text, summary: paragraphText }), { maxLength: 2 }),
		certificates: fc.array(entry({ name: text, date: isoDate, url, issuer: text }), { maxLength: 2 }),
		publications: fc.array(entry({ name: text, publisher: text, releaseDate: isoDate, url, summary: paragraphText }), {
			maxLength: 2,
		}),
		skills: fc.array(entry({ name: text, level: text, keywords: words }), { maxLength: 3 }),
		languages: fc.array(entry({ language: text, fluency: text }), { maxLength: 2 }),
		interests: fc.array(entry({ name: text, keywords: words }), { maxLength: 2 }),
		references: fc.array(entry({ name: text, reference: paragraphText }), { maxLength: 2 }),
		projects: fc.array(
			entry({
				name: text,
				description: paragraphText,
				highlights: words,
				keywords: words,
				...dated,
				url,
				roles: words,
				entity: text,
				type: text,
			}),
			{ maxLength: 2 },
		),
		meta: fc.record(
			{ canonical: url, version: fc.constant("v1.0.0"), lastModified: fc.constant("2017-12-24T15:53:00") },
			{ requiredKeys: [] },
		),
	},
	{ requiredKeys: ["basics", "work"] },
);

describe("generated schema-valid JSON Resume documents", () => {
	it("are schema-valid to begin with", () => {
		fc.assert(
			fc.property(documentArbitrary, (document) => {
				expect(schemaErrors(document)).toEqual([]);
			}),
			{ numRuns: 50 },
		);
	});

	it("come back from --file … --json as they were, and still valid", () => {
		fc.assert(
			fc.property(documentArbitrary, (document) => {
				const written = roundTrip(document);
				expect(written).toEqual(document);
				expect(schemaErrors(written)).toEqual([]);
			}),
			{ numRuns: 200 },
		);
	});
});

describe("a JSON Resume fixture with every section, a key the schema does not name, and four profiles", () => {
	const path = new URL("../fixtures/principal-engineer.resume.json", import.meta.url).pathname;

	it("comes back from --file … --json as it was, and is valid", async () => {
		const original = JSON.parse(readFileSync(path, "utf8")) as unknown;
		const written = await jsonOfFile(path);
		expect(written).toEqual(original);
		expect(schemaErrors(written)).toEqual([]);
	});
});

describe("a Markdown résumé's --json read back with --file", () => {
	const fixtures = new URL("../fixtures/", import.meta.url).pathname;
	for (const name of readdirSync(fixtures).filter((file) => file.endsWith(".md"))) {
		it(`gives the same --json again for ${name}`, async () => {
			const loaded = await loadResumeFile(join(fixtures, name));
			if (!loaded.ok) return expect(loaded.error).toMatch(/empty|no name|no sections/);
			const exported = JSON.parse(JSON.stringify(toJsonResume(loaded.resume))) as unknown;
			expect(roundTrip(exported)).toEqual(exported);
			expect(schemaErrors(exported)).toEqual([]);
		});
	}
});
