import type { OpenOutcome } from "../open-url.js";
import { type ContactKind, opensUrl, shownContact } from "../resume/contact-kinds.js";
import type { Contact } from "../resume/model.js";

export type StatusUpdate = (status: string) => void;

/** Opens the résumé's contact of that kind and reports, in the footer, what happened. */
export function openActionStatus(
	kind: ContactKind,
	contacts: readonly Contact[],
	openUrl: (url: string) => Promise<OpenOutcome>,
	report: StatusUpdate,
): void {
	const contact = contacts.find((candidate) => candidate.kind === kind);
	if (!contact) {
		report("This résumé has no such link.");
		return;
	}
	const shown = shownContact(contact);
	// A phone number is never opened (see CONTACT_KINDS): shown whole, for the reader to copy.
	if (!opensUrl(kind)) {
		report(`${shown}: select it to copy`);
		return;
	}
	report(`Opening ${shown}…`);
	openUrl(contact.url).then(
		(outcome) => report(outcome.opened ? `Opened ${shown} (${outcome.via})` : `${outcome.reason}: copy ${shown}`),
		() => report(`Could not open a browser: copy ${shown}`),
	);
}
