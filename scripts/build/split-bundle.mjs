// dist/cli.js is split into chunks (see build.mjs). Chunk names carry a content hash, so a rebuild
// leaves the old ones behind, which `npm pack` would ship: this removes every chunk (and map) of
// the folder that the build just made did not write. Needs `metafile: true`.
import { readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";

const CHUNK = /^[\w-]+-[A-Z0-9]{8}\.js(\.map)?$/;

export const tidyChunks = (outdir) => ({
	name: "tidy-chunks",
	setup(pluginBuild) {
		pluginBuild.onEnd((result) => {
			if (!result.metafile) return;
			const written = new Set(Object.keys(result.metafile.outputs).map((path) => relative(outdir, path)));
			for (const name of readdirSync(outdir)) {
				if (CHUNK.test(name) && !written.has(name)) rmSync(join(outdir, name));
			}
		});
	},
});
