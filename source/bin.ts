// The bin. Node's compile cache (22.1+) keeps V8's compiled code of every module loaded after it
// is turned on: the CLI is therefore imported from here, not bundled into this file, so that every
// run after the first one skips compiling it. Node's default folder (under os.tmpdir(), or
// NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off) is shared safely: entries are
// keyed by Node version and checked against each file's contents, so a stale one is never used
// and deleting the folder only costs the next run its compile. On Node 20 this does nothing.
import module from "node:module";

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import("./cli.js");
