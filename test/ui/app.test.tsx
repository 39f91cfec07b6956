import supportsHyperlinks from "supports-hyperlinks";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { KEYMAP } from "../../source/ui/keymap.js";
import {
	type AppSession,
	activeTabOf,
	countUrl,
	helpShown,
	KEYS,
	linesOf,
	paneLinesOf,
	positionOf,
	sampleResume,
	startViewer,
	statusOf,
} from "./helpers/render-app.js";

// Whether ink-link writes OSC 8 is decided from the environment when it is imported:
// pin it to "no" here (hyperlink-header.test.tsx covers "yes").
vi.hoisted(() => {
	process.env.FORCE_HYPERLINK = "0";
});

const HINTS = "←→ sections · ↑↓ scroll · / search · g GitHub · v QR code · ? help · q quit";

type Page = { readonly first: number; readonly height: number; readonly total: number };

/** The pane's top line, its height and the section's length, from a "12–25 of 91" footer. */
function pageOf(frame: string): Page {
	const match = /^(\d+)–(\d+) of (\d+)$/.exec(positionOf(frame));
	if (!match) throw new Error(`no scroll position in the footer of:\n${frame}`);
	const [first, last, total] = [Number(match[1]), Number(match[2]), Number(match[3])];
	return { first, height: last - first + 1, total };
}

/** What the footer says once the pane's top line is `first`. */
function positionAt(first: number, page: Page): string {
	return `${first}–${first + page.height - 1} of ${page.total}`;
}

async function pressUntilActive(app: AppSession, key: string, tab: string): Promise<void> {
	await app.press(key);
	await app.waitForFrame((frame) => activeTabOf(frame) === tab);
}

async function pressUntilPosition(app: AppSession, key: string, position: string): Promise<void> {
	await app.press(key);
	await app.waitForFrame((frame) => positionOf(frame) === position);
}

async function pressUntilHelp(app: AppSession, key: string): Promise<void> {
	await app.press(key);
	await app.waitForFrame(helpShown);
}

describe("the first screen", () => {
	it("shows the name, title, location, every tab and the key hints", async () => {
		const app = await startViewer();
		const frame = app.frame();
		expect(frame).toContain("Ada Quill · Staff Data Engineer · Lyon, France");
		expect(frame).toContain("[1 Work]  2 Studies   3 Tools   4 Languages   5 Elsewhere");
		expect(statusOf(frame)).toBe(HINTS);
		expect(paneLinesOf(frame)[0]).toBe("Lanternfish Analytics");
		expect(positionOf(frame)).toMatch(/^1–\d+ of \d+$/);
	});

	it("opens on the section given as initialSection", async () => {
		const app = await startViewer({ initialSection: 2 });
		expect(activeTabOf(app.frame())).toBe("[3 Tools]");
		expect(app.frame()).toContain("Languages");
	});

	it("takes every row of the 24-row terminal but the last, so Ink never clears the scrollback", async () => {
		const app = await startViewer();
		expect(linesOf(app.frame())).toHaveLength(23);
	});
});

describe("switching tabs", () => {
	it("walks every tab with → and back with ←", async () => {
		const app = await startViewer();
		const tabs = ["[1 Work]", "[2 Studies]", "[3 Tools]", "[4 Languages]", "[5 Elsewhere]"];
		for (const tab of tabs.slice(1)) await pressUntilActive(app, "right", tab);
		for (const tab of tabs.slice(0, -1).reverse()) await pressUntilActive(app, "left", tab);
	});

	it.each([
		["1", "[1 Work]"],
		["2", "[2 Studies]"],
		["3", "[3 Tools]"],
		["4", "[4 Languages]"],
		["5", "[5 Elsewhere]"],
	])("%s jumps to its tab", async (digit, tab) => {
		const app = await startViewer({ initialSection: digit === "1" ? 4 : 0 });
		await pressUntilActive(app, digit, tab);
	});
});

