// Measuring text without loading ICU data or compiling emoji tables at start-up.
import { readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { importSource } from "./import-source.mjs";

// Ink's text libraries each build an Intl.Segmenter when imported; the first
// one loads ICU's break rules, 10–20 ms of start-up. Ours builds it only for
// text that needs it (source/render/lazy-grapheme-segmenter.ts): the Latin
// text and box drawing of the viewer never do.
const LAZY_SEGMENTER = join(process.cwd(), "source", "render", "lazy-grapheme-segmenter.ts");
// esbuild hands plugins real paths: node_modules may be a symbolic link (the pack test's clean copy).
const installed = (file) => realpathSync(join(process.cwd(), "node_modules", file));
const SEGMENTING_LIBRARIES = new Set(
	["@alcalzone/ansi-tokenize/build/tokenize.js", "slice-ansi/tokenize-ansi.js", "wrap-ansi/index.js"].map(installed),
);

function withLazySegmenter(source, path) {
	if (!source.includes("new Intl.Segmenter(")) throw new Error(`${path} changed: update scripts/build/text-width.mjs`);
	return `import { LazyGraphemeSegmenter } from ${JSON.stringify(LAZY_SEGMENTER)};\n${source.replaceAll(
		"new Intl.Segmenter(",
		"new LazyGraphemeSegmenter(",
	)}`;
}

export const lazySegmenters = {
	name: "lazy-segmenters",
	setup(pluginBuild) {
		pluginBuild.onLoad({ filter: /[\\/]node_modules[\\/].*\.js$/ }, (args) =>
			SEGMENTING_LIBRARIES.has(args.path)
				? { contents: withLazySegmenter(readFileSync(args.path, "utf8"), args.path), loader: "js" }
				: undefined,
		);
	},
};

// string-width also compiles a \p{RGI_Emoji} regular expression when imported
// (20–35 ms). Compile it on first use, and widen its printable-ASCII fast path
// to the characters that are always one column (source/render/single-column-text.ts,
// each checked against string-width by a test): a résumé in a Latin script
// never needs the regular expression, nor the segmenter.
const { SINGLE_COLUMN_CHARACTERS } = await importSource("source/render/single-column-text.ts");
const STRING_WIDTH_8 = installed("string-width/index.js");
export const stringWidthFastPath = {
	name: "string-width-fast-path",
	setup(pluginBuild) {
		pluginBuild.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, (args) => {
			// Only string-width 8 (the one at the top of node_modules); cli-table3's old copy is left as it is.
			if (args.path !== STRING_WIDTH_8) return undefined;
			const source = readFileSync(args.path, "utf8");
			const edits = [
				["const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;", "let rgiEmojiRegex;"],
				["rgiEmojiRegex.test(segment)", "(rgiEmojiRegex ??= /^\\p{RGI_Emoji}$/v).test(segment)"],
				[
					"if (/^[\\u0020-\\u007E]*$/.test(string)) {",
					`if (/^[\\u0020-\\u007E]*$/.test(string) || (ambiguousIsNarrow && /^[${SINGLE_COLUMN_CHARACTERS}]*$/u.test(string))) {`,
				],
			];
			let patched = source;
			for (const [from, to] of edits) {
				if (!patched.includes(from))
					throw new Error(`string-width changed (${from}): update scripts/build/text-width.mjs`);
				patched = patched.replace(from, to);
			}
			return { contents: withLazySegmenter(patched, args.path), loader: "js" };
		});
	},
};

// Ink's wrap-ansi 9 pins string-width 7, which carries its own emoji-regex and
// Intl.Segmenter: a second copy of the work above. string-width 8 has the same
// API (stringWidth(text, options)); one copy serves both.
export const oneStringWidth = {
	name: "one-string-width",
	setup(pluginBuild) {
		pluginBuild.onResolve({ filter: /^string-width$/ }, (args) =>
			/[\\/]ink[\\/]node_modules[\\/]wrap-ansi[\\/]/.test(args.importer) ? { path: STRING_WIDTH_8 } : undefined,
		);
	},
};
