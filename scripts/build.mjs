// Bundles the CLI into one self-contained ESM file: what `npx` downloads is
// dist/cli.js (and dist/serve.js, loaded only by `serve`), so start-up never
// walks node_modules. Each plugin lives in scripts/build/ with why it exists.
import { build } from "esbuild";
import { bundleCfontsFonts, cfontsColorSupportOnce } from "./build/fonts.mjs";
import { hyperlinksUnderTmux } from "./build/hyperlinks-under-tmux.mjs";
import { inkOutputCachesAcrossFrames } from "./build/ink-output-caches.mjs";
import { inkTextCachesBounded } from "./build/ink-text-caches.mjs";
import { resumeParsedAtBuildTime } from "./build/resume-at-build-time.mjs";
import { ssh2ServerOnly, viewerStaysInCli, withoutNativeAddons } from "./build/serve-bundle.mjs";
import { decodeYogaWithoutFetch, meowNormalizeOnDemand, withoutInkDevtools } from "./build/start-up-patches.mjs";
import { styledCharsFastPath } from "./build/styled-chars-fast-path.mjs";
import { lazySegmenters, oneStringWidth, stringWidthFastPath } from "./build/text-width.mjs";
import { WITHOUT_HIGHLIGHTING_OR_EMOJI } from "./build/without-highlighting.mjs";

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
		cfontsColorSupportOnce,
		decodeYogaWithoutFetch,
		withoutInkDevtools,
		meowNormalizeOnDemand,
		inkOutputCachesAcrossFrames,
		inkTextCachesBounded,
		styledCharsFastPath,
		hyperlinksUnderTmux,
		stringWidthFastPath,
		oneStringWidth,
		lazySegmenters,
	],
	logLevel: "warning",
});

await build({
	entryPoints: ["source/serve/serve-command.ts"],
	outfile: "dist/serve.js",
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	minify: true,
	// ssh2 tells its channels apart by `constructor.name === "Session"`: minified
	// class names made every refused sftp or scp request crash its cleanup.
	keepNames: true,
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