describe("scrolling", () => {
	it.each([
		["↓", "down"],
		["j", "j"],
	])("%s scrolls down a line", async (_label, key) => {
		const app = await startViewer();
		const page = pageOf(app.frame());
		await pressUntilPosition(app, key, positionAt(2, page));
	});

	it("one ↓ moves the second line to the top of the pane", async () => {
		const app = await startViewer();
		expect(paneLinesOf(app.frame())[0]).toBe("Lanternfish Analytics");
		await app.press("down");
		const frame = await app.waitForFrame((text) => positionOf(text).startsWith("2–"));
		expect(paneLinesOf(frame)[0]).toMatch(/^Staff Data Engineer +Lyon, March 2019 - Present$/);
	});

	it.each([
		["↑", "up"],
		["k", "k"],
	])("%s scrolls up a line", async (_label, key) => {
		const app = await startViewer();
		const page = pageOf(app.frame());
		await pressUntilPosition(app, "down", positionAt(2, page));
		await pressUntilPosition(app, "down", positionAt(3, page));
		await pressUntilPosition(app, key, positionAt(2, page));
	});

	it.each([
		["PgDn", "pageDown"],
		["Space", " "],
	])("%s scrolls down a page, keeping one line of context", async (_label, key) => {
		const app = await startViewer();
		const page = pageOf(app.frame());
		await pressUntilPosition(app, key, positionAt(page.height, page));
	});

	it.each([
		["PgUp", "pageUp"],
		["b", "b"],
	])("%s scrolls back up a page", async (_label, key) => {
		const app = await startViewer();
		const page = pageOf(app.frame());
		await pressUntilPosition(app, "pageDown", positionAt(page.height, page));
		await pressUntilPosition(app, "pageDown", positionAt(2 * page.height - 1, page));
		await pressUntilPosition(app, key, positionAt(page.height, page));
		await pressUntilPosition(app, key, positionAt(1, page));
	});

	it("End goes to the bottom and Home back to the top", async () => {
		const app = await startViewer();
		const page = pageOf(app.frame());
		await pressUntilPosition(app, "end", positionAt(page.total - page.height + 1, page));
		expect(app.frame()).toContain("Answer support tickets one day a week");
		await pressUntilPosition(app, "home", positionAt(1, page));
	});

	it("each tab keeps its own scroll position", async () => {
		const app = await startViewer();
		const experience = pageOf(app.frame());
		await pressUntilPosition(app, "down", positionAt(2, experience));
		await pressUntilPosition(app, "down", positionAt(3, experience));

		await pressUntilActive(app, "5", "[5 Elsewhere]");
		const misc = pageOf(app.frame());
		expect(misc.first).toBe(1);
		await pressUntilPosition(app, "down", positionAt(2, misc));

		await pressUntilActive(app, "1", "[1 Work]");
		expect(positionOf(app.frame())).toBe(positionAt(3, experience));
		await pressUntilActive(app, "5", "[5 Elsewhere]");
		expect(positionOf(app.frame())).toBe(positionAt(2, misc));
	});

	it("a section that fits says so and does not scroll", async () => {
		const app = await startViewer({ initialSection: 3 });
		const position = positionOf(app.frame());
		expect(position).toMatch(/^all \d+$/);
		await app.press("down");
		await app.settle();
		await app.press("end");
		await app.settle();
		expect(positionOf(app.frame())).toBe(position);
	});
});

