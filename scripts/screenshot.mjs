// Draws the README's pictures from the built viewer running in a real pseudo-terminal, so they show
// what the code does today: docs/screenshot.svg (the first frame), docs/demo.svg (a few keys,
// one frame each) and docs/qr-code.svg (the contact's QR code). Run `npm run screenshots`;
// SCREENSHOT_DIR=… writes them elsewhere.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CAPTURE_ENV, captureSteps } from "./lib/capture-steps.mjs";
import { readScreen } from "./lib/screen-cells.mjs";
import { demoSvg, screenshotSvg } from "./lib/screen-to-svg.mjs";
import { startSession } from "./lib/terminal-session.mjs";

/**
 * The demo, a frame per step; a new key is one more line. Every press must change the screen, so
 * ↓ scrolls Experience (Skills fits without scrolling) and the jump goes to 5 (→ → already shows 3).
 * @type {readonly import("./lib/capture-steps.d.mts").DemoStep[]}
 */
const DEMO_STEPS = [
	{ press: [], caption: "npx jvizcaino-resume: the first frame" },
	{ press: ["down", "down", "down"], key: "↓ ↓ ↓", caption: "scroll a line at a time" },
	{ press: ["right"], key: "→", caption: "next section" },
	{ press: ["right"], key: "→", caption: "next section" },
	{ press: ["5"], key: "5", caption: "jump to a section" },
	{ press: ["?"], key: "?", caption: "help: every key" },
	{ press: ["escape"], key: "Esc", caption: "close the help" },
	{ press: ["/", ..."defense"], key: "/", caption: "search every section, accents aside" },
	{ press: ["enter"], key: "Enter", caption: "jump to the first match" },
	{ press: ["n", "n"], key: "n n", caption: "next matches, across sections" },
];

const COLS = 100;
const ROWS = 30;
/** Rows enough for the bundled résumé's vCard as a QR code (the viewer says what it needs when short of them). */
const QR_ROWS = 42;
/** Output quiet this long means the viewer has finished repainting. */
const SETTLE_MS = 150;
const TITLE = "npx jvizcaino-resume";
const SECONDS_PER_FRAME = 2.2;
/** Under load node, React and yoga take a while to draw the first frame. */
const FIRST_FRAME_TIMEOUT_MS = 15_000;

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outputDir = resolve(process.env.SCREENSHOT_DIR ?? join(projectRoot, "docs"));

/** The built viewer in a COLS×`rows` pseudo-terminal, resolved once its first frame is drawn. */
async function startViewer(rows) {
	const viewer = startSession({
		command: process.execPath,
		args: [join(projectRoot, "dist", "cli.js")],
		cols: COLS,
		rows,
		env: CAPTURE_ENV,
	});
	await viewer.waitFor(/\d+–\d+ of \d+|all \d+/, { timeout: FIRST_FRAME_TIMEOUT_MS });
	return viewer;
}

const session = await startViewer(ROWS);
try {
	const frames = await captureSteps(session, DEMO_STEPS);
	const [firstFrame] = frames;
	if (!firstFrame) throw new Error("no frame captured");
	await mkdir(outputDir, { recursive: true });
	await write("screenshot.svg", screenshotSvg(firstFrame.screen, { title: TITLE }));
	await write("demo.svg", demoSvg(frames, { title: TITLE, secondsPerFrame: SECONDS_PER_FRAME }));
} finally {
	await session.dispose();
}
await writeQrCodePicture();

/**
 * docs/qr-code.svg: the contact's QR code (v), in a terminal tall enough for the vCard, its
 * blocks drawn as rectangles so that a phone can scan the picture itself.
 */
async function writeQrCodePicture() {
	const qrSession = await startViewer(QR_ROWS);
	try {
		await qrSession.waitForIdle(SETTLE_MS);
		qrSession.press("v");
		// The encoder loads and runs after the key's first repaint: wait for what the code holds.
		await qrSession.waitFor("Scan to save", { timeout: FIRST_FRAME_TIMEOUT_MS });
		await qrSession.waitForIdle(SETTLE_MS);
		const screen = readScreen(qrSession.terminal);
		await write("qr-code.svg", screenshotSvg(screen, { title: `${TITLE}: v`, blocksAsRectangles: true }));
	} finally {
		await qrSession.dispose();
	}
}

/** @param {string} name @param {string} svg */
async function write(name, svg) {
	const path = join(outputDir, name);
	await writeFile(path, svg);
	console.log(`${relative(process.cwd(), path)}: ${(Buffer.byteLength(svg) / 1024).toFixed(1)} KiB`);
}
