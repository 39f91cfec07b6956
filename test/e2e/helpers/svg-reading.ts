// Reading the SVG pictures back the way a viewer would: is the file well-formed, what text sits on
// which row and column of the grid, and what colour does a class or rectangle paint.
import { cellOrigin, LAYOUT } from "../../../scripts/lib/screen-to-svg.mjs";

const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/;
const TAG = /^<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>$/;

/** Why an XML parser would refuse the document; [] when it is well-formed. */
export function xmlProblems(document: string): string[] {
	const problems: string[] = [];
	const open: string[] = [];
	let roots = 0;
	for (const [index, token] of document.split(/(<[^>]*>)/).entries()) {
		const isTag = index % 2 === 1;
		if (!isTag) {
			if (ENTITY.test(token)) problems.push(`bare & in ${JSON.stringify(token.slice(0, 40))}`);
			if (open.length === 0 && token.trim() !== "") problems.push(`text outside the root: ${JSON.stringify(token)}`);
			continue;
		}
		const match = TAG.exec(token);
		if (!match) {
			problems.push(`malformed tag ${JSON.stringify(token.slice(0, 60))}`);
			continue;
		}
		const [, closing, name = "", attributes = "", selfClosing] = match;
		if (ENTITY.test(attributes)) problems.push(`bare & in the attributes of <${name}>`);
		if (closing) {
			const expected = open.pop();
			if (expected !== name) problems.push(`</${name}> closes <${expected ?? "nothing"}>`);
		} else if (!selfClosing) {
			if (open.length === 0) roots++;
			open.push(name);
		} else if (open.length === 0) {
			roots++;
		}
	}
	if (open.length > 0) problems.push(`never closed: ${open.join(" > ")}`);
	if (roots !== 1) problems.push(`${roots} root elements`);
	return problems;
}

const decodeEntities = (text: string) =>
	text
		.replace(/&lt;/g, "<")
		.replace(/&gt;/g, ">")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, "&");

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

export type TextRun = {
	readonly column: number;
	readonly columns: number;
	readonly text: string;
	readonly className: string;
};

/** The screen's text runs by row: each <tspan> placed on the grid by its x and textLength. */
export function gridRuns(svg: string): Map<number, TextRun[]> {
	const top = cellOrigin(0, 0);
	const rows = new Map<number, TextRun[]>();
	for (const [, y = "", content = ""] of svg.matchAll(/<text y="([\d.]+)">(.*?)<\/text>/g)) {
		const row = Math.floor((Number(y) - top.y) / LAYOUT.cellHeight);
		const runs = [...content.matchAll(/<tspan([^>]*)>(.*?)<\/tspan>/g)].map(([, tag = "", text = ""]) => ({
			column: Math.round((Number(attribute(tag, "x")) - top.x) / LAYOUT.cellWidth),
			columns: Math.round(Number(attribute(tag, "textLength")) / LAYOUT.cellWidth),
			text: decodeEntities(text),
			className: attribute(tag, "class") ?? "",
		}));
		rows.set(row, runs);
	}
	return rows;
}

/** Each row's text as the terminal reads it (trailing blanks trimmed), blanks where nothing is drawn. */
export function gridText(svg: string, rowCount: number): string[] {
	const rows = gridRuns(svg);
	return Array.from({ length: rowCount }, (_, row) => {
		let line = "";
		let column = 0;
		for (const run of rows.get(row) ?? []) {
			line += " ".repeat(Math.max(0, run.column - column)) + run.text;
			column = run.column + run.columns;
		}
		return line.trimEnd();
	});
}

/** The declarations of a CSS class in the document's <style>, e.g. { fill: "#06989a" }. */
export function classStyle(svg: string, className: string): Record<string, string> {
	const body = new RegExp(`\\.${className}\\{([^}]*)\\}`).exec(svg)?.[1] ?? "";
	return Object.fromEntries(
		body
			.split(";")
			.filter(Boolean)
			.map((declaration) => declaration.split(":") as [string, string]),
	);
}

export type Rect = {
	readonly column: number;
	readonly row: number;
	readonly columns: number;
	readonly className: string;
};

/** The background rectangles drawn on the grid. */
export function gridRects(svg: string): Rect[] {
	const top = cellOrigin(0, 0);
	return [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="[\d.]+" class="(\w+)"\/>/g)].map(
		([, x, y, width, className = ""]) => ({
			column: Math.round((Number(x) - top.x) / LAYOUT.cellWidth),
			row: Math.round((Number(y) - top.y) / LAYOUT.cellHeight),
			columns: Math.round(Number(width) / LAYOUT.cellWidth),
			className,
		}),
	);
}
