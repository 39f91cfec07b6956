import type { Styles } from "../render/styles.js";
import { KEYMAP } from "./keymap.js";

/** The help screen, as pane lines: every binding of the keymap, in its order. */
export function helpLines(styles: Styles): string[] {
	const width = Math.max(...KEYMAP.map((binding) => binding.label.length));
	return [
		styles.sectionTitle("Keys"),
		"",
		...KEYMAP.map((binding) => `  ${styles.accent(binding.label.padEnd(width))}  ${binding.description}`),
		"",
		styles.muted("Press ? or Esc to close this help."),
	];
}
