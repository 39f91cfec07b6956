/**
 * Markdown keeps HTML entities as written (`&amp;`, `&#233;`); readers see the
 * characters. Numeric references cover everything; the named ones are those
 * people actually type in prose. An unknown name stays as written.
 */
const NAMED: Readonly<Record<string, string>> = {
	amp: "&",
	lt: "<",
	gt: ">",
	quot: '"',
	apos: "'",
	nbsp: "\u00A0",
	ndash: "–",
	mdash: "—",
	hellip: "…",
	rsquo: "’",
	lsquo: "‘",
	rdquo: "”",
	ldquo: "“",
	laquo: "«",
	raquo: "»",
	copy: "©",
	reg: "®",
	trade: "™",
	eacute: "é",
	Eacute: "É",
	egrave: "è",
	Egrave: "È",
	ecirc: "ê",
	Ecirc: "Ê",
	agrave: "à",
	Agrave: "À",
	ccedil: "ç",
	Ccedil: "Ç",
	ocirc: "ô",
	Ocirc: "Ô",
	euro: "€",
	middot: "·",
	bull: "•",
};

// Names are case-sensitive (&Eacute; is not &eacute;), but HTML also accepts
// these few legacy upper-case spellings.
const LEGACY_UPPER_CASE = new Set(["AMP", "LT", "GT", "QUOT", "COPY", "REG"]);

export function decodeEntities(text: string): string {
	if (!text.includes("&")) return text;
	return text.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z][a-z\d]{1,31});/gi, (whole, body: string) => {
		if (body[0] === "#") {
			const codePoint = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
			return isScalarValue(codePoint) ? String.fromCodePoint(codePoint) : "\uFFFD";
		}
		return NAMED[LEGACY_UPPER_CASE.has(body) ? body.toLowerCase() : body] ?? whole;
	});
}

/** What a numeric reference may name: not NUL, not a lone surrogate, not past Unicode's end. */
function isScalarValue(codePoint: number): boolean {
	return codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
}
