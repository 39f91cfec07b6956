import { createRequire } from "node:module";

// The schema package is CommonJS without type declarations: its own validator, typed here.
type SchemaError = { readonly stack: string };
type Validate = (document: unknown, callback: (errors: SchemaError[] | null, valid: boolean) => void) => void;
const { validate } = createRequire(import.meta.url)("@jsonresume/schema") as {
	validate: Validate;
};

/** What the schema package's own validator reports about a document; it calls back synchronously. */
export function schemaErrors(document: unknown): string[] {
	let reported: string[] | undefined;
	validate(document, (errors) => {
		reported = (errors ?? []).map((error) => error.stack);
	});
	if (reported === undefined) throw new Error("the validator never called back");
	return reported;
}
