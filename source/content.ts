// content/resume.md is compiled into the bundle (esbuild's text loader; a
// small plugin does the same for vitest), so the published package reads no
// files at start-up and editing the Markdown then rebuilding changes every view.
import resumeMarkdown from "../content/resume.md";

export const bundledResumeMarkdown: string = resumeMarkdown;
