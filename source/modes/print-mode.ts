import { printResume } from "../print/print-resume.js";
import { loadRichBlocksFor } from "../render/load-rich-blocks.js";
import type { Resume } from "../resume/model.js";
import { layoutOptionsFor, type TerminalCapabilities } from "./terminal-options.js";

/** `--print`, and whatever runs without a terminal: the whole résumé as text. */
export async function runPrintMode(
	resume: Resume,
	capabilities: TerminalCapabilities,
	write: (text: string) => void,
): Promise<void> {
	const richBlocks = await loadRichBlocksFor(resume);
	write(printResume(resume, { ...layoutOptionsFor(capabilities), richBlocks }));
}
