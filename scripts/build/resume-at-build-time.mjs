import { readFileSync } from "node:fs";
import { importSource } from "./import-source.mjs";

// The bundle carries the résumé already parsed: the parser runs here, once, so
// start-up neither loads marked nor lexes Markdown. A file that does not parse
// fails the build with the parser's message.
async function parsedResumeModule() {
	const { parseMarkdown } = await importSource("source/resume/parse-markdown.ts");
	const result = parseMarkdown(readFileSync("content/resume.md", "utf8"));
	if (!result.ok) throw new Error(`content/resume.md: ${result.error}`);
	return `export const bundledResume = ${JSON.stringify(result)};`;
}

export const resumeParsedAtBuildTime = {
	name: "resume-parsed-at-build-time",
	setup(pluginBuild) {
		pluginBuild.onLoad({ filter: /[\\/]source[\\/]content\.ts$/ }, async () => ({
			contents: await parsedResumeModule(),
			loader: "js",
			watchFiles: ["content/resume.md"],
		}));
	},
};
