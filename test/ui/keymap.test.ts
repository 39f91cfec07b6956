import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { actionFor, type Binding, KEYMAP, mouseActionFor, WHEEL_LINES } from "../../source/ui/keymap.js";
import { NO_KEY } from "./helpers/ink-key.js";

type Pattern = Exclude<Binding["keys"][number], { mouse: unknown }>;

/** What Ink's useInput passes for a key press described by a pattern. */
function pressOf(pattern: Pattern, digit = "1"): [string, Key] {
	if ("digit" in pattern) return [digit, NO_KEY];
	if ("key" in pattern) {
		// Ink reports Esc with meta set, as it does for every escape sequence it cannot name.
		const meta = pattern.key === "escape";
		return ["", { ...NO_KEY, [pattern.key]: true, shift: Boolean(pattern.shift), meta }];
	}
	return [pattern.input, { ...NO_KEY, ctrl: Boolean(pattern.ctrl) }];
}

function describePattern(pattern: Pattern): string {
	if ("digit" in pattern) return "digit";
	if ("key" in pattern) return `${pattern.shift ? "shift+" : ""}${pattern.key}`;
	return `${pattern.ctrl ? "ctrl+" : ""}${JSON.stringify(pattern.input)}`;
}

const everyPattern = KEYMAP.flatMap((binding) =>
	binding.keys.flatMap((pattern) => ("mouse" in pattern ? [] : [{ binding, pattern, name: describePattern(pattern) }])),
);

describe("the keymap", () => {
	it.each(everyPattern.map(({ binding, name, pattern }) => [name, binding.action, binding, pattern] as const))(
		"%s reaches %s",
		(_name, action, _binding, pattern) => {
			expect(actionFor(...pressOf(pattern))?.action).toBe(action);
		},
	);

	it("no two bindings share a key", () => {
		const names = everyPattern.map(({ name }) => name);
		expect(names).toEqual([...new Set(names)]);
	});

	it("every action (and every kind of link) has exactly one binding, with keys, a label and a description", () => {
		const actions = KEYMAP.map((binding) => `${binding.action} ${binding.contact ?? ""}`);
		expect(actions).toEqual([...new Set(actions)]);
		for (const binding of KEYMAP) {
			expect(binding.keys.length).toBeGreaterThan(0);
			expect(binding.label.trim()).not.toBe("");
			expect(binding.description.trim()).not.toBe("");
		}
	});

	it("binds the keys a reader expects", () => {
		const bound = (input: string, key: Partial<Key> = {}) => actionFor(input, { ...NO_KEY, ...key })?.action;
		expect(bound("", { leftArrow: true })).toBe("previousTab");
		expect(bound("h")).toBe("previousTab");
		expect(bound("", { tab: true, shift: true })).toBe("previousTab");
		expect(bound("", { rightArrow: true })).toBe("nextTab");
		expect(bound("l")).toBe("nextTab");
		expect(bound("", { tab: true })).toBe("nextTab");
		expect(bound("", { upArrow: true })).toBe("lineUp");
		expect(bound("k")).toBe("lineUp");
		expect(bound("", { downArrow: true })).toBe("lineDown");
		expect(bound("j")).toBe("lineDown");
		expect(bound("", { pageUp: true })).toBe("pageUp");
		expect(bound("b")).toBe("pageUp");
		expect(bound("", { pageDown: true })).toBe("pageDown");
		expect(bound(" ")).toBe("pageDown");
		expect(bound("", { home: true })).toBe("top");
		expect(bound("", { end: true })).toBe("bottom");
		expect(bound("G", { shift: true })).toBe("bottom");
		expect(bound(">")).toBe("bottom");
		expect(bound("<")).toBe("top");
		expect(bound("d", { ctrl: true })).toBe("halfPageDown");
		expect(bound("u", { ctrl: true })).toBe("halfPageUp");
		expect(bound("f", { ctrl: true })).toBe("pageDown");
		expect(bound("b", { ctrl: true })).toBe("pageUp");
		expect(bound("y")).toBe("copyLink");
		expect(actionFor("g", NO_KEY)).toEqual({ action: "openLink", contact: "github" });
		expect(actionFor("w", NO_KEY)).toEqual({ action: "openLink", contact: "website" });
		expect(actionFor("p", NO_KEY)).toEqual({ action: "openLink", contact: "pdf" });
		expect(actionFor("m", NO_KEY)).toEqual({ action: "openLink", contact: "email" });
		expect(bound("?")).toBe("toggleHelp");
		expect(bound("q")).toBe("quit");
		expect(bound("", { escape: true, meta: true })).toBe("escape");
		expect(bound("c", { ctrl: true })).toBe("quit");
	});

	it("the wheel scrolls three lines a notch, and a click on a tab shows it, through the same table", () => {
		expect(mouseActionFor({ kind: "wheel", direction: "down" })).toEqual({ action: "lineDown", times: WHEEL_LINES });
		expect(mouseActionFor({ kind: "wheel", direction: "up" })).toEqual({ action: "lineUp", times: WHEEL_LINES });
		expect(mouseActionFor({ kind: "clickTab", tab: 11 })).toEqual({ action: "jumpToTab", digit: 12 });
	});

	it("1 to 9 jump to that tab", () => {
		for (const digit of ["1", "2", "3", "4", "5", "6", "7", "8", "9"]) {
			expect(actionFor(digit, NO_KEY)).toEqual({ action: "jumpToTab", digit: Number(digit) });
		}
	});

	it.each([
		["0", NO_KEY],
		["c", NO_KEY],
		["Q", { ...NO_KEY, shift: true }],
		["L", { ...NO_KEY, shift: true }],
		["q", { ...NO_KEY, meta: true }],
		["2", { ...NO_KEY, ctrl: true }],
		["", { ...NO_KEY, return: true }],
		["jj", NO_KEY],
	] as const)("%j with its modifiers means nothing", (input, key) => {
		expect(actionFor(input, key)).toBeUndefined();
	});

	it("the footer's hints are short and few", () => {
		const hints = KEYMAP.flatMap((binding) => (binding.hint ? [binding.hint] : []));
		expect(hints).toEqual(["←→ sections", "↑↓ scroll", "/ search", "g GitHub", "v QR code", "? help", "q quit"]);
	});
});
