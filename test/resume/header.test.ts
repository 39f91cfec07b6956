import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTACT_KINDS } from "../../source/resume/contact-kinds.js";
import type { Basics, Resume } from "../../source/resume/model.js";
import { parseMarkdown } from "../../source/resume/parse-markdown.js";
import { toJsonResume } from "../../source/resume/to-json-resume/to-json-resume.js";
import { KEYMAP } from "../../source/ui/keymap.js";

function parsed(markdown: string): Resume {
	const result = parseMarkdown(markdown);
	if (!result.ok) throw new Error(result.error);
	return result.resume;
}

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
const withHeader = (header: string): Basics => parsed(`# Jane\n\n${header}\n\n## Skills\n\n- Go\n`).basics;
const kinds = (basics: Basics) => basics.contacts.map(({ kind, url }) => [kind, url]);

describe("a header written as one paragraph, a line each", () => {
	const resume = parsed(fixture("principal-engineer.md"));

	it("reads the title and the place after its dash", () => {
		expect(resume.basics.title).toBe("Principal Engineer");
		expect(resume.basics.location).toBe("London, UK");
	});

	it("reads every link and the phone number as contacts, each of its own kind", () => {
		expect(kinds(resume.basics)).toEqual([
			["email", "mailto:grace@example.org"],
			["phone", "tel:+442079460958"],
			["website", "https://gracehopper.example.dev"],
			["linkedin", "https://www.linkedin.com/in/grace-hopper"],
			["github", "https://github.com/ghopper"],
			["other-1", "https://hachyderm.io/@ghopper"],
		]);
		expect(resume.basics.extra).toEqual([]);
	});

	it("writes them to basics.email, phone, url and profiles in --json", () => {
		const { basics } = toJsonResume(resume);
		expect(basics).toMatchObject({
			email: "grace@example.org",
			phone: "+44 20 7946 0958",
			url: "https://gracehopper.example.dev",
			location: { city: "London", countryCode: "GB" },
		});
		expect(basics.profiles).toEqual([
			{ network: "LinkedIn", username: "grace-hopper", url: "https://www.linkedin.com/in/grace-hopper" },
			{ network: "GitHub", username: "ghopper", url: "https://github.com/ghopper" },
			{ network: "Mastodon", username: "ghopper", url: "https://hachyderm.io/@ghopper" },
		]);
	});
});

describe("the website, however it is written", () => {
	it.each([
		["a bare URL", "https://ada.dev"],
		["a [Website](…) link", "[Website](https://ada.dev)"],
		["a Site: label", "Site: [ada.dev](https://ada.dev)"],
		["an icon", '<i class="fa-solid fa-globe"></i> [ada.dev](https://ada.dev)'],
	])("is the website (w) when written as %s", (_, line) => {
		expect(kinds(withHeader(`Engineer\n\n- ${line}`))).toEqual([["website", "https://ada.dev"]]);
	});

	it("is not a GitHub profile, which stays GitHub whatever it is called", () => {
		expect(kinds(withHeader("[Website](https://github.com/ada)"))).toEqual([["github", "https://github.com/ada"]]);
	});
});

describe("phone numbers in a header", () => {
	it.each([
		["+33 6 12 34 56 78", "tel:+33612345678"],
		["Phone: (912) 555-4321", "tel:9125554321"],
		["Tel. 020 7946 0958", "tel:02079460958"],
	])("reads %s as a phone to copy", (line, url) => {
		expect(kinds(withHeader(`Engineer\n\n${line}`))).toEqual([["phone", url]]);
	});

	it("does not take a range of years for a number", () => {
		const basics = withHeader("Engineer\n\n2019 - 2021");
		expect(basics.contacts).toEqual([]);
		expect(basics.extra.flat().map((span) => span.text)).toEqual(["2019 - 2021"]);
	});
});

describe("the contact table's keys", () => {
	const taken = KEYMAP.filter((binding) => binding.action !== "openLink").flatMap((binding) =>
		binding.keys.flatMap((pattern) => ("input" in pattern && !pattern.ctrl ? [pattern.input] : [])),
	);

	it("never take a key another action has, nor each other's", () => {
		const keys = CONTACT_KINDS.flatMap((spec) => (spec.key ? [spec.key] : []));
		expect(new Set(keys).size).toBe(keys.length);
		for (const key of keys) expect(taken).not.toContain(key);
	});

	it("give each of several other profiles a key of its own, the seventh listed in the help only", () => {
		const links = Array.from({ length: 7 }, (_, index) => `- [Profile ${index}](https://site${index}.example/me)`);
		const basics = withHeader(["Engineer", "", "- [Home](https://ada.dev)", ...links].join("\n"));
		expect(basics.contacts.map((contact) => contact.kind)).toEqual([
			"website",
			"other-1",
			"other-2",
			"other-3",
			"other-4",
			"other-5",
			"other-6",
			"link",
		]);
	});
});

describe("header links written without a scheme", () => {
	it("reads linkedin.com/in/… and a bare domain as https: links of their kinds", () => {
		const resume = parsed(fixture("data-engineer.md"));
		expect(kinds(resume.basics)).toEqual([
			["email", "mailto:kim@example.com"],
			["linkedin", "https://linkedin.com/in/kimpark"],
			["website", "https://kimpark.dev"],
			["phone", "tel:5559876543"],
		]);
		expect(resume.basics.extra).toEqual([]);
		const { basics } = toJsonResume(resume);
		expect(basics?.url).toBe("https://kimpark.dev");
		expect(basics?.profiles).toEqual([
			{ network: "LinkedIn", username: "kimpark", url: "https://linkedin.com/in/kimpark" },
		]);
	});

	it("reads one after a label, a separator or a link, and github.com paths as GitHub", () => {
		expect(kinds(withHeader("Web: ada.dev"))).toEqual([["website", "https://ada.dev"]]);
		expect(kinds(withHeader("[Mail](mailto:a@b.org) · github.com/ada"))).toEqual([
			["email", "mailto:a@b.org"],
			["github", "https://github.com/ada"],
		]);
	});

	it("makes no link of words that only look like one", () => {
		for (const header of [
			"Node.js · Go · Kubernetes",
			"node.js | react | vue.js",
			"ASP.NET developer",
			"Find me at ada.dev",
			"Wrote readme.md files",
			"see ada.dev.",
			"`ada.dev`",
		]) {
			const basics = withHeader(header);
			expect(basics.contacts, header).toEqual([]);
		}
	});
});
