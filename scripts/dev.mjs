// `npm run dev [-- options]`: the viewer from source/, without a manual rebuild. esbuild watches the
// sources (scripts/build.mjs --watch writes dist/dev/, with source maps) and each rebuild restarts the
// viewer with the same options. Stacks map to source/ (--enable-source-maps) and unexpected errors show
// them (DEBUG=jvizcaino-resume). When the viewer quits, the watch goes on; Ctrl-C stops it.
import { fork, spawn } from "node:child_process";

const options = process.argv.slice(2);
const watcher = fork("scripts/build.mjs", ["--watch"], { stdio: "inherit" });
const built = new Set();
/** @type {import("node:child_process").ChildProcess | undefined} */
let viewer;
/** @type {NodeJS.Timeout | undefined} */
let restartSoon;

watcher.on("message", (/** @type {{ outfile: string, errors: number }} */ { outfile, errors }) => {
	if (errors > 0) return; // esbuild has printed them; the viewer keeps running the last good build.
	built.add(outfile);
	if (built.size < 2) return; // Both cli.js and serve.js, the first time.
	// One change can rebuild both bundles: restart once.
	clearTimeout(restartSoon);
	restartSoon = setTimeout(restart, 100);
});
watcher.on("exit", (code) => process.exit(code ?? 1));

function restart() {
	if (!viewer) return start();
	viewer.removeAllListeners("exit").once("exit", start);
	viewer.kill("SIGTERM");
}

function start() {
	const started = spawn(process.execPath, ["--enable-source-maps", "dist/dev/cli.js", ...options], {
		stdio: "inherit",
		env: { DEBUG: "jvizcaino-resume", ...process.env },
	});
	started.once("exit", (code, signal) => {
		viewer = undefined;
		process.stderr.write(
			`\n[dev] jvizcaino-resume ended (${signal ?? `exit ${code}`}); watching source/, Ctrl-C stops\n`,
		);
	});
	viewer = started;
}
