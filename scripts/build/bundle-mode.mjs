// `node scripts/build.mjs` writes the published bundles into dist/. With `--dev` it writes development
// bundles into dist/dev/ instead: not minified, with source maps (too big to publish: +350 KB gzipped).
// `--watch` (`npm run dev`, scripts/dev.mjs) also rebuilds them on every change of what they came from.
import { build, context } from "esbuild";

export const WATCH = process.argv.includes("--watch");
// Started by scripts/dev.mjs: stop watching when it goes, however it went.
if (WATCH && process.send) process.once("disconnect", () => process.exit(0));
export const DEV = WATCH || process.argv.includes("--dev");
/** Where the bundles go; BUILD_OUT_DIR is for builds to compare (scripts/build/measure-patches.mjs). */
export const OUT_DIR = process.env.BUILD_OUT_DIR ?? (DEV ? "dist/dev" : "dist");
/**
 * BUILD_SOURCEMAP=1: the published bundles, byte for byte, plus their source maps beside them, for
 * scripts/map-stack.mjs to read a published bundle's stack trace in a clone at the same version.
 */
const SOURCEMAP = process.env.BUILD_SOURCEMAP === "1";
/** Plugins (by name) to leave out, to measure what each saves (a comma-separated list). */
const WITHOUT = new Set((process.env.BUILD_WITHOUT ?? "").split(",").filter(Boolean));

/** Tells the process that started the watch (scripts/dev.mjs) each time a bundle is written. */
function reportRebuilds(output) {
	return {
		name: "report-rebuilds",
		setup(pluginBuild) {
			pluginBuild.onEnd((result) => {
				process.send?.({ outfile: output, errors: result.errors.length });
			});
		},
	};
}

/** esbuild's build, or in watch mode its watching context, for the same options. */
export async function bundle(buildOptions) {
	// A build writes one file (outfile) or, split into chunks, a folder (outdir): either moves to OUT_DIR.
	const moved = (path) => path?.replace(/^dist(?=\/|$)/, OUT_DIR);
	const options = {
		...buildOptions,
		...(buildOptions.outfile ? { outfile: moved(buildOptions.outfile) } : {}),
		...(buildOptions.outdir ? { outdir: moved(buildOptions.outdir) } : {}),
		plugins: buildOptions.plugins.filter((plugin) => !WITHOUT.has(plugin.name)),
	};
	if (!DEV) return build(SOURCEMAP ? { ...options, sourcemap: "external" } : options);
	const development = { ...options, minify: false, sourcemap: "linked" };
	if (!WATCH) return build(development);
	const output = options.outfile ?? `${options.outdir}/${buildOptions.entryPoints}`;
	const watching = await context({ ...development, plugins: [...options.plugins, reportRebuilds(output)] });
	await watching.watch();
	return undefined;
}
