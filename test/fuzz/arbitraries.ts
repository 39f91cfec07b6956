/**
 * Inputs for the parser's property tests: hostile text a résumé might carry,
 * Markdown résumés assembled from the pieces of content/resume.md, and inputs
 * shaped to make a parser backtrack, recurse or rescan.
 */
import fc from "fast-check";

const ESC = "\u001B";
const BEL = "\u0007";
const ST = `${ESC}\\`;

/** Escape sequences a terminal would act on, 7-bit and C1 forms, whole and cut short. */
export const ESCAPE_SEQUENCES: readonly string[] = [
	`${ESC}[31m`,
	`${ESC}[1;31;4m`,
	`${ESC}[0m`,
	`${ESC}[2J`,
	`${ESC}[H`,
	`${ESC}[?1049h`,
	`${ESC}[6n`,
	`${ESC}]8;;http://x${BEL}`,
	`${ESC}]8;;javascript:alert(1)${ST}`,
	`${ESC}]8;;${BEL}`,
	`${ESC}]0;pwned${BEL}`,
	`${ESC}]2;title${ST}`,
	`${ESC}]52;c;cHduZWQ=${BEL}`,
	`${ESC}P1$r${ST}`,
	`${ESC}Pq#0;2;0;0;0${ST}`,
	`${ESC}_apc${ST}`,
	`${ESC}^pm${ST}`,
	`${ESC}Xsos${ST}`,
	`${ESC}c`,
	`${ESC}7`,
	`${ESC}(0`,
	`${ESC}#8`,
	ESC,
	`${ESC}[`,
	`${ESC}]`,
	`${ESC}]8;;http://x`,
	"\u009B31m",
	"\u009B2J",
	"\u009D0;pwned\u009C",
	"\u0090q\u009C",
];

/** Single control characters: C0, DEL, C1, and the ones that move the cursor. */
export const CONTROL_CHARACTERS: readonly string[] = [
	"\u0000",
	BEL,
	"\b",
	"\t",
	"\r",
	"\u000B",
	"\f",
	"\u0018",
	"\u001A",
	"\u007F",
	"\u0085",
	"\u009B",
	"\u009C",
];

/** Embeddings, overrides and isolates: text that displays in another order than it reads. */
export const BIDI_CONTROLS: readonly string[] = [
	"\u202A",
	"\u202B",
	"\u202C",
	"\u202D",
	"\u202E",
	"\u2066",
	"\u2067",
	"\u2068",
	"\u2069",
];

/** Characters that take no column or change how their neighbours look. */
export const INVISIBLE_AND_COMBINING: readonly string[] = [
	"\u200B",
	"\u200C",
	"\u200D",
	"\uFEFF",
	"\u2060",
	"\u00AD",
	"\u200E",
	"\u200F",
	"\u2028",
	"\u2029",
	"e\u0301",
	"a\u0336\u0336\u0336",
	"Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359",
	"\u0301",
];

/** Characters two columns wide, and sequences that are one glyph made of many code points. */
export const WIDE_TEXT: readonly string[] = ["日本語", "한국어", "Ａ", "😀", "👍🏽", "🇫🇷", "👨‍👩‍👧", "🏳️‍🌈"];

/** Control characters and bidi overrides spelled as HTML entities, which the parser decodes. */
export const ENTITY_ENCODED: readonly string[] = [
	"&#27;[31m",
	"&#x1b;]0;pwned&#7;",
	"&#155;2J",
	"&#x9B;31m",
	"&#x202E;",
	"&#8238;",
	"&#x2066;",
	"&#10;",
	"&#9;",
	"&#13;",
	"&#0;",
	"&#x7f;",
	"&#xD800;",
	"&#1114112;",
	"&amp;#27;",
];

export const SAFE_URLS: readonly string[] = [
	"https://example.org",
	"https://github.com/someone",
	"http://example.com/path?q=1#top",
	"https://example.org/resume.pdf",
	"mailto:someone@example.org",
	"email:someone@example.org",
	"https://xn--caf-dma.example/é",
];

export const HOSTILE_URLS: readonly string[] = [
	"javascript:alert(1)",
	"JavaScript:alert(document.cookie)",
	" javascript:alert(1)",
	"java\tscript:alert(1)",
	"&#106;avascript:alert(1)",
	"javascript&#58;alert(1)",
	"file:///etc/passwd",
	"data:text/html,<script>alert(1)</script>",
	"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
	"vbscript:msgbox(1)",
	"ftp://example.org",
	"//evil.example",
	"http:",
	"https://",
	"http://x&#10;y",
	"http://x/&#9;y",
	"https://x/&#x1b;[31m",
	"https://x/\u001B]0;pwned\u0007",
	"mailto:a&#32;b@example.org",
	"https://example.org/&#x202E;fdp.exe",
];

