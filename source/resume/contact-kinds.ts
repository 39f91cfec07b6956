/**
 * The one table of contact kinds. Every view that shows, keys, opens or exports a
 * contact reads it: the header and the printer (title), the keymap, the help and
 * the screen-reader layout (key, description), the viewer (open or copy).
 * Adding a kind is one entry here, plus how the readers recognise it.
 */
export type ContactKind = "email" | "github" | "website" | "pdf" | "link";

export type ContactKindSpec = {
	readonly kind: ContactKind;
	/** The word the printer and the help put before the address: "Email", "GitHub". */
	readonly title: string;
	/** The key that opens it; absent for kinds reached through the help only. */
	readonly key?: string;
	/** What that key does, for the help screen and `--help`. */
	readonly description: string;
	/** Short words for the footer, when it has room; absent for most. */
	readonly hint?: string;
	/** The hint as a screen reader says it. */
	readonly spokenHint?: string;
};

/** In the order the help and `--help` list their keys. */
export const CONTACT_KINDS: readonly ContactKindSpec[] = [
	{
		kind: "github",
		title: "GitHub",
		key: "g",
		description: "Open the GitHub profile",
		hint: "g GitHub",
		spokenHint: "g opens GitHub",
	},
	{ kind: "website", title: "Web", key: "w", description: "Open the online résumé" },
	{ kind: "pdf", title: "PDF", key: "p", description: "Open the PDF résumé" },
	{ kind: "email", title: "Email", key: "m", description: "Write an email" },
	{ kind: "link", title: "Link", description: "Open a link" },
];

const BY_KIND: ReadonlyMap<ContactKind, ContactKindSpec> = new Map(CONTACT_KINDS.map((spec) => [spec.kind, spec]));

export function contactKindSpec(kind: ContactKind): ContactKindSpec {
	// Every kind has its entry: the table is typed by the union.
	return BY_KIND.get(kind) as ContactKindSpec;
}

/** The key that reaches a kind of contact, if it has one. */
export function contactKey(kind: ContactKind): string | undefined {
	return BY_KIND.get(kind)?.key;
}

/** An address as a person reads it: "a@b.org", not "mailto:a@b.org". */
export function shownAddress(url: string): string {
	return url.replace(/^(?:mailto|tel):/i, "");
}
