import supportsHyperlinks from "supports-hyperlinks";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { countUrl, renderApp } from "./helpers/render-app.js";

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
		["https://github.com/j-vizcaino", "github.com/j-vizcaino"],
		["https://j-vizcaino.github.io", "Online resume"],
		["https://j-vizcaino.github.io/resume.pdf", "PDF version"],
		["mailto:j.vizcaino.pro@gmail.com", "j.vizcaino.pro@gmail.com"],
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
		expect(frame).toContain("m j.vizcaino.pro@gmail.com   g github.com/j-vizcaino   w Online resume   p PDF version");
		for (const url of [
			"https://github.com/j-vizcaino",
			"https://j-vizcaino.github.io",
			"https://j-vizcaino.github.io/resume.pdf",
		]) {
			expect(countUrl(frame, url)).toBe(0);
		}
		expect(countUrl(frame, "j.vizcaino.pro@gmail.com")).toBe(1);
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
