/**
 * The one table of contact kinds. Every view that shows, keys, opens or exports a
 * contact reads it: the readers (how a Markdown header line or a JSON Resume field is
 * recognised as one), the header and the printer (title), the keymap, the help and the
 * screen-reader layout (key, description), the viewer (open or copy), the exporter
 * (which basics field it fills). Adding a kind is one entry here, plus its test.
 */

/** Other profiles and links each get a key of their own, in the order the header lists them. */
export const OTHER_LINK_KINDS = ["other-1", "other-2", "other-3", "other-4", "other-5", "other-6"] as const;

export type ContactKind =
	| "email"
	| "github"
	| "linkedin"
	| "website"
	| "pdf"
	| "phone"
	| (typeof OTHER_LINK_KINDS)[number]
	/** A link past the keyed ones: the help lists it. */
	| "link";

/** Where `--json` puts a contact: basics.email, basics.url, basics.phone or a profile. */
export type JsonResumePlace = "email" | "url" | "phone" | "profile";

export type ContactKindSpec = {
	readonly kind: ContactKind;
	/** The word the printer and the help put before the address: "Email", "GitHub". */
	readonly title: string;
	/** The key that reaches it; absent for kinds reached through the help only. */
	readonly key?: string;
	/** What that key does, for the help screen and `--help`. */
	readonly description: string;
	/** Short words for the footer, when it has room; absent for most. */
	readonly hint?: string;
	/** The hint as a screen reader says it. */
	readonly spokenHint?: string;
	/**
	 * "open": the key opens the URL (http:, https: or mailto:, see safeUrl). "copy": the URL is
	 * never opened (a tel: link would start a dialler): the key shows the address to copy.
	 */
	readonly reach: "open" | "copy";
	/** Where `--json` writes the first contact of this kind; what fills no place goes to meta.unmapped. */
	readonly jsonResume?: JsonResumePlace;
	/** The network a profile is written under in JSON Resume, when the kind names one. */
	readonly network?: string;
	/** Whether a URL is of this kind whatever its label says (a GitHub address is GitHub). */
	readonly matchesUrl?: (url: URL) => boolean;
	/** A Font Awesome class (`fa-github`) or header label ("LinkedIn:") that says this kind. */
	readonly words?: RegExp;
};

const OTHER_LINK_KEYS = ["o", "r", "a", "e", "x", "z"] as const;
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth"] as const;

/** In the order the help and `--help` list their keys. */
export const CONTACT_KINDS: readonly ContactKindSpec[] = [
	{
		kind: "github",
		title: "GitHub",
		key: "g",
		description: "Open the GitHub profile",
		hint: "g GitHub",
		spokenHint: "g opens GitHub",
		reach: "open",
		jsonResume: "profile",
		network: "GitHub",
		matchesUrl: (url) => /^(?:www\.)?github\.com$/i.test(url.hostname) && url.pathname.length > 1,
		words: /github/i,
	},
	{
		kind: "linkedin",
		title: "LinkedIn",
		key: "i",
		description: "Open the LinkedIn profile",
		reach: "open",
		jsonResume: "profile",
		network: "LinkedIn",
		matchesUrl: (url) => /(?:^|\.)linkedin\.com$/i.test(url.hostname),
		words: /linked-?in/i,
	},
	{
		kind: "website",
		title: "Web",
		key: "w",
		description: "Open the website or online résumé",
		reach: "open",
		jsonResume: "url",
		words:
			/^(?:site|web ?site|web|home(?: ?page)?|blog|portfolio|online (?:resume|résumé|cv))$|fa-(?:user|globe|link)/iu,
	},
	{
		kind: "pdf",
		title: "PDF",
		key: "p",
		description: "Open the PDF résumé",
		reach: "open",
		matchesUrl: (url) => /\.pdf$/i.test(url.pathname),
		words: /pdf/i,
	},
	{
		kind: "email",
		title: "Email",
		key: "m",
		description: "Write an email",
		reach: "open",
		jsonResume: "email",
		matchesUrl: (url) => url.protocol === "mailto:",
		words: /envelope|^e-?mail$/i,
	},
	{
		kind: "phone",
		title: "Phone",
		key: "t",
		description: "Copy the phone number to the clipboard",
		reach: "copy",
		jsonResume: "phone",
		matchesUrl: (url) => url.protocol === "tel:",
		words: /fa-(?:phone|mobile)|^(?:phone|tel|telephone|mobile|cell)$/i,
	},
	...OTHER_LINK_KINDS.map(
		(kind, index): ContactKindSpec => ({
			kind,
			title: "Link",
			key: OTHER_LINK_KEYS[index] as string,
			description: `Open the ${ORDINALS[index]} other profile or link`,
			reach: "open",
			jsonResume: "profile",
		}),
	),
	{ kind: "link", title: "Link", description: "Open a link", reach: "open", jsonResume: "profile" },
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

/** A contact as a person reads it: its address, or for a phone the number as the résumé writes it. */
export function shownContact(contact: {
	readonly kind: ContactKind;
	readonly label: string;
	readonly url: string;
}): string {
	return opensUrl(contact.kind) || !contact.label ? shownAddress(contact.url) : contact.label;
}

/**
 * Whether a link's text says no more than its kind ("[LinkedIn](…)", "[GitHub](…)"): the
 * printer then shows the kind's title once, not "LinkedIn: LinkedIn https://…".
 */
export function labelIsKindName(contact: { readonly kind: ContactKind; readonly label: string }): boolean {
	const spec = contactKindSpec(contact.kind);
	const label = contact.label.trim();
	if (label === "") return false;
	const letters = (text: string) => text.replace(/[^\p{Letter}\p{Number}]/gu, "").toLowerCase();
	// Only the kind's own name: "Online resume" says which page it is, and stays.
	return [spec.title, spec.network].some((name) => name !== undefined && letters(name) === letters(label));
}

/** Whether a key may open the contact's URL (never a tel: one: see `reach`). */
export function opensUrl(kind: ContactKind): boolean {
	return contactKindSpec(kind).reach === "open";
}

/**
 * What kind a link is, from its URL first (a GitHub address is GitHub whatever it is called),
 * then from the words around it: an icon's class, a "Label:" before it, its own text.
 * Undefined: a link of no named kind, which becomes the next "other" one (see numberOtherLinks).
 */
export function kindOfLink(url: string, words: readonly string[]): ContactKind | undefined {
	let parsed: URL | undefined;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}
	const byUrl = CONTACT_KINDS.find((spec) => parsed && spec.matchesUrl?.(parsed));
	if (byUrl) return byUrl.kind;
	const said = words.map((word) => word.trim()).filter(Boolean);
	return CONTACT_KINDS.find((spec) => spec.words && said.some((word) => spec.words?.test(word)))?.kind;
}

