import { describeOpenOutcome, type OpenOutcome } from "../../open-url.js";
import { CONTACT_KINDS, type ContactKind, opensUrl, shownAddress } from "../../resume/contact-kinds.js";
import type { Pressed } from "../keymap.js";
import { only, type Update, type ViewerState } from "./viewer-state.js";

/** A link key: open the link in a browser, or copy it where none can be launched. */
export function openLink(state: ViewerState, kind: ContactKind): Update {
	const url = state.links.get(kind);
	if (url === undefined) return only({ ...state, status: "This résumé has no such link." });
	// A phone number is never opened (a tel: link would start a dialler): it is copied, as where no browser can open.
	if (!state.canOpenLinks || !opensUrl(kind)) return copy(state, url, "Copied");
	return { state: { ...state, status: `Opening ${shownAddress(url)}…` }, effects: [{ kind: "open", url }] };
}

/** `y`: the next link key copies. The footer names the keys of the links there are. */
export function startCopy(state: ViewerState): Update {
	const keys = CONTACT_KINDS.flatMap(({ kind, key }) => (key && state.links.has(kind) ? [key] : []));
	const status = keys.length > 0 ? `Copy which link? ${keys.join(" ")}` : "This résumé has no link to copy.";
	return only({ ...state, copying: keys.length > 0, status });
}

/** The key after `y`: a link key copies its link; any other key leaves it at that. */
export function copyLink(state: ViewerState, pressed: Pressed | undefined): Update {
	if (pressed?.action !== "openLink" || !pressed.contact) return only(state);
	const url = state.links.get(pressed.contact);
	return url === undefined ? only({ ...state, status: "This résumé has no such link." }) : copy(state, url, "Copied");
}

/** Opened: the footer says by what. No browser took it: it goes to the clipboard instead, and the footer says why. */
export function linkOutcome(state: ViewerState, url: string, outcome: OpenOutcome): Update {
	const status = describeOpenOutcome(outcome, url, { copied: !outcome.opened });
	if (outcome.opened) return only({ ...state, status });
	return { state: { ...state, status }, effects: [{ kind: "copy", text: shownAddress(url) }] };
}

/** The link's address, whole (a mail link without its "mailto:"), onto the clipboard. */
function copy(state: ViewerState, url: string, done: string): Update {
	const text = shownAddress(url);
	return { state: { ...state, status: `${done} ${text}` }, effects: [{ kind: "copy", text }] };
}
