import { printResume } from "../print/print-resume.js";
import type { Resume } from "../resume/model.js";
import { layoutOptionsFor, type TerminalCapabilities } from "./terminal-options.js";

/** `--print`, and whatever runs without a terminal: the whole résumé as text. */
export function runPrintMode(resume: Resume, capabilities: TerminalCapabilities, write: (text: string) => void): void {
	write(printResume(resume, layoutOptionsFor(capabilities)));
}
