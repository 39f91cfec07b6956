import { plainText } from "./inline.js";
import type { Inline, Span } from "./model.js";
import { safeUrl } from "./sanitize.js";

/**
 * A header's links written without a scheme ("linkedin.com/in/sam", "janedev.io") as links:
 * https: ones, as a browser would read them. Only a token that stands alone between the parts
 * of a header line (after a separator, a comma or a "Label:", before a separator or the end)
 * and reads as a lower-case domain with a known kind of TLD, optionally with a path: never
 * words of a sentence, nor "Node.js" or "ASP.NET".
 */
export function withBareDomainLinks(line: Inline): Inline {
	const text = plainText(line);
	const tokens = [...text.matchAll(/\S+/gu)];
	const found: { start: number; end: number; address: string }[] = [];
	tokens.forEach((token, index) => {
		const address = token[0].replace(/[,;]$/u, "");
		if (!looksLikeAddress(address)) return;
		const previous = tokens[index - 1]?.[0];
		const next = tokens[index + 1]?.[0];
		const startsPart = previous === undefined || SEPARATOR.test(previous) || /[,;:]$/u.test(previous);
		const endsPart = next === undefined || SEPARATOR.test(next) || address !== token[0];
		if (startsPart && endsPart) found.push({ start: token.index, end: token.index + address.length, address });
	});
	return found.length === 0 ? line : linked(line, found);
}

const SEPARATOR = /^[|·•—–-]$/u;

// Host labels, lower-case as people write addresses (so no "Node.js"), then a path without a trailing dot.
const ADDRESS = /^((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,24}))(\/[\w\-.~%/@+=&?#]*)?$/u;
// Generic TLDs a personal page or profile is likely on; any two letters are a country's, but for file types.
const GENERIC_TLDS = new Set(
	"com org net edu gov info biz name pro dev app page tech site online blog xyz cloud design codes engineer software studio space website email live link one art work club".split(
		" ",
	),
);
const FILE_TYPES = new Set(["js", "ts", "py", "rb", "md", "sh", "rs", "cs", "hs", "kt", "jl", "pl", "db", "gz"]);

function looksLikeAddress(token: string): boolean {
	if (token.length > 300) return false;
	const match = ADDRESS.exec(token);
	const tld = match?.[2];
	if (!tld || (match[3] ?? "").endsWith(".")) return false;
	return GENERIC_TLDS.has(tld) || (tld.length === 2 && !FILE_TYPES.has(tld));
}

/** The line with each found address, where it sits whole in a span of plain text, as an https: link. */
function linked(line: Inline, found: readonly { start: number; end: number; address: string }[]): Inline {
	const spans: Span[] = [];
	let offset = 0;
	for (const span of line) {
		const spanStart = offset;
		offset += span.text.length;
		const inside = span.href || span.code ? [] : found.filter((at) => at.start >= spanStart && at.end <= offset);
		let from = 0;
		for (const { start, end, address } of inside) {
			const href = safeUrl(`https://${address}`);
			if (!href) continue;
			if (start - spanStart > from) spans.push({ ...span, text: span.text.slice(from, start - spanStart) });
			spans.push({ ...span, text: address, href });
			from = end - spanStart;
		}
		if (from < span.text.length) spans.push({ ...span, text: span.text.slice(from) });
	}
	return spans;
}
