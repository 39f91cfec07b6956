// The QR code's view alone, rendered by Ink: centred in its area, with what it holds under it.
import { stripVTControlCharacters } from "node:util";
import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { createStyles } from "../../../source/render/styles.js";
import type { Resume } from "../../../source/resume/model.js";
import { QrCodeView } from "../../../source/ui/qr-code/qr-code-view.js";
import { waitFor } from "../../helpers/wait-for.js";

const RESUME: Resume = {
	basics: {
		name: "Zoé Roy",
		contacts: [
			{ kind: "email", label: "zoe@roy.example", url: "mailto:zoe@roy.example" },
			{ kind: "website", label: "Online résumé", url: "https://roy.example" },
		],
		extra: [],
	},
	sections: [],
};

function renderView(width: number, height: number) {
	const view = render(<QrCodeView resume={RESUME} width={width} height={height} styles={createStyles(0, "light")} />);
	const lines = () => stripVTControlCharacters(view.lastFrame() ?? "").split("\n");
	return { view, lines };
}

describe("QrCodeView", () => {
	it("centres the code and its caption in the area", async () => {
		const { view, lines } = renderView(80, 30);
		await waitFor(
			() => lines().some((line) => line.includes("Scan to save")),
			() => `the caption; last frame:\n${lines().join("\n")}`,
		);
		const rows = lines();
		expect(rows).toHaveLength(30);
		const drawn = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.trim() !== "");
		const code = drawn.filter(({ row }) => /[█▀▄]/.test(row));
		const left = Math.min(...code.map(({ row }) => row.search(/\S/)));
		const right = 80 - Math.max(...code.map(({ row }) => row.trimEnd().length));
		// The code's finder patterns sit inside the quiet zone: 4 columns in from the code's edge.
		expect(Math.abs(left - 4 - (right - 4))).toBeLessThanOrEqual(1);
		const caption = drawn.at(-1);
		expect(caption?.row.trim()).toBe("Scan to save Zoé Roy's contact");
		const above = drawn[0]?.index ?? 0;
		const below = 29 - (caption?.index ?? 0);
		// Blank rows above the code's quiet zone and below the caption: within one of each other.
		expect(Math.abs(above - 2 - below)).toBeLessThanOrEqual(1);
		view.unmount();
	});

	it("in an area too small says the size the terminal needs, and draws no code", async () => {
		const { view, lines } = renderView(30, 12);
		await waitFor(
			() => lines().some((line) => line.includes("needs")),
			() => `the size needed; last frame:\n${lines().join("\n")}`,
		);
		// Wrapped, not cut: the size is the point.
		expect(
			lines()
				.map((line) => line.trim())
				.join(" "),
		).toContain("The QR code needs a 33×18 terminal");
		expect(lines().join("")).not.toMatch(/[█▀▄]/);
		view.unmount();
	});
});
