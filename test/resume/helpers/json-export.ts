import { parseMarkdown } from "../../../source/resume/parse-markdown.js";
import { type JsonResume, toJsonResume } from "../../../source/resume/to-json-resume/to-json-resume.js";

export { schemaErrors } from "../../helpers/json-resume-schema.js";

export function jsonResumeOf(markdown: string): JsonResume {
	const parsed = parseMarkdown(markdown);
	if (!parsed.ok) throw new Error(parsed.error);
	return toJsonResume(parsed.resume);
}
