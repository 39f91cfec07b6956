// Library code that runs at start-up for nothing this CLI uses, taken off the path.
import { readFileSync } from "node:fs";
import { join } from "node:path";

// yoga-layout's Emscripten loader fetches its own base64 `data:` URL when a
// global fetch exists (Node 18+), which wakes up undici at start-up (~60 ms).
// Without fetch it decodes the same bytes synchronously: take that path.
export const decodeYogaWithoutFetch = {
	name: "decode-yoga-without-fetch",
	setup(pluginBuild) {
		pluginBuild.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/].*\.js$/ }, (args) => {
			const source = readFileSync(args.path, "utf8");
			const fetchCheck = /"function"!=typeof fetch/g;
			if (!fetchCheck.test(source))
				throw new Error("yoga-layout's loader changed: update scripts/build/start-up-patches.mjs");
			return { contents: source.replace(fetchCheck, "!0"), loader: "js" };
		});
	},
};

// meow runs normalize-package-data (and its SPDX licence tables) when it is
// imported, for a package.json we hand it ourselves and it never normalises.
// Run that set-up only if meow ever calls it (10–25 ms of start-up saved).
export const meowNormalizeOnDemand = {
	name: "meow-normalize-on-demand",
	setup(pluginBuild) {
		pluginBuild.onLoad({ filter: /meow[\\/]build[\\/]dependencies\.js$/ }, (args) => {
			const source = readFileSync(args.path, "utf8");
			const eager =
				"var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);";
			if (!source.includes(eager))
				throw new Error("meow's dependencies.js changed: update scripts/build/start-up-patches.mjs");
			const lazy = "const normalizePackageData = (...args) => getDefaultExportFromCjs(requireNormalize())(...args);";
			return { contents: source.replace(eager, lazy), loader: "js" };
		});
	},
};

// Ink loads React DevTools (and the `ws` WebSocket library, ~50 KB) only when
// DEV=true. Nobody debugs a published résumé that way: leave them out.
export const withoutInkDevtools = {
	name: "without-ink-devtools",
	setup(pluginBuild) {
		pluginBuild.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
			/[\\/]ink[\\/]build$/.test(args.resolveDir)
				? { path: join(process.cwd(), "scripts/stub-devtools.js") }
				: undefined,
		);
	},
};
