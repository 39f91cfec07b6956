// Reads a stack trace printed by a published bundle (DEBUG=jvizcaino-resume) and prints it with each
// dist/cli.js or dist/serve.js position mapped to its source/ file and line. The published bundles carry
// no source maps (they would add 350 KB gzipped to the download), but the build is deterministic: run
// this in a clone at the version that crashed, after `npm ci`, and it rebuilds the same bundles with
// their maps (BUILD_SOURCEMAP=1) and reads the trace through them.
// node scripts/map-stack.mjs < trace.txt   (or: pbpaste | node scripts/map-stack.mjs)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { SourceMap } from "node:module";
import { tmpdir } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import { text } from "node:stream/consumers";

const trace = await text(process.stdin);
const scratch = mkdtempSync(join(tmpdir(), "map-stack-"));

/** Builds the bundles into scratch/`folder`; returns what esbuild wrote (build.mjs's metafiles.json). */
function buildInto(folder, env = {}) {
	const out = join(scratch, folder);
	execFileSync(process.execPath, ["scripts/build.mjs"], {
		env: { ...process.env, ...env, BUILD_OUT_DIR: out },
		stdio: ["ignore", "ignore", "inherit"],
	});
	const metafiles = JSON.parse(readFileSync(join(out, "metafiles.json"), "utf8"));
	return Object.values(metafiles).flatMap((metafile) =>
		Object.entries(metafile.outputs).filter(([path]) => path.endsWith(".js")),
	);
}

/** An output file told apart by what went into it: the same with or without source maps. */
const inputsOf = (output) => Object.keys(output.inputs).sort().join("\n");

try {
	// cli.js, its chunks and serve.js. A chunk's name carries a hash of its content, which source
	// maps change: the published names come from a plain build, the maps from a second one.
	const published = new Map(buildInto("plain").map(([path, output]) => [inputsOf(output), basename(path)]));
	const maps = new Map(
		buildInto("mapped", { BUILD_SOURCEMAP: "1" }).map(([path, output]) => [
			published.get(inputsOf(output)),
			new SourceMap(JSON.parse(readFileSync(`${path}.map`, "utf8"))),
		]),
	);
	const mapped = trace.replace(
		/(?:file:\/\/)?[^\s()]*?\b([\w-]+\.js):(\d+):(\d+)/g,
		(position, bundle, line, column) => {
			const entry = maps.get(bundle)?.findEntry(Number(line) - 1, Number(column) - 1);
			if (!entry?.originalSource) return position;
			// Sources are relative to the map's folder (the scratch one): name them from the project.
			const source = relative(process.cwd(), resolve(scratch, "mapped", entry.originalSource));
			return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
		},
	);
	process.stdout.write(mapped);
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
