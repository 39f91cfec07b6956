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

	it("mention GitHub only for a résumé that has it", () => {
		const hints = fittingHints(200, new Set(["email", "website"]));
		expect(hints).not.toContain("g GitHub");
		expect(hints).toEqual(["←→ sections", "↑↓ scroll", "/ search", "v QR code", "? help", "q quit"]);
		expect(fittingHints(200, new Set(["github"]))).toContain("g GitHub");
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
