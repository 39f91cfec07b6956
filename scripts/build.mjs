// Bundles the CLI into one self-contained ESM file: what `npx` downloads is
// dist/cli.js (and dist/serve.js, loaded only by `serve`), so start-up never
// walks node_modules. Each plugin lives in scripts/build/ with why it exists.
import { writeFileSync } from "node:fs";
import { bundle, DEV, OUT_DIR } from "./build/bundle-mode.mjs";
import { bundleCfontsFonts } from "./build/fonts.mjs";
import { hyperlinksUnderTmux } from "./build/hyperlinks-under-tmux.mjs";
import { inkOutputCachesAcrossFrames } from "./build/ink-output-caches.mjs";
import { inkTextCachesBounded } from "./build/ink-text-caches.mjs";
import { appliedPatches, mustApply } from "./build/must-apply.mjs";
import { resumeParsedAtBuildTime } from "./build/resume-at-build-time.mjs";
import { ssh2ServerOnly, viewerStaysInCli, withoutNativeAddons } from "./build/serve-bundle.mjs";
import { tidyChunks } from "./build/split-bundle.mjs";
import { decodeYogaWithoutFetch, meowNormalizeOnDemand, withoutInkDevtools } from "./build/start-up-patches.mjs";
import { styledCharsFastPath } from "./build/styled-chars-fast-path.mjs";
import { lazySegmenters, oneStringWidth, stringWidthFastPath } from "./build/text-width.mjs";
import { writeThirdPartyLicences } from "./build/third-party-licences.mjs";
import { withoutHighlightingOrEmoji } from "./build/without-highlighting.mjs";

const cli = await bundle({
	// dist/cli.js is the small bin (source/bin.ts); the CLI and what each mode loads are chunks
	// beside it, so the compile cache covers them and the first frame compiles only what it needs.
	entryPoints: { cli: "source/bin.ts" },
	outdir: "dist",
	splitting: true,
	chunkNames: "[name]-[hash]",
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	minify: true,
	// Licence notices go, whole, in dist/THIRD-PARTY-LICENSES.md (see third-party-licences.mjs).
	legalComments: "none",
	metafile: true,
	jsx: "automatic",
	loader: { ".md": "text" },
	define: { "process.env.NODE_ENV": '"production"' },
	// CommonJS dependencies (cfonts, marked-terminal's tree) call require().
	banner: {
		js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
	},
	plugins: [
		resumeParsedAtBuildTime,
		// Patches of dependencies: one row each in scripts/build/PATCHES.md.
		...mustApply(
			bundleCfontsFonts,
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
			withoutHighlightingOrEmoji,
		),
		tidyChunks(OUT_DIR),
	],
	logLevel: "warning",
});

const serve = await bundle({
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
	// Licence notices go, whole, in dist/THIRD-PARTY-LICENSES.md (see third-party-licences.mjs).
	legalComments: "none",
	metafile: true,
	define: { "process.env.NODE_ENV": '"production"' },
	// ssh2 and its dependencies are CommonJS and call require(); its WebAssembly
	// Poly1305 loader (Emscripten) reads __dirname, which ES modules lack.
	banner: {
		js: "import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));",
	},
	plugins: [...mustApply(ssh2ServerOnly, withoutNativeAddons), viewerStaysInCli],
	logLevel: "warning",
});

if (!DEV) {
	const metafiles = { "cli.js": cli.metafile, "serve.js": serve.metafile };
	writeThirdPartyLicences(metafiles, `${OUT_DIR}/THIRD-PARTY-LICENSES.md`);
	// Not shipped: what the release test checks the list against.
	writeFileSync(`${OUT_DIR}/metafiles.json`, JSON.stringify(metafiles));
	// Not shipped either: the packages each patch changed, checked against PATCHES.md by its test.
	writeFileSync(`${OUT_DIR}/patches.json`, JSON.stringify(appliedPatches(), null, "\t"));
}
