import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a build script in plain JavaScript, without types
import { withStyledCharsFastPath } from "../../scripts/build/styled-chars-fast-path.mjs";

// Ink's ansi-tokenize as installed, and its styledChars.js as the build patches it, loaded beside the
// original's own modules.
const buildDir = join(process.cwd(), "node_modules", "@alcalzone", "ansi-tokenize", "build");
type StyledChar = { readonly value: string; readonly styles: readonly unknown[] };
const original: {
	tokenize: (text: string) => unknown[];
	styledCharsFromTokens: (tokens: unknown[]) => StyledChar[];
	styledCharsToString: (chars: StyledChar[]) => string;
} = await import(pathToFileURL(join(buildDir, "index.js")).href);
const { tokenize, styledCharsFromTokens, styledCharsToString } = original;
const patchedSource = (
	withStyledCharsFastPath(readFileSync(join(buildDir, "styledChars.js"), "utf8")) as string
).replace(
	/from "\.\/([\w.]+)"/g,
	(_, file: string) => `from ${JSON.stringify(pathToFileURL(join(buildDir, file)).href)}`,
);
const patched: Pick<typeof original, "styledCharsToString"> = await import(
	`data:text/javascript;base64,${Buffer.from(patchedSource).toString("base64")}`
);

const ESC = "\u001B";
const piece = fc.oneof(
	fc.constantFrom("a", "é", " ", "漢", "─"),
	fc.constantFrom(
		`${ESC}[1m`,
		`${ESC}[22m`,
		`${ESC}[3m`,
		`${ESC}[23m`,
		`${ESC}[36m`,
		`${ESC}[39m`,
		`${ESC}[38;5;80m`,
		`${ESC}[7m`,
		`${ESC}[27m`,
		`${ESC}[0m`,
		`${ESC}]8;;https://example.com${ESC}\\`,
		`${ESC}]8;;${ESC}\\`,
	),
);

describe("the fast path the build gives ansi-tokenize's styledCharsToString", () => {
	it("writes the same text as the original for any styled text", () => {
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
				const chars = styledCharsFromTokens(tokenize(pieces.join("")));
				expect(patched.styledCharsToString(chars)).toBe(styledCharsToString(chars));
			}),
			{ numRuns: 2000 },
		);
	});
});
