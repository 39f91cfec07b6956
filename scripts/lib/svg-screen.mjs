// A captured screen's cells as SVG elements on a fixed grid: background rectangles, then one <text>
// per row. Text stays text (selectable, searchable, small): cells sharing a style merge into one
// <tspan>, and each distinct style is one CSS class however often it recurs.

/** @import { CapturedCell, CapturedScreen } from "./screen-cells.d.mts" */

export const LAYOUT = Object.freeze({
	fontSize: 14,
	// 0.6 em is the advance of common monospace fonts; textLength pins other fonts to the grid.
	cellWidth: 8.4,
	cellHeight: 17,
	padding: 14,
	titleBarHeight: 30,
	captionHeight: 44,
	cornerRadius: 10,
});

/** Top-left corner of a cell in the picture. */
export function cellOrigin(/** @type {number} */ x, /** @type {number} */ y) {
	return {
		x: LAYOUT.padding + x * LAYOUT.cellWidth,
		y: LAYOUT.titleBarHeight + LAYOUT.padding + y * LAYOUT.cellHeight,
	};
}

/**
 * Background rectangles, then one <text> per row that has any; with `blocksAsRectangles`, block
 * elements are rectangles too (see HALVES_INKED).
 * @param {CapturedScreen} screen @param {Styles} styles @param {{ blocksAsRectangles?: boolean }} [options]
 */
export function drawScreen(screen, styles, { blocksAsRectangles = false } = {}) {
	const backgrounds = [];
	const texts = [];
	// Text centred in its cell: the baseline sits about 0.2 em above the bottom of the glyph box.
	const baselineOffset = round((LAYOUT.cellHeight + LAYOUT.fontSize) / 2 - 0.2 * LAYOUT.fontSize);
	for (const [y, row] of screen.rows.entries()) {
		for (const span of backgroundSpans(row, screen.background)) {
			const origin = cellOrigin(span.x, y);
			backgrounds.push(
				`<rect x="${round(origin.x)}" y="${round(origin.y)}" width="${round(span.cols * LAYOUT.cellWidth)}" height="${LAYOUT.cellHeight}" class="${styles.fill(span.color)}"/>`,
			);
		}
		for (const span of blocksAsRectangles ? blockSpans(row) : []) {
			const origin = cellOrigin(span.x, y);
			const half = LAYOUT.cellHeight / 2;
			backgrounds.push(
				`<rect x="${round(origin.x)}" y="${round(origin.y + (span.lower ? half : 0))}" width="${round(span.cols * LAYOUT.cellWidth)}" height="${round(half)}" class="${styles.fill(span.color)}"/>`,
			);
		}
		const runs = textRuns(
			blocksAsRectangles ? row.map((cell) => (HALVES_INKED[cell.chars] ? { ...cell, chars: " " } : cell)) : row,
		);
		if (runs.length === 0) continue;
		const tspans = runs.map((run) => {
			const x = round(cellOrigin(run.x, y).x);
			const length = round(run.cols * LAYOUT.cellWidth);
			return `<tspan x="${x}" textLength="${length}" lengthAdjust="spacingAndGlyphs" class="${styles.text(run.cell)}">${escapeXml(run.text)}</tspan>`;
		});
		texts.push(`<text y="${round(cellOrigin(0, y).y + baselineOffset)}">${tspans.join("")}</text>`);
	}
	return [...backgrounds, ...texts].join("\n");
}

/** @typedef {{ x: number, cols: number, color: string }} BackgroundSpan */

/** @param {readonly CapturedCell[]} row @param {string} screenBackground @returns {BackgroundSpan[]} */
function backgroundSpans(row, screenBackground) {
	/** @type {BackgroundSpan[]} */ const spans = [];
	for (const cell of row) {
		if (cell.bg === screenBackground) continue;
		const last = spans.at(-1);
		if (last && last.color === cell.bg && last.x + last.cols === cell.x) last.cols += cell.width;
		else spans.push({ x: cell.x, cols: cell.width, color: cell.bg });
	}
	return spans;
}

/**
 * Block elements (a QR code's half blocks) as rectangles rather than glyphs: a font's █ rarely
 * fills its cell to the pixel, and the gaps between rows would keep the picture from scanning.
 * @type {Readonly<Record<string, readonly [upper: boolean, lower: boolean]>>}
 */
const HALVES_INKED = Object.freeze({ "█": [true, true], "▀": [true, false], "▄": [false, true] });

/** @typedef {{ x: number, cols: number, color: string, lower: boolean }} BlockSpan */

