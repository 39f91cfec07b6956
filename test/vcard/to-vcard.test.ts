// The vCard read back by two libraries that did not write it: vcard4-ts, a strict RFC 6350 parser
// that reports every deviation, and ical.js, whose jCard components are the address-book model
// Thunderbird keeps contacts in.
import { fileURLToPath } from "node:url";
import ICAL from "ical.js";
import { parseVCards } from "vcard4-ts";
import { describe, expect, it } from "vitest";
import { loadResumeFile } from "../../source/resume/load-resume.js";
import type { Contact, Resume } from "../../source/resume/model.js";
import { vcardOf } from "../../source/vcard/to-vcard.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

async function fixtureResume(name: string): Promise<Resume> {
	const loaded = await loadResumeFile(fixture(name));
	if (!loaded.ok) throw new Error(loaded.error);
	return loaded.resume;
}

function resumeWith(basics: Partial<Resume["basics"]>): Resume {
	return { basics: { name: "Ada Lovelace", contacts: [], extra: [], ...basics }, sections: [] };
}

/** The one card of a vCard text, as vcard4-ts reads it; fails on any error or warning it has. */
function strictlyParsed(text: string) {
	const parsed = parseVCards(text);
	expect(parsed.nags ?? []).toEqual([]);
	expect(parsed.vCards).toHaveLength(1);
	const [card] = parsed.vCards ?? [];
	if (!card) throw new Error("no card");
	expect(card.nags ?? []).toEqual([]);
	return card;
}

/** The card as an address book holds it: ical.js's vCard component. */
const addressBookCard = (text: string) => new ICAL.Component(ICAL.parse(text));

