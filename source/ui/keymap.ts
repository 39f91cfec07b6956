import type { Key } from "ink";
import { CONTACT_KINDS, type ContactKind } from "../resume/contact-kinds.js";
import type { MouseGesture } from "./state/viewer-events.js";

/** Everything a key can do in the viewer. */
export type Action =
	| "previousTab"
	| "nextTab"
	| "jumpToTab"
	| "lineUp"
	| "lineDown"
	| "pageUp"
	| "pageDown"
	| "halfPageUp"
	| "halfPageDown"
	| "top"
	| "bottom"
	| "search"
	| "nextMatch"
	| "previousMatch"
	| "toggleHelp"
	| "toggleQr"
	| "openLink"
	| "copyLink"
	| "escape"
	| "quit";

type NamedKey =
	| "leftArrow"
	| "rightArrow"
	| "upArrow"
	| "downArrow"
	| "pageUp"
	| "pageDown"
	| "home"
	| "end"
	| "tab"
	| "escape";

/** What the mouse does, as the app reports it (see MouseGesture). */
type MousePattern = "wheelUp" | "wheelDown" | "clickTab";

/** One way to press an action: a printable character, or a named key with modifiers. */
type KeyPattern =
	| { readonly input: string; readonly ctrl?: boolean }
	| { readonly key: NamedKey; readonly shift?: boolean }
	| { readonly digit: true }
	/** `times`: how often the action repeats for one event (a notch of the wheel scrolls three lines). */
	| { readonly mouse: MousePattern; readonly times?: number };

export type Binding = {
	readonly action: Action;
	/** For openLink: which kind of contact the key reaches (see CONTACT_KINDS). */
	readonly contact?: ContactKind;
	readonly keys: readonly KeyPattern[];
	/** How the help screen and `--help` write the keys. */
	readonly label: string;
	readonly description: string;
	/** Short words for the footer; absent when the footer leaves it to the help screen. */
	readonly hint?: string;
	/** The hint as a screen reader should say it: key names as words, not arrows and symbols. */
	readonly spokenHint?: string;
};

/** Lines one notch of the wheel scrolls, as most terminals and browsers do. */
export const WHEEL_LINES = 3;

/** The one table of keys: the input handler, the footer and the help screen all read it. */
export const KEYMAP: readonly Binding[] = [
	{
		action: "previousTab",
		keys: [{ key: "leftArrow" }, { input: "h" }, { key: "tab", shift: true }],
		label: "← h S-Tab",
		description: "Previous section, going round",
	},
	{
		action: "nextTab",
		keys: [{ key: "rightArrow" }, { input: "l" }, { key: "tab" }],
		label: "→ l Tab",
		description: "Next section, going round",
		hint: "←→ sections",
		spokenHint: "left and right arrows change section",
	},
	{
		action: "jumpToTab",
		keys: [{ digit: true }, { mouse: "clickTab" }],
		label: "1–9",
		description: "Jump to a section",
	},
	{
		action: "lineUp",
		keys: [{ key: "upArrow" }, { input: "k" }, { mouse: "wheelUp", times: WHEEL_LINES }],
		label: "↑ k",
		description: "Scroll up a line",
	},
	{
		action: "lineDown",
		keys: [{ key: "downArrow" }, { input: "j" }, { mouse: "wheelDown", times: WHEEL_LINES }],
		label: "↓ j",
		description: "Scroll down a line",
		hint: "↑↓ scroll",
		spokenHint: "up and down arrows scroll, page up and page down turn pages",
	},
	{
		action: "pageUp",
		keys: [{ key: "pageUp" }, { input: "b" }, { input: "b", ctrl: true }],
		label: "PgUp b Ctrl-B",
		description: "Scroll up a page",
	},
	{
		action: "pageDown",
		keys: [{ key: "pageDown" }, { input: " " }, { input: "f", ctrl: true }],
		label: "PgDn Space Ctrl-F",
		description: "Scroll down a page",
	},
	{
		action: "halfPageUp",
		keys: [{ input: "u", ctrl: true }],
		label: "Ctrl-U",
		description: "Scroll up half a page",
	},
	{
		action: "halfPageDown",
		keys: [{ input: "d", ctrl: true }],
		label: "Ctrl-D",
		description: "Scroll down half a page",
	},
	{
		action: "top",
		keys: [{ key: "home" }, { input: "<" }],
		label: "Home <",
		description: "Go to the top",
	},
	{
		action: "bottom",
		keys: [{ key: "end" }, { input: "G" }, { input: ">" }],
		label: "End G >",
		description: "Go to the bottom",
	},
	{
		action: "search",
		keys: [{ input: "/" }],
		label: "/",
		description: "Search all sections (Enter jumps; Ctrl-U clears, Ctrl-W erases a word)",
		hint: "/ search",
		spokenHint: "slash searches",
	},
	{
		action: "nextMatch",
		keys: [{ input: "n" }],
		label: "n",
		description: "Next match, also of the last search after Esc",
	},
	{
		action: "previousMatch",
		keys: [{ input: "N" }],
		label: "N",
		description: "Previous match",
	},
	...linkBindings(),
	{
		action: "copyLink",
		keys: [{ input: "y" }],
		label: "y + key",
		description: "Copy that link to the clipboard instead of opening it",
	},
	{
		action: "toggleQr",
		keys: [{ input: "v" }],
		label: "v",
		description: "Show or hide the contact as a QR code (a vCard to scan)",
		hint: "v QR code",
		spokenHint: "v reads the contact card",
	},
	{
		action: "toggleHelp",
		keys: [{ input: "?" }],
		label: "?",
		description: "Show or hide this help",
		hint: "? help",
		spokenHint: "question mark lists every key",
	},
	{
		action: "escape",
		keys: [{ key: "escape" }],
		label: "Esc",
		description: "Close the help or the QR code, or end the search; else quit",
	},
	{
		action: "quit",
		keys: [{ input: "q" }, { input: "c", ctrl: true }],
		label: "q Ctrl-C",
		description: "Quit (Ctrl-C from anywhere, the search prompt too)",
		hint: "q quit",
		spokenHint: "q quits",
	},
];

