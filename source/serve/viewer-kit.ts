// What `serve` borrows from dist/cli.js: the viewer, the printer, JSON Resume, the résumé and
// the input filter that keeps mouse reports from being read as keys.
// cli.tsx imports this module and hands it to dist/serve.js, so the second
// bundle carries ssh2 and no second copy of Ink, React and yoga (which would
// double the tarball), and the viewer served is the very one run locally.
export { bundledResume } from "../content.js";
export { runJsonMode } from "../modes/json-mode.js";
export { runPrintMode } from "../modes/print-mode.js";
export { startViewer } from "../modes/start-viewer.js";
export { runVcardMode } from "../modes/vcard-mode.js";
export { loadResumeFile } from "../resume/load-resume.js";
export { createInputFilter } from "../terminal/input-filter.js";

/** This module's shape, for dist/serve.js, which imports it as a type only. */
export type ViewerKit = typeof import("./viewer-kit.js");
