import type { OpenOutcome } from "../open-url.js";
import { type ContactKind, shownAddress } from "../resume/contact-kinds.js";
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
	const shown = shownAddress(contact.url);
	report(`Opening ${shown}…`);
	openUrl(contact.url).then(
		(outcome) => report(outcome.opened ? `Opened ${shown} (${outcome.via})` : `${outcome.reason}: copy ${shown}`),
		() => report(`Could not open a browser: copy ${shown}`),
	);
}
