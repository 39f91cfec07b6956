import { describe, expect, it } from "vitest";
import { initialViewerState } from "../../../source/ui/state/viewer-state.js";
import { FOUR_SECTIONS, run, type World } from "./viewer-driver.js";

const GITHUB = "https://github.com/someone";
const MAIL = "mailto:someone@example.org";
const links = [
	{ kind: "github", url: GITHUB },
	{ kind: "email", url: MAIL },
] as const;
const start = (active = 0) => initialViewerState({ active, links });

describe("switching tabs", () => {
	it("→, l and Tab go to the next section; ←, h and S-Tab back", () => {
		expect(run(start(), FOUR_SECTIONS, "<Right> l <Tab>").state.active).toBe(3);
		expect(run(start(3), FOUR_SECTIONS, "<Left> h <S-Tab>").state.active).toBe(0);
	});

	it("→, l and Tab on the last section come round to the first; ←, h and S-Tab on the first to the last", () => {
		for (const key of ["<Right>", "l", "<Tab>"]) expect(run(start(3), FOUR_SECTIONS, key).state.active).toBe(0);
		for (const key of ["<Left>", "h", "<S-Tab>"]) expect(run(start(0), FOUR_SECTIONS, key).state.active).toBe(3);
	});

	it("a digit shows that section; one past the last section does nothing", () => {
		expect(run(start(), FOUR_SECTIONS, "3").state.active).toBe(2);
		expect(run(start(1), FOUR_SECTIONS, "5").state.active).toBe(1);
	});

	it("each tab keeps its own scroll position", () => {
		const { state } = run(start(), FOUR_SECTIONS, "j j <Right> j <Left>");
		expect(state.offsets).toEqual([2, 1]);
		expect(state.active).toBe(0);
	});

	it("changing section closes the help", () => {
		expect(run(start(), FOUR_SECTIONS, "? 2").state).toMatchObject({ helpOpen: false, active: 1 });
	});
});

describe("scrolling", () => {
	it("j and k move a line, inside the text", () => {
		expect(run(start(), FOUR_SECTIONS, "j j j k").state.offsets[0]).toBe(2);
		expect(run(start(), FOUR_SECTIONS, "k").state.offsets[0]).toBe(0);
	});

	it("a page keeps one line of the last page in view", () => {
		expect(run(start(), FOUR_SECTIONS, "<PgDn> <Space>").state.offsets[0]).toBe(18);
		expect(run(start(), FOUR_SECTIONS, "<PgDn> <PgDn> b").state.offsets[0]).toBe(9);
	});

	it("End, G and > show the last page; Home and < the first", () => {
		for (const key of ["<End>", "G", ">"]) expect(run(start(), FOUR_SECTIONS, key).state.offsets[0]).toBe(90);
		for (const key of ["<Home>", "<"]) expect(run(start(), FOUR_SECTIONS, `G ${key}`).state.offsets[0]).toBe(0);
	});

	it("Ctrl-D and Ctrl-U move half a page, Ctrl-F and Ctrl-B a page, as in less", () => {
		expect(run(start(), FOUR_SECTIONS, "<C-d> <C-d>").state.offsets[0]).toBe(10);
		expect(run(start(), FOUR_SECTIONS, "<C-d> <C-d> <C-u>").state.offsets[0]).toBe(5);
		expect(run(start(), FOUR_SECTIONS, "<C-f> <C-f>").state.offsets[0]).toBe(18);
		expect(run(start(), FOUR_SECTIONS, "<C-f> <C-f> <C-b>").state.offsets[0]).toBe(9);
	});

	it("text that fits the pane does not scroll", () => {
		const short = { ...FOUR_SECTIONS, screen: () => ({ sectionCount: 4, visibleLines: 10, shownLines: 6 }) };
		expect(run(start(), short, "j <End>").state.offsets[0]).toBe(0);
	});

	it("a notch of the wheel scrolls three lines, a click on a tab shows it", () => {
		const wheel = {
			kind: "mouse",
			gesture: { kind: "wheel", direction: "down" },
			screen: FOUR_SECTIONS.screen(start()),
		};
		const click = { kind: "mouse", gesture: { kind: "clickTab", tab: 2 }, screen: FOUR_SECTIONS.screen(start()) };
		expect(run(start(), FOUR_SECTIONS, wheel as never, wheel as never).state.offsets[0]).toBe(6);
		expect(run(start(), FOUR_SECTIONS, click as never).state.active).toBe(2);
	});
});

