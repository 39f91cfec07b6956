/**
 * The text a reader sees on each line of a Markdown résumé in our template,
 * worked out from the raw file alone (independently of the parser under test):
 * markup stripped, and a line made of several emphasised parts split into them,
 * and links, since views are free to lay those parts out apart (role, place and
 * dates; one contact a line).
 */
export function visibleFragments(markdown: string): string[][] {
	const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
	const closingFrontMatter = lines[0] === "---" ? lines.indexOf("---", 1) : -1;
	return lines
		.slice(closingFrontMatter + 1)
		.filter((line) => !/^\s*$/.test(line))
		.filter((line) => !/^\[[^\]]+\]:\s/.test(line)) // link reference definitions
		.filter((line) => !/^(=+|-+)\s*$/.test(line)) // setext underlines and rules
		.map((line) =>
			line
				.replace(/<!--.*?-->/g, "")
				.replace(/<[^>]+>/g, "")
				.replace(/\[([^\]]+)\]\[[^\]]*\]/g, "\uE000$1\uE000")
				.replace(/^\s*(?:[*+-]|#{1,6})\s+/, "")
				.replace(/\*\*/g, ""),
		)
		.map((line) =>
			line
				.split(/(?<=^|\s)_|_(?=\s|$)|(?<=\s)\*|\*(?=[\s).,])|\uE000/)
				.map((fragment) => fragment.replace(/\s+/g, " ").trim())
				.filter(Boolean),
		)
		.filter((fragments) => fragments.length > 0);
}
