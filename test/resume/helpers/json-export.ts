import { createRequire } from "node:module";
import { type JsonResume, toJsonResume } from "../../../source/resume/json-resume/to-json-resume.js";
import { parseMarkdown } from "../../../source/resume/parse-markdown.js";

// The schema package is CommonJS without type declarations: its own validator, typed here.
type SchemaError = { readonly stack: string };
type Validate = (document: unknown, callback: (errors: SchemaError[] | null, valid: boolean) => void) => void;
const { validate } = createRequire(import.meta.url)("@jsonresume/schema") as {
	validate: Validate;
};

/** What the package's validator reports; it calls back synchronously. */
export function schemaErrors(document: unknown): string[] {
	let reported: string[] | undefined;
	validate(document, (errors) => {
		reported = (errors ?? []).map((error) => error.stack);
	});
	if (reported === undefined) throw new Error("the validator never called back");
	return reported;
}

export function jsonResumeOf(markdown: string): JsonResume {
	const parsed = parseMarkdown(markdown);
	if (!parsed.ok) throw new Error(parsed.error);
	return toJsonResume(parsed.resume);
}
