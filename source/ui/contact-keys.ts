import type { ContactKind } from "../resume/model.js";
import type { Action } from "./keymap.js";

/** Which open-a-link action reaches which kind of contact. */
export const OPEN_ACTION_BY_KIND: Readonly<Partial<Record<ContactKind, Action>>> = {
	github: "openGithub",
	website: "openWebsite",
	pdf: "openPdf",
	email: "openEmail",
};