describe("the help", () => {
	it("? lists every binding of the keymap, with its keys and what it does", async () => {
		const app = await startViewer();
		await app.press("?");
		const top = await app.waitForFrame(helpShown);
		expect(top).toContain("Keys");
		// Page down to the end of the help, gathering every line it shows on the way.
		const pages = [top];
		while (!pages.at(-1)?.includes("Press ? or Esc to close this help.")) {
			const before = pages.at(-1);
			await app.press("pageDown");
			pages.push(await app.waitForFrame((frame) => frame !== before));
		}
		// A description too long for the window wraps under itself: read the help as one text.
		const shown = pages.flatMap(paneLinesOf).join(" ").replace(/\s+/g, " ");
		// Keys for links this résumé does not have are left out (help-screen-lines.ts).
		const present = new Set(sampleResume().basics.contacts.map((contact) => contact.kind));
		for (const binding of KEYMAP.filter((entry) => !entry.contact || present.has(entry.contact))) {
			// `y` is listed with the link keys it takes, this résumé's only.
			const label = binding.action === "copyLink" ? "ym yg yw yp" : binding.label;
			expect(shown).toContain(`${label} ${binding.description}`);
		}
	});

	it("? closes it again, back where the section was", async () => {
		const app = await startViewer();
		const page = pageOf(app.frame());
		await pressUntilPosition(app, "down", positionAt(2, page));
		await pressUntilHelp(app, "?");
		expect(app.frame()).not.toContain("Lanternfish Analytics");
		await pressUntilPosition(app, "?", positionAt(2, page));
		expect(paneLinesOf(app.frame())[0]).toMatch(/^Staff Data Engineer +Lyon, March 2019 - Present$/);
	});

	it("Esc closes it without quitting", async () => {
		const app = await startViewer();
		const start = positionOf(app.frame());
		await pressUntilHelp(app, "?");
		await pressUntilPosition(app, "escape", start);
		expect(app.hasExited()).toBe(false);
		expect(app.isListening()).toBe(true);
	});

	it("→ closes it and shows the next section", async () => {
		const app = await startViewer();
		await pressUntilHelp(app, "?");
		await pressUntilActive(app, "right", "[2 Studies]");
		expect(helpShown(app.frame())).toBe(false);
		expect(app.frame()).toContain("INSA Lyon");
	});

	it("a digit closes it and jumps to that section", async () => {
		const app = await startViewer();
		await pressUntilHelp(app, "?");
		await pressUntilActive(app, "3", "[3 Tools]");
		expect(helpShown(app.frame())).toBe(false);
	});

	it("q quits even from the help", async () => {
		const app = await startViewer();
		await pressUntilHelp(app, "?");
		await app.press("q");
		await app.exited;
	});
});

describe("quitting", () => {
	it.each([
		["q", "q"],
		["Esc", "escape"],
		["Ctrl-C", "ctrlC"],
	])("%s quits: the viewer unmounts and lets go of the keyboard", async (_label, key) => {
		const app = await startViewer();
		await app.press(key);
		await app.exited;
		expect(app.isListening()).toBe(false);
	});

	it("a plain c does not quit", async () => {
		const app = await startViewer();
		await app.press("c");
		await app.settle();
		expect(app.hasExited()).toBe(false);
	});
});

describe("opening links", () => {
	it.each([
		["g", "https://github.com/ada-quill-example", "https://github.com/ada-quill-example"],
		["w", "https://ada-quill.example.org", "https://ada-quill.example.org"],
		["p", "https://ada-quill.example.org/cv.pdf", "https://ada-quill.example.org/cv.pdf"],
		["m", "mailto:ada.quill@example.org", "ada.quill@example.org"],
	])("%s opens %s and the footer says so", async (key, url, shown) => {
		const app = await startViewer();
		await app.press(key);
		await app.waitForFrame((frame) => statusOf(frame) === `Opened ${shown} (test browser)`);
		expect(app.openedUrls).toEqual([url]);
	});

	it.each([
		["g", "https://github.com/ada-quill-example"],
		["m", "ada.quill@example.org"],
	])("%s with no browser copies the link instead, and says so", async (key, shown) => {
		const app = await startViewer({ openOutcome: { opened: false, reason: "No browser over SSH" } });
		await app.press(key);
		await app.waitForFrame((frame) => statusOf(frame) === `No browser over SSH: copied the link instead · ${shown}`);
		expect(app.terminalWrites).toEqual([`\u001B]52;c;${Buffer.from(shown).toString("base64")}\u0007`]);
	});

	it("the next key brings the key hints back", async () => {
		const app = await startViewer();
		const page = pageOf(app.frame());
		await app.press("g");
		await app.waitForFrame("Opened https://github.com/ada-quill-example");
		await pressUntilPosition(app, "down", positionAt(2, page));
		expect(statusOf(app.frame())).toBe(HINTS);
	});

	it("a résumé without that link says so and opens nothing", async () => {
		const resume = sampleResume();
		const withoutGithub = {
			...resume,
			basics: { ...resume.basics, contacts: resume.basics.contacts.filter((contact) => contact.kind !== "github") },
		};
		const app = await startViewer({ resume: withoutGithub });
		await app.press("g");
		await app.waitForFrame((frame) => statusOf(frame) === "This résumé has no such link.");
		expect(app.openedUrls).toEqual([]);
	});
});

