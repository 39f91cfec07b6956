// Bundles the CLI into one self-contained ESM file: what `npx` downloads is
// dist/cli.js and nothing else, so start-up never walks node_modules.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { build } from "esbuild";

/** The big-text fonts the header uses: the only ones bundled. */
const BIG_TEXT_FONTS = ["block", "chrome", "tiny"];

// cfonts loads its font with `require(\`../fonts/${font}.json\`)`, a path a
// bundler cannot follow. Replace that one dynamic require with a static table
// of the fonts we use so they travel inside the bundle.
const bundleCfontsFonts = {
	name: "bundle-cfonts-fonts",
	setup(pluginBuild) {
		pluginBuild.onLoad({ filter: /cfonts[\\/]lib[\\/]GetFont\.js$/ }, (args) => {
			const source = readFileSync(args.path, "utf8");
			const dynamicRequire = /require\(path\.normalize\(`\.\.\/fonts\/\$\{font\}\.json`\)\)/;
			if (!dynamicRequire.test(source)) throw new Error("cfonts GetFont.js changed: update scripts/build.mjs");
			const fontsDir = join(dirname(args.path), "..", "fonts");
			const available = new Set(readdirSync(fontsDir).map((file) => file.replace(/\.json$/, "")));
			const table = BIG_TEXT_FONTS.filter((font) => available.has(font))
				.map((font) => `${JSON.stringify(font)}: require("../fonts/${font}.json")`)
				.join(", ");
			return {
				contents: source.replace(dynamicRequire, `({ ${table} })[font]`),
				loader: "js",
			};
		});
	},
};

// yoga-layout's Emscripten loader fetches its own base64 `data:` URL when a
// global fetch exists (Node 18+), which wakes up undici at start-up (~60 ms).
// Without fetch it decodes the same bytes synchronously: take that path.
const decodeYogaWithoutFetch = {
	name: "decode-yoga-without-fetch",
	setup(pluginBuild) {
		pluginBuild.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/].*\.js$/ }, (args) => {
			const source = readFileSync(args.path, "utf8");
			const fetchCheck = /"function"!=typeof fetch/g;
			if (!fetchCheck.test(source)) throw new Error("yoga-layout's loader changed: update scripts/build.mjs");
			return { contents: source.replace(fetchCheck, "!0"), loader: "js" };
		});
	},
};

// The bundle carries the résumé already parsed: the parser runs here, once, so
// start-up neither loads marked nor lexes Markdown. A file that does not parse
// fails the build with the parser's message.
/** A module of ours, bundled and imported here so the build can run it. */
async function importSource(entryPoint) {
	const bundled = await build({
		entryPoints: [entryPoint],
		bundle: true,
		platform: "node",
		format: "esm",
		write: false,
		logLevel: "warning",
	});
	return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString("base64")}`);
}

async function parsedResumeModule() {
	const { parseMarkdown } = await importSource("source/resume/parse-markdown.ts");
	const result = parseMarkdown(readFileSync("content/resume.md", "utf8"));
	if (!result.ok) throw new Error(`content/resume.md: ${result.error}`);
	return `export const bundledResume = ${JSON.stringify(result)};`;
}

const resumeParsedAtBuildTime = {
	name: "resume-parsed-at-build-time",
	setup(pluginBuild) {
		pluginBuild.onLoad({ filter: /[\\/]source[\\/]content\.ts$/ }, async () => ({
			contents: await parsedResumeModule(),
			loader: "js",
			watchFiles: ["content/resume.md"],
		}));
	},
};

// meow runs normalize-package-data (and its SPDX licence tables) when it is
// imported, for a package.json we hand it ourselves and it never normalises.
// Run that set-up only if meow ever calls it (10–25 ms of start-up saved).
const meowNormalizeOnDemand = {
	name: "meow-normalize-on-demand",
	setup(pluginBuild) {
		pluginBuild.onLoad({ filter: /meow[\\/]build[\\/]dependencies\.js$/ }, (args) => {
			const source = readFileSync(args.path, "utf8");
			const eager =
				"var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);";
			if (!source.includes(eager)) throw new Error("meow's dependencies.js changed: update scripts/build.mjs");
			const lazy = "const normalizePackageData = (...args) => getDefaultExportFromCjs(requireNormalize())(...args);";
			return { contents: source.replace(eager, lazy), loader: "js" };
		});
	},
};

// Ink's text libraries each build an Intl.Segmenter when imported; the first
// one loads ICU's break rules, 10–20 ms of start-up. Ours builds it only for
// text that needs it (source/render/lazy-grapheme-segmenter.ts): the Latin
// text and box drawing of the viewer never do.
const LAZY_SEGMENTER = join(process.cwd(), "source", "render", "lazy-grapheme-segmenter.ts");
const SEGMENTING_LIBRARIES = new Set(
	["@alcalzone/ansi-tokenize/build/tokenize.js", "slice-ansi/tokenize-ansi.js", "wrap-ansi/index.js"].map((file) =>
		join(process.cwd(), "node_modules", file),
	),
);

function withLazySegmenter(source, path) {
	if (!source.includes("new Intl.Segmenter(")) throw new Error(`${path} changed: update scripts/build.mjs`);
	return `import { LazyGraphemeSegmenter } from ${JSON.stringify(LAZY_SEGMENTER)};\n${source.replaceAll(
		"new Intl.Segmenter(",
		"new LazyGraphemeSegmenter(",
	)}`;
}

const lazySegmenters = {
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
const STRING_WIDTH_8 = join(process.cwd(), "node_modules", "string-width", "index.js");
const stringWidthFastPath = {
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
				if (!patched.includes(from)) throw new Error(`string-width changed (${from}): update scripts/build.mjs`);
				patched = patched.replace(from, to);
			}
			return { contents: withLazySegmenter(patched, args.path), loader: "js" };
		});
	},
};

// Ink's wrap-ansi 9 pins string-width 7, which carries its own emoji-regex and
// Intl.Segmenter: a second copy of the work above. string-width 8 has the same
// API (stringWidth(text, options)); one copy serves both.
const oneStringWidth = {
	name: "one-string-width",
	setup(pluginBuild) {
		pluginBuild.onResolve({ filter: /^string-width$/ }, (args) =>
			/[\\/]ink[\\/]node_modules[\\/]wrap-ansi[\\/]/.test(args.importer) ? { path: STRING_WIDTH_8 } : undefined,
		);
	},
};

// Ink turns every line of every frame into styled characters (ANSI tokenising
// and a string-width per character), with caches it throws away after each
// frame: a key press that scrolls one line re-tokenises all thirty. Keep the
// caches from frame to frame (emptied past a bound), so only new lines cost.
const inkOutputCachesAcrossFrames = {
	name: "ink-output-caches-across-frames",
	setup(pluginBuild) {
		pluginBuild.onLoad({ filter: /ink[\\/]build[\\/]output\.js$/ }, (args) => {
			const source = readFileSync(args.path, "utf8");
			const perFrame = "    caches = new OutputCaches();";
			if (!source.includes(perFrame)) throw new Error("ink's output.js changed: update scripts/build.mjs");
			const shared = `
