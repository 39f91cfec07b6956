import { Lexer, type Token } from "marked";
import { splitFrontMatter } from "./front-matter.js";
import { inlineOf, plainText } from "./inline.js";
import { basicsFromHeader } from "./markdown-header.js";
import type { Resume } from "./model.js";
import { sanitizeInline, sanitizeText, trimText } from "./sanitize.js";
import { isHeading, sectionFromTokens, splitOnShallowestHeading } from "./sections.js";
import { tooSlowToRead } from "./slow-markdown.js";
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
	const slow = tooSlowToRead(text);
	if (slow) return { ok: false, error: slow };
	const { fields, body } = splitFrontMatter(text);
	const tokens = lex(body);
	if (!tokens) return { ok: false, error: "the résumé nests lists or quotes too deeply" };

	const frontMatterName = frontMatterText(fields.get("title"));
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
	const basics = basicsFromHeader(name, frontMatterText(fields.get("author")), headerTokens);
	const sections = withUniqueSlugs(sectionRuns.map(sectionFromTokens));
	if (sections.length === 0)
		return {
			ok: false,
			error: "no sections found: give each part of the résumé a heading",
		};
	return { ok: true, resume: { basics, sections } };
}

/**
 * Marked's tokens, or undefined when it ran out of stack: it reads nested lists and quotes
 * recursively, a few thousand levels deep at most. Deep nesting that it can read is
 * flattened in the model (blocks.ts).
 */
function lex(markdown: string): Token[] | undefined {
	try {
		return Lexer.lex(markdown);
	} catch (error) {
		if (error instanceof RangeError && /call stack/i.test(error.message)) return undefined;
		throw error;
	}
}

/** A front matter value as a one-line field of the model holds it. */
function frontMatterText(value: string | undefined): string | undefined {
	return value === undefined ? undefined : trimText(sanitizeInline(value)) || undefined;
}

function sameText(a: string, b: string): boolean {
	return a.trim().normalize("NFC") === b.trim().normalize("NFC");
}

export type { Token };
