// `--vcard` from the built CLI, piped: the contact as a vCard that an address book takes.
import { fileURLToPath } from "node:url";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { vcardOf } from "../../source/vcard/to-vcard.js";
import { NAME, runCli } from "./helpers/resume-app.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe("--vcard", () => {
	it("prints the résumé's contact as a vCard 4.0 and exits with 0", async () => {
		const run = await runCli(["--vcard"]);

		expect(run.code).toBe(0);
		expect(run.stderr).toBe("");
		const card = new ICAL.Component(ICAL.parse(run.stdout));
		expect(card.getFirstPropertyValue("version")).toBe("4.0");
		expect(card.getFirstPropertyValue("fn")).toBe(NAME);
		expect(card.getFirstPropertyValue("email")).toMatch(/@/);
	});

	it("with --file prints that résumé's contact, the same text vcardOf gives", async () => {
		const run = await runCli(["--vcard", "--file", fixture("contact-card.md")]);

		expect(run.code).toBe(0);
		expect(run.stdout).toBe(
			"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zoé Roy\r\nN:Roy;Zoé;;;\r\nTITLE:Engineer\r\nADR:;;;Lyon;;;\r\n" +
				"EMAIL:zoe@roy.example\r\nURL:https://roy.example\r\nEND:VCARD\r\n",
		);
	});

	it("with --json, --print or --section says why on one line and exits with 2", async () => {
		for (const other of [["--json"], ["--print"], ["--section", "skills"]]) {
			const run = await runCli(["--vcard", ...other]);
			expect(run.code).toBe(2);
			expect(run.stdout).toBe("");
			expect(run.stderr).toMatch(/^jvizcaino-resume: --vcard prints the contact alone: .*\n$/);
		}
	});

	it("is what the source's vcardOf makes of the same file (the bundle adds nothing)", async () => {
		const { loadResumeFile } = await import("../../source/resume/load-resume.js");
		const loaded = await loadResumeFile(fixture("contact-escapes.resume.json"));
		if (!loaded.ok) throw new Error(loaded.error);
		const run = await runCli(["--vcard", "-f", fixture("contact-escapes.resume.json")]);
		expect(run.stdout).toBe(vcardOf(loaded.resume));
	});
});
