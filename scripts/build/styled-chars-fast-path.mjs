import { readFileSync } from "node:fs";

// Ink turns each row of every frame back into text with ansi-tokenize's
// styledCharsToString, which diffs the styles of every character with the
// previous one (two Sets and three arrays per character) even inside a run of
// one style, and for every blank cell: the largest cost of a repaint, and of
// each first screen under `serve`. Two characters with the same codes diff to
// nothing, so skip the diff for them. test/render/styled-chars-fast-path.test.ts
// compares the patched function with the original on tokenised text.
const SLOW_DIFF = "ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));";
const SLOW_RESET = "ret += ansiCodesToString(diffAnsiCodes(char.styles, []));";

/** ansi-tokenize's styledChars.js with the fast path; throws if the library changed under it. */
export function withStyledCharsFastPath(source) {
	if (!source.includes(SLOW_DIFF) || !source.includes(SLOW_RESET))
		throw new Error("ansi-tokenize's styledChars.js changed: update scripts/build/styled-chars-fast-path.mjs");
	return `${source
		.replace(SLOW_DIFF, `if (!sameCodes(chars[i - 1].styles, char.styles)) ${SLOW_DIFF}`)
		.replace(SLOW_RESET, `if (char.styles.length > 0) ${SLOW_RESET}`)}
function sameCodes(a, b) {
    if (a === b) return true;
    if (a.length !== b.length) return false;
    for (let k = 0; k < a.length; k++) if (a[k].code !== b[k].code || a[k].endCode !== b[k].endCode) return false;
    return true;
}
`;
}

export const styledCharsFastPath = {
	name: "styled-chars-fast-path",
	setup(pluginBuild) {
		pluginBuild.onLoad({ filter: /ansi-tokenize[\\/]build[\\/]styledChars\.js$/ }, (args) => ({
			contents: withStyledCharsFastPath(readFileSync(args.path, "utf8")),
			loader: "js",
		}));
	},
};
