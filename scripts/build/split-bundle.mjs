// dist/cli.js is split into chunks (see build.mjs): these keep what that leaves in dist/ as tidy as
// one file was. Needs `metafile: true` and `legalComments: "external"`.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const CHUNK = /^[\w-]+-[A-Z0-9]{8}\.js(\.LEGAL\.txt|\.map)?$/;

// Chunk names carry a content hash: a rebuild leaves the old ones behind, which `npm pack` would ship.
// One licence file for all the chunks, where the README and the tarball's readers look for it.
export const tidyChunks = (outdir, bin) => ({
	name: "tidy-chunks",
	setup(pluginBuild) {
		pluginBuild.onEnd((result) => {
			if (!result.metafile) return;
			const written = new Set(Object.keys(result.metafile.outputs).map((path) => relative(outdir, path)));
			const legal = [];
			for (const name of readdirSync(outdir).sort()) {
				if (!CHUNK.test(name) && name !== `${bin}.LEGAL.txt` && name !== `${bin}.map`) continue;
				if (name.endsWith(".LEGAL.txt") && written.has(name)) legal.push(readFileSync(join(outdir, name), "utf8"));
				if (!written.has(name) || name.endsWith(".LEGAL.txt")) rmSync(join(outdir, name));
			}
			writeFileSync(join(outdir, `${bin}.LEGAL.txt`), legal.join("\n"));
		});
	},
});
