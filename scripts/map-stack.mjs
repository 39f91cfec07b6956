// Reads a stack trace printed by a published bundle (DEBUG=jvizcaino-resume) and prints it with each
// dist/cli.js or dist/serve.js position mapped to its source/ file and line. The published bundles carry
// no source maps (they would add 350 KB gzipped to the download), but the build is deterministic: run
// this in a clone at the version that crashed, after `npm ci`, and it rebuilds the same bundles with
// their maps (BUILD_SOURCEMAP=1) and reads the trace through them.
// node scripts/map-stack.mjs < trace.txt   (or: pbpaste | node scripts/map-stack.mjs)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { SourceMap } from "node:module";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { text } from "node:stream/consumers";

const trace = await text(process.stdin);
const scratch = mkdtempSync(join(tmpdir(), "map-stack-"));
try {
	execFileSync(process.execPath, ["scripts/build.mjs"], {
		env: { ...process.env, BUILD_OUT_DIR: scratch, BUILD_SOURCEMAP: "1" },
		stdio: ["ignore", "ignore", "inherit"],
	});
	// cli.js, its chunks (named with a content hash, the same in the rebuild) and serve.js.
	const bundles = readdirSync(scratch).filter((name) => name.endsWith(".js"));
	const maps = new Map(
		bundles.map((bundle) => [bundle, new SourceMap(JSON.parse(readFileSync(join(scratch, `${bundle}.map`), "utf8")))]),
	);
	const mapped = trace.replace(
		/(?:file:\/\/)?[^\s()]*?\b([\w-]+\.js):(\d+):(\d+)/g,
		(position, bundle, line, column) => {
			const entry = maps.get(bundle)?.findEntry(Number(line) - 1, Number(column) - 1);
			if (!entry?.originalSource) return position;
			// Sources are relative to the map's folder (the scratch one): name them from the project.
			const source = relative(process.cwd(), resolve(scratch, entry.originalSource));
			return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
		},
	);
	process.stdout.write(mapped);
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
