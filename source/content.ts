import resumeMarkdown from "../content/resume.md";
import { type ParseResult, parseMarkdown } from "./resume/parse-markdown.js";

/**
 * The résumé of content/resume.md. Under vitest and tsc this parses the file
 * (a plugin imports .md as text); the bundle replaces this module with the
 * model parsed at build time (scripts/build/resume-at-build-time.mjs), so start-up never loads
 * marked or lexes Markdown. Edit the Markdown, rebuild, and every view changes.
 */
export const bundledResume: ParseResult = parseMarkdown(resumeMarkdown);
