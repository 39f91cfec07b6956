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
			return { contents: source.replace(dynamicRequire, `({ ${table} })[font]`), loader: "js" };
		});
	},
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
	// Ink imports react-devtools-core only when DEV=true; never ship it.
	alias: { "react-devtools-core": "./scripts/stub-devtools.js" },
	// CommonJS dependencies (cfonts, marked-terminal's tree) call require().
	banner: {
		js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
	},
	plugins: [bundleCfontsFonts],
	logLevel: "warning",
});