/** One binding per contact kind that has a key, read from the contact table. */
function linkBindings(): Binding[] {
	return CONTACT_KINDS.flatMap(({ kind, key, description, hint, spokenHint }) =>
		key
			? [
					{
						action: "openLink" as const,
						contact: kind,
						keys: [{ input: key }],
						label: key,
						description,
						hint,
						spokenHint,
					},
				]
			: [],
	);
}

/** "yg yw yp ym": y, then the key of a link. */
/** The binding of the key that reaches a kind of contact, if it has one. */
export function linkBinding(kind: ContactKind): Binding | undefined {
	return KEYMAP.find((binding) => binding.action === "openLink" && binding.contact === kind);
}

export type Pressed = {
	readonly action: Action;
	readonly digit?: number;
	readonly contact?: ContactKind;
	/** How many times the action happens (a notch of the wheel); once when absent. */
	readonly times?: number;
};

/** The action a key press means, if any. */
export function actionFor(input: string, key: Key): Pressed | undefined {
	for (const binding of KEYMAP) {
		for (const pattern of binding.keys) {
			if ("mouse" in pattern) continue;
			if ("digit" in pattern) {
				if (/^[1-9]$/.test(input) && !key.ctrl && !key.meta) return { action: binding.action, digit: Number(input) };
			} else if ("key" in pattern) {
				if (key[pattern.key] && Boolean(pattern.shift) === key.shift) return { action: binding.action };
			} else if (input === pattern.input && Boolean(pattern.ctrl) === key.ctrl && !key.meta) {
				return { action: binding.action, contact: binding.contact };
			}
		}
	}
	return undefined;
}

/** The action a mouse gesture means, read from the same table as the keys. */
export function mouseActionFor(gesture: MouseGesture): Pressed | undefined {
	const wanted: MousePattern =
		gesture.kind === "clickTab" ? "clickTab" : gesture.direction === "up" ? "wheelUp" : "wheelDown";
	for (const binding of KEYMAP) {
		for (const pattern of binding.keys) {
			if (!("mouse" in pattern) || pattern.mouse !== wanted) continue;
			return gesture.kind === "clickTab"
				? { action: binding.action, digit: gesture.tab + 1 }
				: { action: binding.action, times: pattern.times };
		}
	}
	return undefined;
}
