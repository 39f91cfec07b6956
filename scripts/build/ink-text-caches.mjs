import { readFileSync } from "node:fs";

// Ink measures and wraps every text node through two caches keyed by the
// text itself (measure-text.js, wrap-text.js) and never empties them. The
// footer draws the search query on each key, so typing a long query adds a
// new, longer key per byte: a server's worker grew to 3 GB and died, taking
// every session it held (issue 13); the local viewer leaked the same way.
// Bound both by entries and by the characters their keys hold, emptied whole
// past either bound (a frame's few hundred texts are measured again once).
const MAX_ENTRIES = 5000;
const MAX_KEY_CHARACTERS = 2_000_000;

const bounded = `
const MAX_ENTRIES = ${MAX_ENTRIES};
const MAX_KEY_CHARACTERS = ${MAX_KEY_CHARACTERS};
let cachedCharacters = 0;
function remember(cache, key, value) {
    if (cache.size >= MAX_ENTRIES || cachedCharacters + key.length > MAX_KEY_CHARACTERS) {
        cache.clear();
        cachedCharacters = 0;
    }
    cachedCharacters += key.length;
    cache.set(key, value);
}`;

const patches = {
	"measure-text.js": [
		["const cache = new Map();", `const cache = new Map();${bounded}`],
		["    cache.set(text, dimensions);", "    remember(cache, text, dimensions);"],
	],
	"wrap-text.js": [
		["const cache = {};", `const cache = new Map();${bounded}`],
		["    const cachedText = cache[cacheKey];", "    const cachedText = cache.get(cacheKey);"],
		["    cache[cacheKey] = wrappedText;", "    remember(cache, cacheKey, wrappedText);"],
	],
};

export const inkTextCachesBounded = {
	name: "ink-text-caches-bounded",
	setup(pluginBuild) {
		pluginBuild.onLoad({ filter: /ink[\\/]build[\\/](measure|wrap)-text\.js$/ }, (args) => {
			const file = args.path.split(/[\\/]/).pop();
			let source = readFileSync(args.path, "utf8");
			for (const [from, to] of patches[file] ?? []) {
				if (!source.includes(from)) throw new Error(`ink's ${file} changed: update scripts/build/ink-text-caches.mjs`);
				source = source.replace(from, to);
			}
			return { contents: source, loader: "js" };
		});
	},
};
