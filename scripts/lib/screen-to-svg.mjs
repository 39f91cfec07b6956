// Pictures of captured terminal screens: a still screenshot, or a demo cycling through frames with
// a caption naming the key that led to each. Both sit in a terminal window with a title bar.
import { cellOrigin, createStyles, drawScreen, escapeXml, LAYOUT, round } from "./svg-screen.mjs";

/** @import { CapturedScreen } from "./screen-cells.d.mts" */
/** @import { DemoFrame, DemoOptions, ScreenshotOptions } from "./screen-to-svg.d.mts" */

export { cellOrigin, LAYOUT };

const FONT_FAMILY = `ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono","Liberation Mono",monospace`;
const TITLE_BAR = "#2d2d2d";
const TRAFFIC_LIGHTS = ["#ff5f57", "#febc2e", "#28c840"];

/** @param {CapturedScreen} screen @param {ScreenshotOptions} [options] */
export function screenshotSvg(screen, { title = "", blocksAsRectangles = false } = {}) {
	const styles = createStyles();
	const body = drawScreen(screen, styles, { blocksAsRectangles });
	return svgDocument(pictureSize(screen, 0), title, screen, styles.css(), body);
}

/**
 * One picture that shows each frame in turn, its caption beneath it.
 * @param {readonly DemoFrame[]} frames
 * @param {DemoOptions} [options]
 */
export function demoSvg(frames, { title = "", secondsPerFrame = 2 } = {}) {
	const first = frames[0];
	if (!first) throw new Error("a demo needs at least one frame");
	const styles = createStyles();
	const size = pictureSize(first.screen, LAYOUT.captionHeight);
	const body = frames.map((frame, index) => {
		// Every frame runs the same animation, shifted by its place in the cycle. The first frame is
		// also what shows where animation does not run (reduced motion, static renderers).
		const classes = index === 0 ? "frame still" : "frame";
		const delay = index === 0 ? "" : ` style="animation-delay:${round(index * secondsPerFrame)}s"`;
		return `<g class="${classes}"${delay}>\n${drawScreen(frame.screen, styles)}\n${drawCaption(frame, size.terminalBottom)}\n</g>`;
	});
	const animation = [
		`.frame{opacity:0;animation:show ${round(frames.length * secondsPerFrame)}s step-end infinite}`,
		".still{opacity:1}",
		`@keyframes show{0%{opacity:1}${round(100 / frames.length)}%{opacity:0}100%{opacity:0}}`,
		"@media (prefers-reduced-motion:reduce){.frame{animation:none}}",
		".caption{fill:#bdbdbd;font-size:13px}",
		".key{fill:#3a3a3a;stroke:#5a5a5a}",
		`.key-text{fill:${first.screen.foreground};font-weight:700;font-size:13px}`,
	];
	return svgDocument(size, title, first.screen, [styles.css(), ...animation].join("\n"), body.join("\n"));
}

/** @param {CapturedScreen} screen @param {number} captionHeight */
function pictureSize(screen, captionHeight) {
	const terminalBottom = cellOrigin(0, screen.rows.length).y + LAYOUT.padding;
	return {
		width: round(cellOrigin(screen.cols, 0).x + LAYOUT.padding),
		terminalBottom,
		height: round(terminalBottom + captionHeight),
	};
}

/**
 * The window: rounded, a title bar, the screen's background, then whatever is drawn on it.
 * @param {{ width: number, height: number }} size @param {string} title @param {CapturedScreen} screen
 * @param {string} css @param {string} body
 */
function svgDocument({ width, height }, title, screen, css, body) {
	const { cornerRadius: r, titleBarHeight: bar } = LAYOUT;
	const lights = TRAFFIC_LIGHTS.map(
		(color, index) => `<circle cx="${18 + index * 20}" cy="${bar / 2}" r="6" fill="${color}"/>`,
	);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:space="preserve" role="img" aria-label="${escapeXml(title)}">`,
		`<title>${escapeXml(title)}</title>`,
		"<style>",
		// Chrome ignores xml:space on the root: without white-space:pre it collapses runs of blanks.
		`text{font-family:${FONT_FAMILY};font-size:${LAYOUT.fontSize}px;fill:${screen.foreground};white-space:pre}`,
		".title{fill:#9a9a9a;font-size:13px}",
		css,
		"</style>",
		`<rect width="${width}" height="${height}" rx="${r}" fill="${TITLE_BAR}"/>`,
		`<path d="M0 ${bar}H${width}V${height - r}A${r} ${r} 0 0 1 ${width - r} ${height}H${r}A${r} ${r} 0 0 1 0 ${height - r}Z" fill="${screen.background}"/>`,
		...lights,
		`<text class="title" x="${round(width / 2)}" y="${bar / 2 + 4.5}" text-anchor="middle">${escapeXml(title)}</text>`,
		body,
		"</svg>",
		"",
	].join("\n");
}

/**
 * A key cap (when the frame came from a key) and what it did, under the terminal.
 * @param {DemoFrame} frame @param {number} terminalBottom
 */
function drawCaption({ key, caption }, terminalBottom) {
	const middle = terminalBottom + LAYOUT.captionHeight / 2 - LAYOUT.padding / 2;
	const baseline = round(middle + 4.5);
	let x = LAYOUT.padding;
	const parts = [];
	if (key) {
		const capWidth = round(Array.from(key).length * LAYOUT.cellWidth + 16);
		parts.push(`<rect class="key" x="${x}" y="${round(middle - 12)}" width="${capWidth}" height="24" rx="5"/>`);
		parts.push(
			`<text class="key-text" x="${round(x + capWidth / 2)}" y="${baseline}" text-anchor="middle">${escapeXml(key)}</text>`,
		);
		x += capWidth + 10;
	}
	parts.push(`<text class="caption" x="${round(x)}" y="${baseline}">${escapeXml(caption)}</text>`);
	return parts.join("\n");
}