describe("links in the header without hyperlink support", () => {
	beforeAll(() => {
		// Node caches node_modules across test files when vitest's per-file isolation is off.
		if (supportsHyperlinks.stdout) throw new Error("supports-hyperlinks was loaded before FORCE_HYPERLINK=0 was set");
	});

	it.each([
		"https://github.com/ada-quill-example",
		"https://ada-quill.example.org",
		"https://ada-quill.example.org/cv.pdf",
		"ada.quill@example.org",
	])("shows %s exactly once, to be copied", async (url) => {
		const app = await startViewer({ links: "text" });
		expect(countUrl(app.frame(), url)).toBe(1);
	});

	it("labels each link with the key that opens it", async () => {
		const app = await startViewer({ links: "text" });
		const frame = app.frame();
		expect(frame).toContain("m ada.quill@example.org");
		expect(frame).toContain("g https://github.com/ada-quill-example");
		expect(frame).toContain("w https://ada-quill.example.org");
		expect(frame).toContain("p https://ada-quill.example.org/cv.pdf");
		expect(frame).not.toContain("mailto:");
	});

	it("writes no OSC 8 hyperlink", async () => {
		const app = await startViewer({ links: "text" });
		expect(app.rawFrame()).not.toContain("\u001B]8;;");
	});
});

describe("the terminal's size", () => {
	it("a resize lays the viewer out again", async () => {
		const app = await startViewer();
		app.resize(50, 16);
		const frame = await app.waitForFrame((text) => linesOf(text).length === 15);
		expect(Math.max(...linesOf(frame).map((line) => line.length))).toBeLessThanOrEqual(50);
		expect(activeTabOf(frame)).toBe("[1 Work]");
		expect(frame).toContain("Ada Quill");
	});

	it("a window too short asks to be enlarged, saying how much and how to quit", async () => {
		const app = await startViewer();
		app.resize(100, 5);
		await app.waitForFrame((text) => text === "Enlarge to 20×6\nq quits");
	});

	it("a window too narrow asks to be enlarged, saying how much and how to quit", async () => {
		const app = await startViewer();
		app.resize(19, 24);
		await app.waitForFrame((text) => text === "Enlarge to 20×6\nq quits");
	});
});

describe("keys that arrive together", () => {
	it("a Ctrl-C read together with the letters typed before it still quits, from the search prompt", async () => {
		const app = await startViewer();
		await app.press("/go\u0003");
		await app.exited;
		expect(app.hasExited()).toBe(true);
	});

	it("three ↓ arriving in one read scroll three lines", async () => {
		const app = await startViewer();
		const page = pageOf(app.frame());
		await app.press(KEYS.down.repeat(3));
		await app.settle();
		expect(positionOf(app.frame())).toBe(positionAt(4, page));
	});
});

describe("a link that cannot be opened", () => {
	it("at 80 columns, the URL to copy is shown whole", async () => {
		const app = await startViewer({ openOutcome: { opened: false, reason: "No browser could be opened" } });
		app.resize(80, 24);
		await app.waitForFrame((text) => linesOf(text).every((line) => line.length <= 80));
		await app.press("p");
		await app.waitForFrame("No browser could be opened");
		// Two rows: the status wraps rather than cut the URL.
		expect(linesOf(app.frame()).slice(-2)).toEqual([
			"No browser could be opened: copied the link instead ·",
			"https://ada-quill.example.org/cv.pdf",
		]);
	});
});