const word = fc.constantFrom(
	"Go",
	"Python",
	"Kubernetes",
	"reliability",
	"on-call",
	"Jérôme",
	"Ministère",
	"(300+ nodes,",
	"~50k",
	"docs/sec)",
	"C++",
	"é",
	"café",
	"Paris,",
	"2020",
	"-",
	"·",
	"…",
);

/** An ordinary run of words, as a résumé is mostly made of. */
export const sentence: fc.Arbitrary<string> = fc
	.array(word, { minLength: 1, maxLength: 8 })
	.map((words) => words.join(" "));

const longWord = fc
	.tuple(fc.constantFrom("a", "é", "日", "-", "e\u0301", "😀", "_", "*"), fc.integer({ min: 1, max: 400 }))
	.map(([unit, count]) => unit.repeat(count));

const longUrl = fc
	.tuple(fc.constantFrom("https://example.org/", "http://x.example/?q=", "mailto:"), fc.integer({ min: 1, max: 400 }))
	.map(([prefix, count]) => prefix + "a/".repeat(Math.floor(count / 2)));

/** (a) One piece of text that should never reach a terminal as it is, or that is hard to measure. */
export const hostileFragment: fc.Arbitrary<string> = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...ESCAPE_SEQUENCES) },
	{ weight: 2, arbitrary: fc.constantFrom(...CONTROL_CHARACTERS) },
	{ weight: 2, arbitrary: fc.constantFrom(...BIDI_CONTROLS) },
	{ weight: 2, arbitrary: fc.constantFrom(...INVISIBLE_AND_COMBINING) },
	{ weight: 2, arbitrary: fc.constantFrom(...WIDE_TEXT) },
	{ weight: 2, arbitrary: fc.constantFrom(...ENTITY_ENCODED) },
	{ weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
	{ weight: 2, arbitrary: fc.string({ unit: "binary-ascii", maxLength: 12 }) },
	{ weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
	{ weight: 1, arbitrary: longWord },
	{ weight: 1, arbitrary: longUrl },
);

/** (a) Arbitrary text: full Unicode, controls, escape sequences, bidi, invisible and wide characters. */
export const hostileText: fc.Arbitrary<string> = fc
	.array(fc.oneof(fc.constant(" "), sentence, hostileFragment), { minLength: 1, maxLength: 4 })
	.map((parts) => parts.join(""));

/** Mostly plain words, sometimes hostile: what a field of a hostile résumé holds. */
const text: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: sentence }, { weight: 1, arbitrary: hostileText });

const url = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...SAFE_URLS) },
	{ weight: 4, arbitrary: fc.constantFrom(...HOSTILE_URLS) },
	{ weight: 2, arbitrary: hostileText.map((tail) => `https://example.org/${tail}`) },
	{ weight: 1, arbitrary: longUrl },
);

const referenceLabel = fc.constantFrom("email", "github", "online-resume", "pdf-resume", "evil", "x");

const HTML_INLINE: readonly string[] = [
	'<i class="fa-solid fa-envelope"></i>',
	'<i class="fa-brands fa-github"></i>',
	'<i class="fa-solid fa-location-dot"></i>',
	"<br>",
	"<br/>",
	'<span id="page-break"></span>',
	"<img src=x onerror=alert(1)>",
	'<a href="javascript:alert(1)">click</a>',
	"<script>alert(1)</script>",
	"<!-- comment -->",
	"<b>",
];

/** One inline piece: styled text, a link in any of its forms, an image, inline HTML, an entity, a hard break. */
const inlinePiece: fc.Arbitrary<string> = fc.oneof(
	{ weight: 4, arbitrary: text },
	fc.tuple(fc.constantFrom("**", "*", "_", "__", "***", "~~", "`", "``"), text).map(([mark, inner]) => {
		const closing = mark === "``" ? " ``" : mark;
		return mark === "``" ? `${mark} ${inner}${closing}` : `${mark}${inner}${closing}`;
	}),
	fc.tuple(text, url).map(([label, href]) => `[${label}](${href})`),
	fc.tuple(text, url, text).map(([label, href, title]) => `[${label}](<${href}> "${title}")`),
	fc.tuple(text, referenceLabel).map(([label, ref]) => `[${label}][${ref}]`),
	referenceLabel.map((ref) => `[${ref}]`),
	url.map((href) => `<${href}>`),
	url,
	fc.constant("www.example.com"),
	fc.tuple(text, url).map(([alt, src]) => `![${alt}](${src})`),
	fc.constantFrom(...HTML_INLINE),
	fc.constantFrom("&amp;", "&eacute;", "&#233;", "&nbsp;", "&unknown;", "&#x1F600;"),
	fc.constantFrom("  \n", "\\\n", "\n"),
	fc.constantFrom("\\*", "\\[", "\\_", "\\<"),
);

