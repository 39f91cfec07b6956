import stripAnsi from "strip-ansi";
import { describe, expect, it } from "vitest";
import { createStyles } from "../../../source/render/styles.js";
import type { Contact } from "../../../source/resume/model.js";
import { helpScreenLines } from "../../../source/ui/help/help-screen-lines.js";

const help = (contacts: Contact[]) =>
	helpScreenLines(createStyles(0), contacts, 80).map((line) => stripAnsi(line).trim());

describe("the help screen's keys", () => {
	it("lists the keys that open the links this résumé has, and no others", () => {
		const lines = help([{ kind: "email", label: "ada@example.org", url: "mailto:ada@example.org" }]);
		expect(lines).toContainEqual(expect.stringMatching(/^m +Write an email$/));
		expect(lines.some((line) => /Open the (GitHub profile|online résumé|PDF résumé)$/.test(line))).toBe(false);
		expect(lines).toContainEqual(expect.stringMatching(/^\? +Show or hide this help$/));
	});
});

describe("the help screen where no browser can open (serve)", () => {
	it("says that a link key copies its link there", () => {
		const contacts: Contact[] = [
			{ kind: "github", label: "github.com/ada", url: "https://github.com/ada" },
			{ kind: "phone", label: "+44 20 7946 0958", url: "tel:+442079460958" },
		];
		const lines = helpScreenLines(createStyles(0), contacts, 100, false).map((line) => stripAnsi(line).trim());
		expect(lines).toContainEqual(expect.stringMatching(/^g +Open the GitHub profile: here, copies its link$/));
		expect(lines).toContainEqual(expect.stringMatching(/^t +Copy the phone number to the clipboard$/));
	});
});
