import { readFileSync } from "node:fs";

// Under tmux or screen (TERM=screen*/tmux*, or $TMUX), ansi-escapes wraps the
// OSC 8 of ink-link's hyperlinks in tmux's DCS passthrough. Ink removes DCS
// sequences from the text it draws, so every link in the header vanished there,
// FORCE_HYPERLINK or not. Send OSC 8 as it is: tmux 3.4+ passes hyperlinks on
// itself where the outer terminal supports them, as the panes' own links do.
const EDITS = [
	["const openLink = wrapOsc(", "const openLink = ("],
	["const closeLink = wrapOsc(", "const closeLink = ("],
];

export const hyperlinksUnderTmux = {
	name: "hyperlinks-under-tmux",
	setup(pluginBuild) {
		pluginBuild.onLoad({ filter: /ansi-escapes[\\/]base\.js$/ }, (args) => {
			let source = readFileSync(args.path, "utf8");
			for (const [from, to] of EDITS) {
				if (!source.includes(from))
					throw new Error("ansi-escapes changed: update scripts/build/hyperlinks-under-tmux.mjs");
				source = source.replace(from, to);
			}
			return { contents: source, loader: "js" };
		});
	},
};