/** A line of inline Markdown. */
export const inline: fc.Arbitrary<string> = fc
	.array(inlinePiece, { minLength: 1, maxLength: 5 })
	.map((pieces) => pieces.join(" "));

const listMarker = fc.constantFrom("-", "+", "*", "1.", "2)", "- [ ]", "- [x]");

/** A list, nested by indentation: each item is one or two levels deeper than the last at most. */
const list: fc.Arbitrary<string> = fc
	.array(fc.tuple(fc.integer({ min: 0, max: 3 }), listMarker, inline), { minLength: 1, maxLength: 5 })
	.map((items) => {
		let depth = 0;
		return items
			.map(([wanted, marker, body]) => {
				depth = Math.min(wanted, depth + 1);
				return `${"   ".repeat(depth)}${marker} ${body.replace(/\n/g, `\n${"   ".repeat(depth + 1)}`)}`;
			})
			.join("\n");
	});

const table: fc.Arbitrary<string> = fc
	.tuple(fc.integer({ min: 1, max: 3 }), fc.array(fc.array(inline, { minLength: 3, maxLength: 3 }), { maxLength: 3 }))
	.map(([columns, rows]) => {
		const row = (cells: readonly string[]) => `| ${cells.slice(0, columns).join(" | ").replace(/\n/g, " ")} |`;
		return [row(["Skill", "Years", "Level"]), `|${" --- |".repeat(columns)}`, ...rows.map((cells) => row(cells))].join(
			"\n",
		);
	});

