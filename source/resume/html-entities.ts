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
	egrave: "è",
	ecirc: "ê",
	agrave: "à",
	ccedil: "ç",
	ocirc: "ô",
	euro: "€",
	middot: "·",
	bull: "•",
};

export function decodeEntities(text: string): string {
	if (!text.includes("&")) return text;
	return text.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
		if (body[0] === "#") {
			const codePoint = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
			return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : "\uFFFD";
		}
		return NAMED[body.toLowerCase()] ?? whole;
	});
}
