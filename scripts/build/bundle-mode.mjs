// `node scripts/build.mjs` writes the published bundles into dist/. With `--dev` it writes development
// bundles into dist/dev/ instead: not minified, with source maps (too big to publish: +350 KB gzipped).
// `--watch` (`npm run dev`, scripts/dev.mjs) also rebuilds them on every change of what they came from.
import { build, context } from "esbuild";

export const WATCH = process.argv.includes("--watch");
export const DEV = WATCH || process.argv.includes("--dev");

/** Tells the process that started the watch (scripts/dev.mjs) each time a bundle is written. */
function reportRebuilds(outfile) {
	return {
		name: "report-rebuilds",
		setup(pluginBuild) {
			pluginBuild.onEnd((result) => process.send?.({ outfile, errors: result.errors.length }));
		},
	};
}

/** esbuild's build, or in watch mode its watching context, for the same options. */
export async function bundle(options) {
	if (!DEV) return build(options);
	const outfile = options.outfile.replace(/^dist\//, "dist/dev/");
	const development = { ...options, outfile, minify: false, sourcemap: "linked" };
	if (!WATCH) return build(development);
	const watching = await context({ ...development, plugins: [...options.plugins, reportRebuilds(outfile)] });
	await watching.watch();
	return undefined;
}
