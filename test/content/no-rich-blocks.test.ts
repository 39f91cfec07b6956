// The real résumé's own tests: its owner edits them with it.
import { describe, expect, it } from "vitest";
import { bundledResume } from "../../source/content.js";
import { loadRichBlocksFor } from "../../source/render/load-rich-blocks.js";

describe("the bundled résumé", () => {
	it("has no table or code block, so it never loads their renderer (marked-terminal) at start-up", async () => {
		if (!bundledResume.ok) throw new Error(bundledResume.error);
		expect(await loadRichBlocksFor(bundledResume.resume)).toBeUndefined();
	});
});
