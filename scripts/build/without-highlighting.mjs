import { join } from "node:path";

// marked-terminal draws the résumé's tables (through cli-table3) and lays out its
// code blocks, but it also imports cli-highlight, which brings highlight.js with
// every language, and node-emoji with its whole emoji table. Bundled as they are,
// they add 1.5 MB to dist/cli.js (395 KB gzipped, nearly all of the 450 KB tarball
// budget); with these stubs marked-terminal and cli-table3 add 47 KB (15 KB
// gzipped), evaluated only for a résumé with a table or code block. What is lost:
// syntax colours in code blocks, which show in the one code colour, and
// `:shortcode:` emoji. source/render/rich-blocks.ts turns both off anyway, so
// running from source shows the same: cli-highlight colours by chalk's global
// colour level, not the one chosen, and the model holds text as written.
const STUBS = {
	"cli-highlight": "scripts/stub-cli-highlight.js",
	"node-emoji": "scripts/stub-node-emoji.js",
};

export const withoutHighlightingOrEmoji = {
	name: "without-highlighting-or-emoji",
	setup(pluginBuild) {
		pluginBuild.onResolve({ filter: /^(cli-highlight|node-emoji)$/ }, (args) => ({
			path: join(process.cwd(), STUBS[args.path]),
		}));
	},
};
