import type { Styles } from "../render/styles.js";
import { wrapHanging } from "../render/wrap.js";
import type { Contact } from "../resume/model.js";
import { OPEN_ACTION_BY_KIND } from "./contact-keys.js";
import { KEYMAP } from "./keymap.js";

/**
 * The help screen, as pane lines: every binding of the keymap in its order,
 * then every contact link in full, so a header too small to show them loses nothing.
 * A key that opens a link this résumé does not have is not listed.
 */
export function helpLines(styles: Styles, contacts: readonly Contact[], width: number): string[] {
	const linkActions = new Set(Object.values(OPEN_ACTION_BY_KIND));
	const present = new Set(contacts.map((contact) => OPEN_ACTION_BY_KIND[contact.kind]));
	const bindings = KEYMAP.filter((binding) => !linkActions.has(binding.action) || present.has(binding.action));
	const keyWidth = Math.max(...bindings.map((binding) => binding.label.length));
	const keyOf = (contact: Contact) =>
		KEYMAP.find((binding) => binding.action === OPEN_ACTION_BY_KIND[contact.kind])?.label ?? "";
	// Wrapped, not cut: a link too long for the window still shows whole.
	const row = (label: string, text: string) => wrapHanging(text, width, `  ${styles.accent(label.padEnd(keyWidth))}  `);
	return [
		styles.sectionTitle("Keys"),
		"",
		...bindings.flatMap((binding) => row(binding.label, binding.description)),
		...(contacts.length > 0 ? ["", styles.sectionTitle("Links"), ""] : []),
		...contacts.flatMap((contact) => row(keyOf(contact), contact.url.replace(/^mailto:/, ""))),
		"",
		styles.muted("Press ? or Esc to close this help."),
	];
}
