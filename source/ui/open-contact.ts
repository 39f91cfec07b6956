import type { OpenOutcome } from "../open-url.js";
import type { Contact } from "../resume/model.js";
import { OPEN_ACTION_BY_KIND } from "./contact-keys.js";
import type { Action } from "./keymap.js";

export type StatusUpdate = (status: string) => void;

/** Opens the contact an action names and reports, in the footer, what happened. */
export function openActionStatus(
	action: Action,
	contacts: readonly Contact[],
	openUrl: (url: string) => Promise<OpenOutcome>,
	report: StatusUpdate,
): void {
	const contact = contacts.find((candidate) => OPEN_ACTION_BY_KIND[candidate.kind] === action);
	if (!contact) {
		report("This résumé has no such link.");
		return;
	}
	const shown = contact.url.replace(/^mailto:/, "");
	report(`Opening ${shown}…`);
	openUrl(contact.url).then(
		(outcome) => report(outcome.opened ? `Opened ${shown} (${outcome.via})` : `${outcome.reason}: copy ${shown}`),
		() => report(`Could not open a browser: copy ${shown}`),
	);
}