const MAX_CACHED_ENTRIES = 20000;
let sharedCaches = new OutputCaches();
function cachesForFrame() {
    const { widths, blockWidths, styledChars } = sharedCaches;
    if (widths.size + blockWidths.size + styledChars.size > MAX_CACHED_ENTRIES) sharedCaches = new OutputCaches();
    return sharedCaches;
}
export default class Output {`;
			return {
				contents: source
					.replace("export default class Output {", shared)
					.replace(perFrame, "    caches = cachesForFrame();"),
				loader: "js",
			};
		});
	},
};

// Ink loads React DevTools (and the `ws` WebSocket library, ~50 KB) only when
// DEV=true. Nobody debugs a published résumé that way: leave them out.
const withoutInkDevtools = {
	name: "without-ink-devtools",
	setup(pluginBuild) {
		pluginBuild.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
			/[\\/]ink[\\/]build$/.test(args.resolveDir)
				? { path: join(process.cwd(), "scripts/stub-devtools.js") }
				: undefined,
		);
	},
};

// marked-terminal draws the résumé's tables (through cli-table3) and lays out its
// code blocks, but it also imports cli-highlight, which brings highlight.js with
// every language, and node-emoji with its whole emoji table. Bundled as they are,
// they add 1.5 MB to dist/cli.js (413 KB gzipped, nearly all of the 450 KB tarball
// budget); with these stubs marked-terminal and cli-table3 add 47 KB (15 KB
// gzipped), evaluated only for a résumé with a table or code block. What is lost:
// syntax colours in code blocks, which show in the one code colour, and
// `:shortcode:` emoji. source/render/rich-blocks.ts turns both off anyway, so
// running from source shows the same: cli-highlight colours by chalk's global
// colour level, not the one chosen, and the model holds text as written.
const WITHOUT_HIGHLIGHTING_OR_EMOJI = {
	"cli-highlight": "./scripts/stub-cli-highlight.js",
	"node-emoji": "./scripts/stub-node-emoji.js",
};

await build({
	entryPoints: ["source/cli.tsx"],
	outfile: "dist/cli.js",
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	minify: true,
	legalComments: "linked",
	jsx: "automatic",
	loader: { ".md": "text" },
	define: { "process.env.NODE_ENV": '"production"' },
	alias: WITHOUT_HIGHLIGHTING_OR_EMOJI,
	// CommonJS dependencies (cfonts, marked-terminal's tree) call require().
	banner: {
		js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
	},
	plugins: [
		resumeParsedAtBuildTime,
		bundleCfontsFonts,
		decodeYogaWithoutFetch,
		withoutInkDevtools,
		meowNormalizeOnDemand,
		inkOutputCachesAcrossFrames,
		stringWidthFastPath,
		oneStringWidth,
		lazySegmenters,
	],
	logLevel: "warning",
});

// dist/serve.js: `jvizcaino-resume serve`, the SSH server, in a bundle of its
// own that cli.js imports only for that command, so ssh2 never weighs on the
// viewer's start. It holds ssh2 and the server, not the viewer: cli.js hands
// it Ink, React and the résumé (source/serve/viewer-kit.ts), so the tarball
// carries one copy of them.
const SERVE_ONLY = join(process.cwd(), "source", "serve");

// ssh2 tries two native add-ons, each in a try/catch: its own crypto binding
// (built by its install script) and cpu-features (which only orders ciphers).
// A bundle cannot carry a compiled .node file for every platform, and the
// install scripts never run for a bundled package, so both are replaced by a
// module that throws: ssh2 then takes its pure-JS path (Node's crypto plus a
// WebAssembly Poly1305), the same on every machine.
const withoutNativeAddons = {
	name: "without-native-addons",
	setup(pluginBuild) {
		pluginBuild.onResolve({ filter: /\.node$|^cpu-features$/ }, (args) => ({ path: args.path, namespace: "no-addon" }));
		pluginBuild.onLoad({ filter: /.*/, namespace: "no-addon" }, (args) => ({
			contents: `throw new Error(${JSON.stringify(`${args.path}: native add-ons are not bundled`)});`,
			loader: "js",
		}));
	},
};

// ssh2's index loads its client, agents, HTTP agents and SFTP, and the
// bcrypt (with tweetnacl) that only passphrase-protected keys need: 150 KB of
// a 350 KB bundle that a server with no sftp and an unencrypted host key never
// runs. Take only the server and the key utilities, and stub SFTP and bcrypt:
// no sftp listener exists, so ssh2 refuses the subsystem before reaching them.
const ssh2ServerOnly = {
	name: "ssh2-server-only",
	setup(pluginBuild) {
		pluginBuild.onResolve({ filter: /^ssh2$/ }, () => ({ path: "ssh2", namespace: "ssh2-server-only" }));
		pluginBuild.onLoad({ filter: /^ssh2$/, namespace: "ssh2-server-only" }, () => ({
			contents: `module.exports = {
				Server: require("ssh2/lib/server.js"),
				utils: {
					parseKey: require("ssh2/lib/protocol/keyParser.js").parseKey,
					generateKeyPairSync: require("ssh2/lib/keygen.js").generateKeyPairSync,
				},
			};`,
			resolveDir: process.cwd(),
			loader: "js",
		}));
		pluginBuild.onLoad({ filter: /ssh2[\\/]lib[\\/]protocol[\\/]SFTP\.js$/ }, () => ({
			contents: "module.exports = { SFTP: class SFTP { constructor() { throw new Error('sftp is not served'); } } };",
			loader: "js",
		}));
		pluginBuild.onResolve({ filter: /^bcrypt-pbkdf$/ }, () => ({ path: "bcrypt-pbkdf", namespace: "no-bcrypt" }));
		pluginBuild.onLoad({ filter: /.*/, namespace: "no-bcrypt" }, () => ({
			contents: "module.exports = { pbkdf() { throw new Error('passphrase-protected keys are not supported'); } };",
			loader: "js",
		}));
	},
};

// Anything of ours the server imports outside source/serve (other than
// types, which vanish) would bring a second copy of the viewer into the
// bundle: fail the build instead, and pass it through viewer-kit.ts.
const viewerStaysInCli = {
	name: "viewer-stays-in-cli",
	setup(pluginBuild) {
		pluginBuild.onResolve({ filter: /^\.\.?\// }, (args) => {
			const fromOurs = args.importer.startsWith(join(process.cwd(), "source"));
			if (!fromOurs || join(args.resolveDir, args.path).startsWith(SERVE_ONLY)) return undefined;
			return { errors: [{ text: `${args.path} is cli.js's: hand it to serve through source/serve/viewer-kit.ts` }] };
		});
		pluginBuild.onResolve({ filter: /^(ink|react|yoga-layout|cfonts|marked)$/ }, (args) => ({
			errors: [{ text: `${args.path} is cli.js's: hand it to serve through source/serve/viewer-kit.ts` }],
		}));
	},
};

await build({
	entryPoints: ["source/serve/serve-command.ts"],
	outfile: "dist/serve.js",
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	minify: true,
	legalComments: "linked",
	define: { "process.env.NODE_ENV": '"production"' },
	// ssh2 and its dependencies are CommonJS and call require(); its WebAssembly
	// Poly1305 loader (Emscripten) reads __dirname, which ES modules lack.
	banner: {
		js: "import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));",
	},
	plugins: [ssh2ServerOnly, withoutNativeAddons, viewerStaysInCli],
	logLevel: "warning",
});
