import supportsHyperlinks from "supports-hyperlinks";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { countUrl, renderApp } from "../helpers/render-app.js";

// ink-link (through supports-hyperlinks) decides once, when it is imported, whether
// the terminal shows OSC 8 links: say "yes" before any import of this file runs.
vi.hoisted(() => {
	process.env.FORCE_HYPERLINK = "1";
});

const OSC8 = "\u001B]8;;";
const BEL = "\u0007";

async function startViewer() {
	const app = renderApp({ links: "hyperlink" });
	await app.waitForFrame("Online resume");
	return app;
}

describe("links in the header with hyperlink support", () => {
	beforeAll(() => {
		// Node caches node_modules across test files when vitest's per-file isolation is off.
		if (!supportsHyperlinks.stdout) throw new Error("supports-hyperlinks was loaded before FORCE_HYPERLINK=1 was set");
	});

	it.each([
		["https://github.com/ada-quill-example", "github.com/ada-quill-example"],
		["https://ada-quill.example.org", "Online resume"],
		["https://ada-quill.example.org/cv.pdf", "PDF version"],
		["mailto:ada.quill@example.org", "ada.quill@example.org"],
	])("makes %s clickable under its label %s", async (url, label) => {
		const app = await startViewer();
		expect(app.rawFrame()).toMatch(
			new RegExp(`${escapeRegExp(`${OSC8}${url}${BEL}`)}[^\\u0007]*${escapeRegExp(label)}`),
		);
		expect(app.frame()).toContain(label);
	});

	it("shows the labels and the keys that open them, with no URL repeated after them", async () => {
		const app = await startViewer();
		const frame = app.frame();
		expect(frame).toContain(
			"m ada.quill@example.org   g github.com/ada-quill-example   w Online resume   p PDF version",
		);
		for (const url of [
			"https://github.com/ada-quill-example",
			"https://ada-quill.example.org",
			"https://ada-quill.example.org/cv.pdf",
		]) {
			expect(countUrl(frame, url)).toBe(0);
		}
		expect(countUrl(frame, "ada.quill@example.org")).toBe(1);
	});

	it("closes every link it opens", async () => {
		const app = await startViewer();
		const raw = app.rawFrame();
		const links = raw.split(OSC8).length - 1;
		const closings = raw.split(`${OSC8}${BEL}`).length - 1;
		expect(links).toBe(8);
		expect(closings).toBe(4);
	});
});

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