describe("the help", () => {
	it("? opens it and scrolls it apart from the section; ? closes it", () => {
		let { state } = run(start(), FOUR_SECTIONS, "? j j");
		expect(state.helpOpen).toBe(true);
		expect(state.offsets).toEqual([undefined, undefined, undefined, undefined, 2]);
		state = run(state, FOUR_SECTIONS, "?").state;
		expect(state.helpOpen).toBe(false);
	});

	it("the help scrolls only as far as its own text", () => {
		expect(run(start(), FOUR_SECTIONS, "? <End>").state.offsets[4]).toBe(20);
	});

	it("Esc closes the help rather than quitting; a second Esc quits", () => {
		const closed = run(start(), FOUR_SECTIONS, "? <Esc>");
		expect(closed.state.helpOpen).toBe(false);
		expect(closed.effects).toEqual([]);
		expect(run(closed.state, FOUR_SECTIONS, "<Esc>").effects).toEqual([{ kind: "quit" }]);
	});

	it("q quits even over the help", () => {
		expect(run(start(), FOUR_SECTIONS, "? q").effects).toEqual([{ kind: "quit" }]);
	});
});

describe("links", () => {
	it("a link key asks for the link to be opened, and says so", () => {
		const { state, effects } = run(start(), FOUR_SECTIONS, "g");
		expect(effects).toEqual([{ kind: "open", url: GITHUB }]);
		expect(state.status).toBe("Opening https://github.com/someone…");
	});

	it("once opened, the footer says by what; the next key clears it", () => {
		const opened = run(start(), FOUR_SECTIONS, "g", {
			kind: "opened",
			url: GITHUB,
			outcome: { opened: true, via: "firefox" },
		});
		expect(opened.state.status).toBe("Opened https://github.com/someone (firefox)");
		expect(run(opened.state, FOUR_SECTIONS, "j").state.status).toBeUndefined();
	});

	it("when no browser takes it, the link is copied instead, whole", () => {
		const { state, effects } = run(start(), FOUR_SECTIONS, "m", {
			kind: "opened",
			url: MAIL,
			outcome: { opened: false, reason: "Could not start firefox", failed: ["firefox"] },
		});
		expect(effects).toEqual([
			{ kind: "open", url: MAIL },
			{ kind: "copy", text: "someone@example.org" },
		]);
		expect(state.status).toBe("Could not start firefox: copied the link instead · someone@example.org");
	});

	it("a phone number is copied, never opened", () => {
		const withPhone = initialViewerState({ links: [{ kind: "phone", url: "tel:+442079460958" }] });
		const { state, effects } = run(withPhone, FOUR_SECTIONS, "t");
		expect(effects).toEqual([{ kind: "copy", text: "+442079460958" }]);
		expect(state.status).toBe("Copied +442079460958");
	});

	it("where no browser can be launched, a link key copies its link at once", () => {
		const noBrowser = initialViewerState({ links, canOpenLinks: false });
		const { state, effects } = run(noBrowser, FOUR_SECTIONS, "g");
		expect(effects).toEqual([{ kind: "copy", text: GITHUB }]);
		expect(state.status).toBe(`Copied ${GITHUB}`);
	});

	it("y then a link key copies that link, whole, and says so", () => {
		const { state, effects } = run(start(), FOUR_SECTIONS, "y g");
		expect(effects).toEqual([{ kind: "copy", text: GITHUB }]);
		expect(state.status).toBe(`Copied ${GITHUB}`);
		expect(run(start(), FOUR_SECTIONS, "y m").effects).toEqual([{ kind: "copy", text: "someone@example.org" }]);
	});

	it("y names the keys of the links there are, and waits for one", () => {
		const { state } = run(start(), FOUR_SECTIONS, "y");
		expect(state.status).toBe("Copy which link? g m");
		expect(state.copying).toBe(true);
	});

	it("y then another key copies nothing, and that key does nothing either: Esc does not quit", () => {
		for (const key of ["<Esc>", "j", "w", "y"]) {
			const { state, effects } = run(start(), FOUR_SECTIONS, `y ${key}`);
			expect(effects).toEqual([]);
			expect(state).toMatchObject({ copying: false, offsets: [] });
		}
	});

	it("Ctrl-C quits after y too", () => {
		expect(run(start(), FOUR_SECTIONS, "y <C-c>").effects).toEqual([{ kind: "quit" }]);
	});

	it("a key for a link the résumé lacks says so and asks for nothing", () => {
		const { state, effects } = run(start(), FOUR_SECTIONS, "w");
		expect(effects).toEqual([]);
		expect(state.status).toBe("This résumé has no such link.");
	});
});

describe("a window too small for the frame", () => {
	const TOO_SMALL: World = {
		...FOUR_SECTIONS,
		screen: (state) => ({ ...FOUR_SECTIONS.screen(state), tooSmall: true }),
	};

	it("reads only the keys that quit, as its notice says: / opens no search there, and q still quits", () => {
		const { state, effects } = run(start(), TOO_SMALL, "/ g 3");
		expect(state).toEqual(start());
		expect(effects).toEqual([]);
		expect(run(start(), TOO_SMALL, "/ q").effects).toEqual([{ kind: "quit" }]);
		expect(run(start(), TOO_SMALL, "<Esc>").effects).toEqual([{ kind: "quit" }]);
	});

	it("quits with q even when a search prompt was open before the window shrank", () => {
		const searching = run(start(), FOUR_SECTIONS, "/").state;
		expect(run(searching, TOO_SMALL, "q").effects).toEqual([{ kind: "quit" }]);
	});
});
