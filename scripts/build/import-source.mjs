import { build } from "esbuild";

/** A module of ours, bundled and imported here so the build can run it. */
export async function importSource(entryPoint) {
	const bundled = await build({
		entryPoints: [entryPoint],
		bundle: true,
		platform: "node",
		format: "esm",
		write: false,
		logLevel: "warning",
	});
	return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString("base64")}`);
}
