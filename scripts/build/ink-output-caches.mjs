import { readFileSync } from "node:fs";

// Ink turns every line of every frame into styled characters (ANSI tokenising
// and a string-width per character), with caches it throws away after each
// frame: a key press that scrolls one line re-tokenises all thirty. Keep the
// caches from frame to frame (emptied past a bound), so only new lines cost.
export const inkOutputCachesAcrossFrames = {
	name: "ink-output-caches-across-frames",
	setup(pluginBuild) {
		pluginBuild.onLoad({ filter: /ink[\\/]build[\\/]output\.js$/ }, (args) => {
			const source = readFileSync(args.path, "utf8");
			const perFrame = "    caches = new OutputCaches();";
			if (!source.includes(perFrame))
				throw new Error("ink's output.js changed: update scripts/build/ink-output-caches.mjs");
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
