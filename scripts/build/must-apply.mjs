// Every build-time patch of a dependency goes through mustApply (scripts/build.mjs), which makes a
// patch that no longer fits fail the build with its name: an edit whose target text moved throws
// (each patch checks its own text), and a patch that changed nothing in a whole build (its file was
// renamed, or its package is no longer bundled) is an error too. It also notes which package, at which
// version, each patch changed: the build writes that to dist/patches.json, which PATCHES.md's test
// holds the table to. scripts/build/PATCHES.md says what each one does, why, and what it saves.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageFolderOf } from "./third-party-licences.mjs";

const TABLE = "scripts/build/PATCHES.md";
/** Patch name → the package@version it changed. */
const applied = new Map();

/** What the build patched: { [patch]: ["package@version", …] }. */
export function appliedPatches() {
	return Object.fromEntries([...applied].map(([name, packages]) => [name, [...packages].sort()]));
}

function packageAt(folder) {
	const { name, version } = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
	return `${name}@${version}`;
}

/** The package a patch's callback changed: the file it loaded, else the one importing, else the one asked for. */
function patchedPackage(args) {
	const folder =
		packageFolderOf(args.path ?? "") ??
		packageFolderOf(args.importer ?? "") ??
		(/^[@\w]/.test(args.path) && args.kind ? join(process.cwd(), "node_modules", args.path) : undefined);
	return folder ? packageAt(folder) : undefined;
}

/** The plugins, each failing the build when it throws or never applies. */
export function mustApply(...plugins) {
	return plugins.map((plugin) => ({
		name: plugin.name,
		setup(pluginBuild) {
			let changed = false;
			const watched = (register) => (options, callback) =>
				register(options, async (args) => {
					let result;
					try {
						result = await callback(args);
					} catch (error) {
						throw new Error(`patch ${plugin.name} (see ${TABLE}): ${error instanceof Error ? error.message : error}`);
					}
					if (result == null) return result;
					changed = true;
					const packages = applied.get(plugin.name) ?? new Set();
					const patched = patchedPackage(args);
					if (patched) packages.add(patched);
					applied.set(plugin.name, packages);
					return result;
				});
			plugin.setup({
				...pluginBuild,
				onLoad: watched(pluginBuild.onLoad.bind(pluginBuild)),
				onResolve: watched(pluginBuild.onResolve.bind(pluginBuild)),
			});
			pluginBuild.onEnd((result) => {
				if (changed || result.errors.length > 0) return;
				throw new Error(
					`patch ${plugin.name} changed nothing: its file moved or its package is no longer bundled (see ${TABLE})`,
				);
			});
		},
	}));
}
