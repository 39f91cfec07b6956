import { describe, expect, it } from "vitest";
import { fittingHints } from "../../../source/ui/footer/footer-hints.js";
import { footerOf, renderApp } from "../helpers/render-app.js";

describe("the footer's key hints", () => {
	it("are all shown when there is room", () => {
		expect(fittingHints(200)).toEqual([
			"←→ sections",
			"↑↓ scroll",
			"/ search",
			"g GitHub",
			"v QR code",
			"? help",
			"q quit",
		]);
	});

	it("give up the QR code first, then GitHub", () => {
		expect(fittingHints(64)).toEqual(["←→ sections", "↑↓ scroll", "/ search", "g GitHub", "? help", "q quit"]);
	});

	it("give up GitHub, then search, scrolling and sections, never help and quit", () => {
		expect(fittingHints(50)).toEqual(["←→ sections", "↑↓ scroll", "? help", "q quit"]);
		expect(fittingHints(20)).toEqual(["? help", "q quit"]);
		expect(fittingHints(5)).toEqual(["? help", "q quit"]);
	});

	it("still say how to get help and quit in a 40-column terminal", async () => {
		const app = renderApp();
		app.resize(40, 20);
		const frame = await app.waitForFrame((text) => !footerOf(text).includes("GitHub"));
		expect(footerOf(frame)).toMatch(/^\? help · q quit +1–\d+ of \d+$/);
	});
});
