import type { Styles } from "../render/styles.js";
import type { Contact } from "../resume/model.js";
import { OPEN_ACTION_BY_KIND } from "./contact-keys.js";
import { KEYMAP } from "./keymap.js";

/**
 * The help screen, as pane lines: every binding of the keymap in its order,
 * then every contact link in full, so a header too small to show them loses nothing.
 */
export function helpLines(styles: Styles, contacts: readonly Contact[]): string[] {
	const width = Math.max(...KEYMAP.map((binding) => binding.label.length));
	const keyOf = (contact: Contact) =>
		KEYMAP.find((binding) => binding.action === OPEN_ACTION_BY_KIND[contact.kind])?.label ?? "";
	return [
		styles.sectionTitle("Keys"),
		"",
		...KEYMAP.map((binding) => `  ${styles.accent(binding.label.padEnd(width))}  ${binding.description}`),
		...(contacts.length > 0 ? ["", styles.sectionTitle("Links"), ""] : []),
		...contacts.map(
			(contact) => `  ${styles.accent(keyOf(contact).padEnd(width))}  ${contact.url.replace(/^mailto:/, "")}`,
		),
		"",
		styles.muted("Press ? or Esc to close this help."),
	];
}
