import { toJsonResume } from "../resume/json-resume/to-json-resume.js";
import type { Resume } from "../resume/model.js";

/** `--json`: the résumé as a JSON Resume document. */
export function runJsonMode(resume: Resume, write: (text: string) => void): void {
	write(`${JSON.stringify(toJsonResume(resume), null, 2)}\n`);
}