describe("vcardOf", () => {
	it("gives every field of a résumé's contact, escaped, to a strict RFC 6350 parser", async () => {
		const card = strictlyParsed(vcardOf(await fixtureResume("contact-escapes.resume.json")));
		expect(card.VERSION.value).toBe("4.0");
		expect(card.FN.map((fn) => fn.value)).toEqual(["Jean-Édouard de la Fontaine"]);
		expect(card.N?.value).toEqual({
			familyNames: ["de la Fontaine"],
			givenNames: ["Jean-Édouard"],
			additionalNames: [""],
			honorificPrefixes: [""],
			honorificSuffixes: [""],
		});
		expect(card.TITLE?.map((title) => title.value)).toEqual([
			"Architect, data; platforms \\ tooling — the long title of a person whose job takes many words to say",
		]);
		expect(card.ADR?.[0]?.value).toMatchObject({
			locality: ["Saint-Étienne"],
			region: ["Auvergne-Rhône-Alpes"],
			countryName: ["France"],
		});
		expect(card.EMAIL?.map((email) => email.value)).toEqual(["jean-edouard@example.org"]);
		expect(card.URL?.map((url) => url.value)).toEqual([
			"https://example.org/jean-%C3%A9douard/r%C3%A9sum%C3%A9/a/path/long/enough/to/be/folded/over/two/lines",
		]);
		expect(card.x?.X_SOCIALPROFILE).toEqual([
			{ parameters: { TYPE: ["github"] }, value: "https://github.com/jefontaine" },
			{ parameters: { TYPE: ["linkedin"] }, value: "https://www.linkedin.com/in/jean-edouard" },
		]);
	});

	it.each(["principal-engineer.resume.json", "principal-engineer.md"])(
		"gives %s's phone as a TEL and its LinkedIn and other profiles as X-SOCIALPROFILE",
		async (name) => {
			const text = vcardOf(await fixtureResume(name));
			const card = strictlyParsed(text);
			expect(card.TEL?.map((tel) => [tel.parameters?.VALUE, tel.value])).toEqual([["uri", "tel:+442079460958"]]);
			expect(card.URL?.map((url) => url.value)).toEqual(["https://gracehopper.example.dev"]);
			const profiles = card.x?.X_SOCIALPROFILE?.map(({ parameters, value }) => [parameters?.TYPE?.[0], value]);
			expect(profiles?.slice(0, 3)).toEqual([
				["linkedin", "https://www.linkedin.com/in/grace-hopper"],
				["github", "https://github.com/ghopper"],
				["mastodon", "https://hachyderm.io/@ghopper"],
			]);
			const tel = addressBookCard(text).getFirstProperty("tel");
			expect([tel?.type, tel?.getFirstValue()]).toEqual(["uri", "tel:+442079460958"]);
		},
	);

	it("imports into an address book's model with the same fields", async () => {
		const card = addressBookCard(vcardOf(await fixtureResume("contact-escapes.resume.json")));
		expect(card.name).toBe("vcard");
		expect(card.getFirstPropertyValue("fn")).toBe("Jean-Édouard de la Fontaine");
		expect(card.getFirstPropertyValue("n")).toEqual(["de la Fontaine", "Jean-Édouard", "", "", ""]);
		expect(card.getFirstPropertyValue("title")).toMatch(/^Architect, data; platforms \\ tooling — /);
		expect(card.getFirstPropertyValue("adr")).toEqual([
			"",
			"",
			"",
			"Saint-Étienne",
			"Auvergne-Rhône-Alpes",
			"",
			"France",
		]);
		expect(card.getFirstPropertyValue("email")).toBe("jean-edouard@example.org");
		const profile = card.getFirstProperty("x-socialprofile");
		expect([profile?.getParameter("type"), profile?.getFirstValue()]).toEqual([
			"github",
			"https://github.com/jefontaine",
		]);
	});

	it("keeps a PDF's media type, a phone number as a tel: URI, and each address once", () => {
		const contacts: Contact[] = [
			{ kind: "website", label: "Site", url: "https://ada.example" },
			{ kind: "pdf", label: "PDF", url: "https://ada.example/cv.pdf" },
			{ kind: "phone", label: "+44 20 7946 0000", url: "tel:+44-20-7946-0000" },
			{ kind: "email", label: "Mail", url: "mailto:ada%2Bcv@example.org?subject=Hello" },
			{ kind: "website", label: "Again", url: "https://ada.example" },
		];
		const card = addressBookCard(vcardOf(resumeWith({ contacts })));
		const urls = card.getAllProperties("url").map((url) => [url.getFirstValue(), url.getParameter("mediatype")]);
		expect(urls).toEqual([
			["https://ada.example", undefined],
			["https://ada.example/cv.pdf", "application/pdf"],
		]);
		const tel = card.getFirstProperty("tel");
		expect([tel?.type, tel?.getFirstValue()]).toEqual(["uri", "tel:+44-20-7946-0000"]);
		expect(card.getFirstPropertyValue("email")).toBe("ada+cv@example.org");
		strictlyParsed(vcardOf(resumeWith({ contacts })));
	});

	it("leaves out TITLE and ADR when the résumé has none, and gives a one-word name as the given name", () => {
		const text = vcardOf(resumeWith({ name: "Hypatia" }));
		expect(text).not.toMatch(/^(TITLE|ADR)/m);
		expect(strictlyParsed(text).N?.value.givenNames).toEqual(["Hypatia"]);
	});

	it("ends every line with CRLF and folds it at 75 octets without cutting a character in two", () => {
		const fatalUtf8 = new TextDecoder("utf-8", { fatal: true });
		// An accented letter (two octets) or an emoji (four) at every position around the 75th octet.
		for (let padding = 60; padding < 80; padding++) {
			for (const wide of ["é", "😀"]) {
				const name = `${"a".repeat(padding)}${wide.repeat(20)} Lovelace`;
				const text = vcardOf(resumeWith({ name, title: `${wide}, `.repeat(60) }));
				expect(text.endsWith("END:VCARD\r\n")).toBe(true);
				const lines = text.slice(0, -2).split("\r\n");
				for (const line of lines) {
					const octets = Buffer.from(line, "utf8");
					expect(octets.length).toBeLessThanOrEqual(75);
					expect(line).not.toMatch(/[\r\n]/);
					// Each physical line decodes alone: no UTF-8 sequence straddles a fold.
					expect(fatalUtf8.decode(octets)).toBe(line);
				}
				const card = strictlyParsed(text);
				expect(card.FN[0]?.value).toBe(name);
				expect(card.TITLE?.[0]?.value).toBe(`${wide}, `.repeat(60));
			}
		}
	});

	it("escapes line breaks, commas, semicolons and backslashes so they read back as written", () => {
		const title = "One; two, three\\four\nfive";
		const location = "Paris; Left Bank, Île-de-France, France";
		const card = addressBookCard(vcardOf(resumeWith({ title, location })));
		expect(card.getFirstPropertyValue("title")).toBe(title);
		expect(card.getFirstPropertyValue("adr")).toEqual(["", "", "", "Paris; Left Bank", "Île-de-France", "", "France"]);
	});
});