/**
 * Contacts with a kind decided, or none yet: the first website stays the website (a second is
 * another link), and links of no named kind take the "other" keys in order, then "link".
 */
export function numberOtherLinks<T extends { readonly kind?: ContactKind }>(
	contacts: readonly T[],
): (T & { readonly kind: ContactKind })[] {
	let others = 0;
	const seen = new Set<ContactKind>();
	return contacts.map((contact) => {
		const single = contact.kind !== undefined && !OTHER_LINK_KINDS.includes(contact.kind as never);
		const kind =
			single && contact.kind && !(seen.has(contact.kind) && contact.kind !== "email" && contact.kind !== "phone")
				? contact.kind
				: (OTHER_LINK_KINDS[others++] ?? "link");
		seen.add(kind);
		return { ...contact, kind };
	});
}

// Known networks by host, for the name a profile is written under in JSON Resume.
const NETWORKS: readonly [RegExp, string][] = [
	[/(?:^|\.)(?:twitter|x)\.com$/i, "Twitter"],
	[/(?:^|\.)gitlab\.com$/i, "GitLab"],
	[/(?:^|\.)stackoverflow\.com$/i, "Stack Overflow"],
	[/(?:^|\.)medium\.com$/i, "Medium"],
	[/(?:^|\.)dev\.to$/i, "DEV"],
	[/(?:^|\.)bsky\.app$/i, "Bluesky"],
	[/(?:^|\.)youtube\.com$/i, "YouTube"],
	[/(?:^|\.)dribbble\.com$/i, "Dribbble"],
	[/(?:^|\.)behance\.net$/i, "Behance"],
	[/(?:^|\.)kaggle\.com$/i, "Kaggle"],
	[/(?:^|\.)orcid\.org$/i, "ORCID"],
	[/(?:^|\.)scholar\.google\.com$/i, "Google Scholar"],
	[/(?:^|\.)soundcloud\.com$/i, "SoundCloud"],
];

/** The network a profile link is on: the kind's own, a known host's, else its label, else its host. */
export function networkOf(kind: ContactKind, url: string, label: string): string {
	const own = contactKindSpec(kind).network;
	if (own) return own;
	let host = "";
	try {
		host = new URL(url).hostname;
	} catch {
		// Not a URL: the label says it.
	}
	const known = NETWORKS.find(([pattern]) => pattern.test(host))?.[1];
	if (known) return known;
	if (/^(?:https?:\/\/)?\S+\.\S+/iu.test(label) || label.trim() === "") return host.replace(/^www\./i, "") || "Link";
	return label.trim();
}

/** The kinds of contact a résumé has: which link keys the footer and the help mention. */
export function contactKindsOf(contacts: readonly { readonly kind: ContactKind }[]): ReadonlySet<ContactKind> {
	return new Set(contacts.map((contact) => contact.kind));
}