/** The inked halves of a row's block elements, neighbours of one colour merged. @param {readonly CapturedCell[]} row */
function blockSpans(row) {
	/** @type {BlockSpan[]} */ const spans = [];
	for (const lower of [false, true]) {
		/** @type {BlockSpan | undefined} */ let last;
		for (const cell of row) {
			const inked = HALVES_INKED[cell.chars]?.[lower ? 1 : 0] === true;
			if (!inked) {
				last = undefined;
				continue;
			}
			if (last && last.color === cell.fg && last.x + last.cols === cell.x) last.cols += cell.width;
			else {
				last = { x: cell.x, cols: cell.width, color: cell.fg, lower };
				spans.push(last);
			}
		}
	}
	return spans;
}

/** @typedef {{ x: number, cols: number, text: string, cell: CapturedCell, key: string }} TextRun */

/**
 * A row's text cut where the style changes. A blank carries no ink, so it joins whatever run it
 * follows (words stay separated for copying without costing a <tspan> per colour change), unless
 * that run is underlined or struck through, which would draw the line on under the blank too.
 * @param {readonly CapturedCell[]} row
 * @returns {TextRun[]}
 */
function textRuns(row) {
	const lastInk = row.findLastIndex((cell) => !isBlank(cell));
	/** @type {TextRun[]} */ const runs = [];
	/** @type {TextRun | undefined} */ let run;
	for (const cell of row.slice(0, lastInk + 1)) {
		const blank = isBlank(cell);
		if (blank && !run) continue; // leading blanks: the first run's x says where text starts
		const key = blank && run && !isDecorated(run.cell) ? run.key : textStyleKey(cell);
		if (run && run.key === key) {
			run.text += cell.chars;
			run.cols += cell.width;
		} else {
			run = { x: cell.x, cols: cell.width, text: cell.chars, cell, key };
			runs.push(run);
		}
	}
	return runs;
}

/** @param {CapturedCell} cell */
const isDecorated = (cell) => cell.underline || cell.strikethrough;

/** @param {CapturedCell} cell */
const isBlank = (cell) => cell.chars.trim() === "" && !isDecorated(cell);

/** @param {CapturedCell} cell */
const textStyleKey = (cell) =>
	[cell.fg, cell.bold, cell.italic, cell.dim, cell.underline, cell.strikethrough].map(String).join(",");

/** @typedef {ReturnType<typeof createStyles>} Styles */

/** Class names handed out per distinct style, and the CSS that defines them. */
export function createStyles() {
	/** @type {Map<string, { name: string, rule: string }>} */ const textClasses = new Map();
	/** @type {Map<string, string>} */ const fillClasses = new Map();
	return {
		/** @param {CapturedCell} cell */
		text(cell) {
			const key = textStyleKey(cell);
			let entry = textClasses.get(key);
			if (!entry) {
				entry = { name: `t${textClasses.size}`, rule: textRule(cell) };
				textClasses.set(key, entry);
			}
			return entry.name;
		},
		/** @param {string} color */
		fill(color) {
			let name = fillClasses.get(color);
			if (!name) {
				name = `b${fillClasses.size}`;
				fillClasses.set(color, name);
			}
			return name;
		},
		css() {
			const text = [...textClasses.values()].map(({ name, rule }) => `.${name}{${rule}}`);
			const fills = [...fillClasses].map(([color, name]) => `.${name}{fill:${color}}`);
			return [...text, ...fills].join("\n");
		},
	};
}

/** @param {CapturedCell} cell */
function textRule(cell) {
	const decorations = [cell.underline && "underline", cell.strikethrough && "line-through"].filter(Boolean);
	return [
		`fill:${cell.fg}`,
		cell.bold && "font-weight:700",
		cell.italic && "font-style:italic",
		// xterm.js draws faint text at half opacity.
		cell.dim && "fill-opacity:.5",
		decorations.length > 0 && `text-decoration:${decorations.join(" ")}`,
	]
		.filter(Boolean)
		.join(";");
}

// Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/F) would make the file unreadable.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** @param {string} text */
export function escapeXml(text) {
	return text
		.replace(NOT_XML, "\uFFFD")
		.replace(/&/g, "&amp;")
		.replace(/</g, "&lt;")
		.replace(/>/g, "&gt;")
		.replace(/"/g, "&quot;");
}

/** Two decimals at most: enough for pixels, and keeps the file small. */
export const round = (/** @type {number} */ value) => Math.round(value * 100) / 100;
