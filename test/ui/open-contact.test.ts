import { describe, expect, it, vi } from "vitest";
import type { Contact } from "../../source/resume/model.js";
import { openActionStatus } from "../../source/ui/open-contact.js";

const contacts: Contact[] = [
	{ kind: "phone", label: "+44 20 7946 0958", url: "tel:+442079460958" },
	{ kind: "linkedin", label: "LinkedIn", url: "https://www.linkedin.com/in/grace-hopper" },
];

describe("a contact's key", () => {
	it("shows a phone number to copy and never opens its tel: address", () => {
		const openUrl = vi.fn();
		const reports: string[] = [];
		openActionStatus("phone", contacts, openUrl, (status) => reports.push(status));
		expect(openUrl).not.toHaveBeenCalled();
		expect(reports).toEqual(["+44 20 7946 0958: select it to copy"]);
	});

	it("opens a LinkedIn profile in the browser", async () => {
		const openUrl = vi.fn(async () => ({ opened: true as const, via: "xdg-open" }));
		const reports: string[] = [];
		openActionStatus("linkedin", contacts, openUrl, (status) => reports.push(status));
		expect(openUrl).toHaveBeenCalledWith("https://www.linkedin.com/in/grace-hopper");
		await vi.waitFor(() => expect(reports).toContain("Opened https://www.linkedin.com/in/grace-hopper (xdg-open)"));
	});
});