const codeBlock: fc.Arbitrary<string> = fc
	.tuple(fc.constantFrom("```", "~~~", "    ", "```unclosed"), text, fc.array(text, { maxLength: 3 }))
	.map(([fence, language, lines]) => {
		if (fence === "    ") return lines.map((line) => `    ${line}`).join("\n") || "    code";
		if (fence === "```unclosed") return `\`\`\`\n${lines.join("\n")}`;
		return `${fence}${language.replace(/[`\n]/g, "")}\n${lines.join("\n")}\n${fence}`;
	});

const quote: fc.Arbitrary<string> = fc
	.tuple(fc.integer({ min: 1, max: 4 }), fc.array(inline, { minLength: 1, maxLength: 3 }))
	.map(([depth, lines]) => lines.map((line) => `${"> ".repeat(depth)}${line.replace(/\n/g, " ")}`).join("\n"));

const HTML_BLOCKS: readonly string[] = [
	'<div id="content">',
	"</div> <!-- #content -->",
	'<link href="assets/css/stylesheet.css" rel="stylesheet">',
	'<script defer="" src="assets/fontawesome/all.min.js"></script>',
	"<script>\nalert(1)\n</script>",
	"<style>body { color: red }</style>",
	"<img src=x onerror=alert(1)>",
	"<!-- a comment -->",
	"<!-- never closed",
	"<p>Hello <b>world</b> &amp; co</p>",
	'<span id="page-break"></span>',
	"<div>\n\x1b]0;pwned\x07\n</div>",
];

const setextHeading = fc
	.tuple(inline, fc.constantFrom("=", "-"))
	.map(([title, underline]) => `${title.replace(/\n/g, " ")}\n${underline.repeat(3)}`);

/** A block of Markdown body: paragraph, list, table, code, quote, rule, HTML, or a deeper heading. */
export const block: fc.Arbitrary<string> = fc.oneof(
	{ weight: 4, arbitrary: inline },
	{ weight: 4, arbitrary: list },
	table,
	codeBlock,
	quote,
	fc.constantFrom("---", "***", "___", "- - -"),
	fc.constantFrom(...HTML_BLOCKS),
	fc.tuple(fc.integer({ min: 4, max: 6 }), inline).map(([depth, title]) => `${"#".repeat(depth)} ${title}`),
	setextHeading,
);

const MONTHS = ["January", "April", "Mai", "févr.", "Summer", "04/", "Sept."];

const date: fc.Arbitrary<string> = fc
	.tuple(
		fc.constantFrom(...MONTHS, ""),
		fc.integer({ min: 1990, max: 2030 }),
		fc.constantFrom(" - ", " – ", " to ", " à ", ""),
		fc.constantFrom("Present", "présent", "now", "aujourd’hui", "April 2017", "2021", ""),
	)
	.map(([month, year, separator, end]) => {
		const start = month.endsWith("/") ? `${month}${year}` : `${month} ${year}`.trim();
		return separator && end ? `${start}${separator}${end}` : start;
	});

/** "Datadog _Senior Software Engineer_ _Paris, April 2020 - Present_", or a heading off the template. */
const jobHeading: fc.Arbitrary<string> = fc.oneof(
	{
		weight: 3,
		arbitrary: fc
			.tuple(text, text, text, date)
			.map(([org, role, place, when]) => `${org} _${role}_ _${place}, ${when}_`),
	},
	fc.tuple(text, date).map(([org, when]) => `${org} _${when}_`),
	inline,
);

/** "ESIEE Paris _2004_", or any inline text. */
const groupHeading: fc.Arbitrary<string> = fc.oneof(
	fc.tuple(text, date).map(([name, when]) => `${name} _${when}_`),
	inline,
);

const SECTION_TITLES = [
	"Experience",
	"Education",
	"Skills",
	"Foreign languages",
	"Misc.",
	"Personal projects",
	"Hobbies",
	"Expérience",
];

const sectionTitle = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SECTION_TITLES) }, text);

function heading(depth: number, title: string, setext: boolean): string {
	const oneLine = title.replace(/\n/g, " ");
	if (setext && depth <= 2) return `${oneLine}\n${(depth === 1 ? "=" : "-").repeat(Math.max(3, oneLine.length))}`;
	return `${"#".repeat(depth)} ${oneLine}`;
}

const blocks = fc.array(block, { maxLength: 2 });

const group = fc.record({ heading: groupHeading, blocks });

const entry = fc.record({
	heading: fc.oneof(jobHeading, groupHeading),
	blocks,
	groups: fc.array(group, { maxLength: 2 }),
});

const section = fc.record({
	title: sectionTitle,
	blocks: fc.array(block, { maxLength: 2 }),
	entries: fc.array(entry, { maxLength: 2 }),
});

const frontMatter: fc.Arbitrary<string> = fc
	.tuple(text, text, fc.constantFrom("---", "..."), fc.constantFrom("", '"', "'"), fc.constantFrom("", " # comment"))
	.map(
		([title, author, closing, quoteMark, comment]) =>
			`---\ntitle: ${quoteMark}${title.replace(/\n/g, " ")}${quoteMark}${comment}\nauthor: ${author.replace(/\n/g, " ")}\n${closing}`,
	);

const referenceDefinition: fc.Arbitrary<string> = fc
	.tuple(referenceLabel, url, fc.option(text, { nil: undefined }))
	.map(
		([label, href, title]) => `[${label}]: ${href}${title === undefined ? "" : ` "${title.replace(/["\n]/g, "")}"`}`,
	);

const contactLine: fc.Arbitrary<string> = fc.oneof(
	fc
		.tuple(fc.constantFrom(...HTML_INLINE.slice(0, 3), ""), text, referenceLabel)
		.map(([icon, label, ref]) => `- ${icon} [${label}][${ref}]`),
	fc.tuple(fc.constantFrom(...HTML_INLINE.slice(0, 3), ""), inline).map(([icon, line]) => `- ${icon} ${line}`),
	text,
	fc.constant("Romainville, France"),
);

const resumeParts = fc.record({
	frontMatter: fc.option(frontMatter, { nil: undefined }),
	references: fc.array(referenceDefinition, { maxLength: 4 }),
	name: fc.option(text, { nil: undefined }),
	setextName: fc.boolean(),
	header: fc.array(contactLine, { maxLength: 4 }),
	sectionDepth: fc.constantFrom(1, 2),
	setextSections: fc.boolean(),
	inDivs: fc.boolean(),
	sections: fc.array(section, { minLength: 1, maxLength: 3 }),
});

type ResumeParts = typeof resumeParts extends fc.Arbitrary<infer T> ? T : never;

function assemble(parts: ResumeParts): string {
	const depth = parts.sectionDepth;
	const open = (id: string) => (parts.inDivs ? [`<div id="${id}">`] : []);
	const close = parts.inDivs ? ["</div>"] : [];
	const chunks: string[] = [
		...(parts.frontMatter ? [parts.frontMatter] : []),
		...parts.references,
		...open("header"),
		...(parts.name === undefined ? [] : [heading(1, parts.name, parts.setextName)]),
		...parts.header,
		...close,
		...open("content"),
	];
	for (const { title, blocks: sectionBlocks, entries } of parts.sections) {
		chunks.push(heading(depth, title, parts.setextSections), ...sectionBlocks);
		for (const entryParts of entries) {
			chunks.push(heading(depth + 1, entryParts.heading, parts.setextSections), ...entryParts.blocks);
			for (const groupParts of entryParts.groups)
				chunks.push(heading(depth + 2, groupParts.heading, false), ...groupParts.blocks);
		}
	}
	chunks.push(...close);
	return `${chunks.join("\n\n")}\n`;
}

/** Line endings as Windows or old Macs write them. */
const lineEndings = fc.constantFrom("\n", "\r\n", "\r");

/** Hostile text injected at arbitrary offsets of a document. */
const injections = fc.array(fc.tuple(fc.nat(), hostileText), { maxLength: 3 });

function inject(document: string, insertions: readonly (readonly [number, string])[]): string {
	let result = document;
	for (const [offset, inserted] of insertions) {
		const at = offset % (result.length + 1);
		result = result.slice(0, at) + inserted + result.slice(at);
	}
	return result;
}

/** (b) A Markdown résumé in the template's shape, with hostile text in its fields and injected anywhere. */
export const markdownResume: fc.Arbitrary<string> = fc
	.tuple(resumeParts, lineEndings, injections)
	.map(([parts, newline, insertions]) => inject(assemble(parts), insertions).replace(/\n/g, newline));

const REPEATED_UNITS: readonly string[] = [
	"[",
	"]",
	"[a",
	"[a](",
	"![",
	"*",
	"**a",
	"*a",
	"_",
	"__a",
	"_a",
	"*_",
	"<",
	"<a",
	"<!--",
	"`",
	"``a",
	"> ",
	">",
	"- ",
	"> - ",
	"1. ",
	"\\",
	"&",
	"&#",
	"|",
	"~",
	"(",
	"](",
	"http://",
	"a",
	" ",
	"\t",
	"#",
	"=",
	"-",
];

