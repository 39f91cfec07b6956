import { type ContactKind, shownAddress } from "../../resume/contact-kinds.js";
import { only, type Update, type ViewerState } from "./viewer-state.js";

/** A link key: open the link in a browser, or copy it where none can be launched. */
export function openLink(state: ViewerState, kind: ContactKind): Update {
	const url = state.links.get(kind);
	if (url === undefined) return only({ ...state, status: "This résumé has no such link." });
	if (!state.canOpenLinks) return copy(state, url, "Copied");
	return { state: { ...state, status: `Opening ${shownAddress(url)}…` }, effects: [{ kind: "open", url }] };
}

export function linkOpened(state: ViewerState, url: string, via: string): Update {
	return only({ ...state, status: `Opened ${shownAddress(url)} (${via})` });
}

/** No browser took the link: it goes to the clipboard instead, and the footer says why. */
export function openFailed(state: ViewerState, url: string, reason: string): Update {
	return copy(state, url, `${reason}: copied`);
}

/** The link's address, whole (a mail link without its "mailto:"), onto the clipboard. */
function copy(state: ViewerState, url: string, done: string): Update {
	const text = shownAddress(url);
	return { state: { ...state, status: `${done} ${text}` }, effects: [{ kind: "copy", text }] };
}
