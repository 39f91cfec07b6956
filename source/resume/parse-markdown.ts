import { Lexer, type Token } from "marked";
import { splitFrontMatter } from "./front-matter.js";
import { basicsFromHeader } from "./header.js";
import { inlineOf, plainText } from "./inline.js";
import type { Resume } from "./model.js";
import { sanitizeText } from "./sanitize.js";
import { isHeading, sectionFromTokens, splitOnShallowestHeading } from "./sections.js";
import { withUniqueSlugs } from "./slug.js";

export type ParseResult =
	| { readonly ok: true; readonly resume: Resume }
	| { readonly ok: false; readonly error: string };

/**
 * Markdown in the template of content/resume.md → the typed résumé.
 * Structure comes from marked's lexer, never from regexes over the file.
 */
export function parseMarkdown(markdown: string): ParseResult {
	const text = sanitizeText(markdown.replace(/^\uFEFF/, ""));
	if (text.trim() === "") return { ok: false, error: "the résumé is empty" };
	const { fields, body } = splitFrontMatter(text);
	const tokens = Lexer.lex(body);

	const frontMatterName = fields.get("title")?.trim();
	const nameIndex = tokens.findIndex(isHeading);
	const nameHeading = nameIndex === -1 ? undefined : tokens[nameIndex];
	const headingName = nameHeading ? plainText(inlineOf(nameHeading)) : undefined;
	// The first heading is the name unless front matter names someone else.
	const firstHeadingIsName = headingName !== undefined && (!frontMatterName || sameText(headingName, frontMatterName));
	const name = frontMatterName || (firstHeadingIsName ? headingName : undefined);
	if (!name)
		return {
			ok: false,
			error: "no name found: start the file with a title in front matter or a # heading",
		};

	const rest = firstHeadingIsName ? [...tokens.slice(0, nameIndex), ...tokens.slice(nameIndex + 1)] : tokens;
	const [headerTokens, sectionRuns] = splitOnShallowestHeading(rest);
	const basics = basicsFromHeader(name, fields.get("author")?.trim(), headerTokens);
	const sections = withUniqueSlugs(sectionRuns.map(sectionFromTokens));
	if (sections.length === 0)
		return {
			ok: false,
			error: "no sections found: give each part of the résumé a heading",
		};
	return { ok: true, resume: { basics, sections } };
}

function sameText(a: string, b: string): boolean {
	return a.trim().normalize("NFC") === b.trim().normalize("NFC");
}

export type { Token };
