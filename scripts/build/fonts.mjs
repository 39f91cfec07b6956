// cfonts, which draws the big-text name, made to bundle: its fonts inside.
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
