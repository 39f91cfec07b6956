// Drives a program in a TerminalSession through a list of key presses and keeps a picture of the
// screen after each: the frames of a demo.
import { readScreen } from "./screen-cells.mjs";

/** @import { CapturedFrame, DemoStep } from "./capture-steps.d.mts" */
/** @import { TerminalSession } from "./terminal-session.d.mts" */

/**
 * The environment of a user's colour terminal; the session already drops CI and the like, which
 * would make Ink draw nothing until exit.
 */
export const CAPTURE_ENV = Object.freeze({ COLORTERM: "truecolor", FORCE_COLOR: "3", TERM: "xterm-256color" });

/** Output quiet this long means the program has finished repainting. */
const SETTLE_MS = 150;
/** A key whose repaint has not shown by then changed nothing: a step worth no frame. */
const REPAINT_TIMEOUT_MS = 3000;

/**
 * @param {TerminalSession} session a program already showing its first frame
 * @param {readonly DemoStep[]} steps
 * @returns {Promise<CapturedFrame[]>}
 */
export async function captureSteps(session, steps) {
	await session.waitForIdle(SETTLE_MS);
	/** @type {CapturedFrame[]} */ const frames = [];
	for (const step of steps) {
		for (const key of step.press) await pressAndSettle(session, key);
		frames.push({ screen: readScreen(session.terminal), key: step.key, caption: step.caption });
	}
	return frames;
}

/** @param {TerminalSession} session @param {string} key */
async function pressAndSettle(session, key) {
	const before = session.screenSignature();
	session.press(key);
	await session
		.waitFor((_text, current) => current.screenSignature() !== before, { timeout: REPAINT_TIMEOUT_MS })
		.catch((error) => {
			throw new Error(`pressing ${JSON.stringify(key)} changed nothing on screen: ${error.message}`);
		});
	await session.waitForIdle(SETTLE_MS);
}
