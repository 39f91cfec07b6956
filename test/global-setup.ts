import { execFileSync } from "node:child_process";

// The end-to-end, release and patch tests run dist/: build it once, before any of them, so none can run
// a stale bundle. `npm test` relies on this rather than building first.
export default function buildOnce(): void {
	execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
}
