/**
 * The YAML front matter the template opens with (`title:`, `author:`). Only
 * flat `key: value` pairs are read: that is all the template uses, and a YAML
 * library would cost start-up time for nothing.
 */
export type FrontMatter = {
	readonly fields: ReadonlyMap<string, string>;
	readonly body: string;
};

const FENCE = /^---[ \t]*$/;
// YAML also ends a document with "...".
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

export function splitFrontMatter(text: string): FrontMatter {
	const lines = text.split("\n");
	if (!FENCE.test(lines[0] ?? "")) return { fields: new Map(), body: text };
	const closing = lines.findIndex((line, index) => index > 0 && CLOSING_FENCE.test(line));
	if (closing === -1) return { fields: new Map(), body: text };

	const fields = new Map<string, string>();
	for (const line of lines.slice(1, closing)) {
		const match = /^([\w-]+):\s*(.*)$/.exec(line);
		if (match?.[1] && match[2] !== undefined) fields.set(match[1].toLowerCase(), scalar(match[2].trim()));
	}
	return { fields, body: lines.slice(closing + 1).join("\n") };
}

/** A quoted value as quoted; a plain one up to a " #" comment, as YAML reads it. */
function scalar(value: string): string {
	const quoted = /^(["'])(.*?)\1(?:\s+#.*)?$/.exec(value);
	if (quoted) return quoted[2] ?? "";
	// One white space character before "#", then trimmed: "\s+#" is tried from each space of a long run.
	return value.replace(/(?:^|\s)#.*$/, "").trimEnd();
}
