import type { LayoutOptions } from "../render/block-lines.js";
import { sectionLines } from "../render/section-lines.js";
import { UNLIMITED, wrapHanging } from "../render/wrap.js";
import type { Resume } from "../resume/model.js";
import { printedHeaderLines } from "./printed-header.js";

/** The whole résumé as text: what `--print` and piped output show. Ends with a newline. */
export function printResume(resume: Resume, options: LayoutOptions): string {
	const ruleWidth = options.width === UNLIMITED ? 60 : Math.min(options.width, 80);
	const lines = printedHeaderLines(resume.basics, options);
	for (const section of resume.sections) {
		lines.push("", ...wrapHanging(options.styles.sectionTitle(section.title), options.width, ""));
		lines.push(options.styles.muted("─".repeat(ruleWidth)), "");
		lines.push(...sectionLines(section, options));
	}
	return `${lines.map((line) => line.trimEnd()).join("\n")}\n`;
}
