// cfonts, which draws the big-text name, tuned for a bundle: its fonts inside, its colour probe run once.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The big-text fonts the header uses: the only ones bundled. */
const BIG_TEXT_FONTS = ["block", "chrome", "tiny"];

// cfonts loads its font with `require(\`../fonts/${font}.json\`)`, a path a
// bundler cannot follow. Replace that one dynamic require with a static table
// of the fonts we use so they travel inside the bundle.
export const bundleCfontsFonts = {
	name: "bundle-cfonts-fonts",
	setup(pluginBuild) {
		pluginBuild.onLoad({ filter: /cfonts[\\/]lib[\\/]GetFont\.js$/ }, (args) => {
			const source = readFileSync(args.path, "utf8");
			const dynamicRequire = /require\(path\.normalize\(`\.\.\/fonts\/\$\{font\}\.json`\)\)/;
			if (!dynamicRequire.test(source)) throw new Error("cfonts GetFont.js changed: update scripts/build/fonts.mjs");
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

// cfonts asks supports-color (sniffing the environment and argv with a dozen
// regular expressions) every time it picks a colour, several times per render,
// although neither changes while the process runs: a few milliseconds per big
// name drawn, for each of serve's sessions. Ask once.
export const cfontsColorSupportOnce = {
	name: "cfonts-color-support-once",
	setup(pluginBuild) {
		pluginBuild.onLoad({ filter: /cfonts[\\/]lib[\\/]Color\.js$/ }, (args) => {
			const source = readFileSync(args.path, "utf8");
			const detect = "function get_term_color_support() {";
			if (!source.includes(detect)) throw new Error("cfonts Color.js changed: update scripts/build/fonts.mjs");
			return {
				contents: source.replace(
					detect,
					"let termColorSupport;\nfunction get_term_color_support() {\n  return termColorSupport ??= detect_term_color_support();\n}\nfunction detect_term_color_support() {",
				),
				loader: "js",
			};
		});
	},
};
