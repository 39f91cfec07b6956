import type { Styles } from "../../render/styles.js";
import { wrapHanging } from "../../render/wrap.js";
import { contactKindsOf, opensUrl, shownContact } from "../../resume/contact-kinds.js";
import type { Contact } from "../../resume/model.js";
import { type Binding, KEYMAP, linkBinding } from "../keymap.js";

/**
 * The viewer's help screen (`?`; `--help` is usage-text.ts), as pane lines: every binding of the keymap in its order,
 * then every contact link in full, so a header too small to show them loses nothing.
 * A key that opens a link this résumé does not have is not listed.
 */
export function helpScreenLines(
	styles: Styles,
	contacts: readonly Contact[],
	width: number,
	canOpenLinks = true,
): string[] {
	const present = contactKindsOf(contacts);
	const bindings = KEYMAP.filter((binding) => !binding.contact || present.has(binding.contact));
	const keyOf = (contact: Contact) => linkBinding(contact.kind)?.label ?? "";
	// `y` copies the link of the key after it: named here with the keys this résumé has ("yg yw yp").
	const copyKeys = contacts.flatMap((contact) => (keyOf(contact) ? [`y${keyOf(contact)}`] : [])).join(" ");
	const labelOf = (binding: Binding) => (binding.action === "copyLink" && copyKeys ? copyKeys : binding.label);
	const keyWidth = Math.max(...bindings.map((binding) => labelOf(binding).length));
	// Wrapped, not cut: a link too long for the window still shows whole.
	const row = (label: string, text: string) => wrapHanging(text, width, `  ${styles.accent(label.padEnd(keyWidth))}  `);
	return [
		styles.sectionTitle("Keys"),
		"",
		...bindings.flatMap((binding) => row(labelOf(binding), describe(binding, canOpenLinks))),
		...(contacts.length > 0 ? ["", styles.sectionTitle("Links"), ""] : []),
		...contacts.flatMap((contact) => row(keyOf(contact), shownContact(contact))),
		"",
		styles.muted("Press ? or Esc to close this help."),
	];
}

/** Where no browser can open (over SSH), a link key copies its link instead: the help says so. */
function describe(binding: Binding, canOpenLinks: boolean): string {
	return binding.contact && opensUrl(binding.contact) && !canOpenLinks
		? `${binding.description}: here, copies its link`
		: binding.description;
}