/** A run of one unit: "[[[[…", "****…", "> > > …", a line of backticks. */
const repeatedRun: fc.Arbitrary<string> = fc
	.tuple(fc.constantFrom(...REPEATED_UNITS), fc.integer({ min: 1, max: 1200 }))
	.map(([unit, count]) => unit.repeat(count));

/** A list nested `depth` levels, each item two spaces deeper. */
const deepList: fc.Arbitrary<string> = fc
	.integer({ min: 1, max: 100 })
	.map((depth) => Array.from({ length: depth }, (_, level) => `${"  ".repeat(level)}- item ${level}`).join("\n"));

/** Opened and closed around one word: "[[[a]]]", "***a***" and the like. */
const balanced: fc.Arbitrary<string> = fc
	.tuple(
		fc.constantFrom(["[", "](http://x)"], ["*", "*"], ["_", "_"], ["**", "**"], ["<span>", "</span>"]),
		fc.integer({ min: 1, max: 600 }),
	)
	.map(([[opening, closing], count]) => `${opening.repeat(count)}a${closing.repeat(count)}`);

const PATHOLOGICAL_CONTEXTS: readonly ((body: string) => string)[] = [
	(body) => body,
	(body) => `# Name\n\n# Experience\n\n${body}\n`,
	(body) => `# Name\n\n# Skills\n\n### ${body}\n`,
	(body) => `# Name\n\n# Experience\n\n## Org _Role_ _${body}_\n`,
	(body) => `# Name\n\n# Education\n\n### School _${body}_\n\ndegree ${body} in ${body}\n`,
	(body) => `---\ntitle: ${body}\n---\n# Skills\n\n- ${body}\n`,
];

/** (c) Inputs shaped to make a parser backtrack, recurse or rescan, alone or where the template puts text. */
export const pathological: fc.Arbitrary<string> = fc
	.tuple(fc.oneof(repeatedRun, deepList, balanced), fc.integer({ min: 0, max: PATHOLOGICAL_CONTEXTS.length - 1 }))
	.map(([body, context]) => (PATHOLOGICAL_CONTEXTS[context] ?? ((b: string) => b))(body));

/** Anything at all a file could hold, weighted towards what reaches deep into the parser. */
export const anyInput: fc.Arbitrary<string> = fc.oneof(
	{ weight: 4, arbitrary: markdownResume },
	{ weight: 2, arbitrary: hostileText },
	{ weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
	{ weight: 1, arbitrary: pathological },
);
