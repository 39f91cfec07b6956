import type { CapturedScreen } from "./screen-cells.d.mts";
import type { KeyName, TerminalSession } from "./terminal-session.d.mts";

/** Keys to press, then what the frame they lead to is captioned with. */
export interface DemoStep {
	/** Named keys or literal input, pressed one after another; [] for the screen as it is. */
	readonly press: readonly (KeyName | (string & {}))[];
	/** The key as a reader would write it, drawn as a key cap; absent for no key. */
	readonly key?: string;
	readonly caption: string;
}

export interface CapturedFrame {
	readonly screen: CapturedScreen;
	readonly key?: string | undefined;
	readonly caption: string;
}

/** What a user's colour terminal sets: truecolor, forced colour level 3, xterm-256color. */
export const CAPTURE_ENV: Readonly<Record<string, string>>;

/**
 * Presses each step's keys (each must repaint the screen) and captures the settled screen after
 * each step; rejects naming the key when a press changes nothing.
 */
export function captureSteps(session: TerminalSession, steps: readonly DemoStep[]): Promise<CapturedFrame[]>;
