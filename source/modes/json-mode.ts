import type { Resume } from "../resume/model.js";
import { toJsonResume } from "../resume/to-json-resume/to-json-resume.js";

/** `--json`: the résumé as a JSON Resume document. */
export function runJsonMode(resume: Resume, write: (text: string) => void): void {
	write(`${JSON.stringify(toJsonResume(resume), null, 2)}\n`);
}
