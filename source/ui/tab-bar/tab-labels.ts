import stringWidth from "string-width";
import type { Styles } from "../../render/styles.js";

export type TabLabel = { readonly index: number; readonly text: string; readonly active: boolean };

const GAP = 1;
const SHORTEST_TITLE = 3;

/**
 * Tab labels that fit `columns`: every title when they fit; else the active
 * title in full and the others shortened ("Exper…"); then, before any label
 * is lost, without the padding that makes an inactive label as wide as the
 * bracketed active one, so that many sections (ten, twelve) all keep one;
 * then their numbers alone; else the active one alone with its position. The active tab carries brackets as well as colour, so it never
 * rests on colour alone.
 */
export function tabLabels(titles: readonly string[], active: number, columns: number): TabLabel[] {
	const labels = (shorten: (title: string) => string, padded: boolean): TabLabel[] =>
		titles.map((title, index) => {
			const isActive = index === active;
			const shown = isActive ? title : shorten(title);
			const text = shown ? `${index + 1} ${shown}` : `${index + 1}`;
			return { index, text: isActive ? `[${text}]` : padded ? ` ${text} ` : text, active: isActive };
		});
	const longest = Math.max(0, ...titles.map((title) => title.length));
	for (const padded of [true, false]) {
		for (let length = longest; length >= SHORTEST_TITLE; length--) {
			const candidate = labels((title) => shorten(title, length), padded);
			if (fits(candidate, columns)) return candidate;
		}
	}
	for (const padded of [true, false]) {
		const numbersOnly = labels(() => "", padded);
		if (fits(numbersOnly, columns)) return numbersOnly;
	}
	return [{ index: active, text: `[${active + 1}/${titles.length} ${titles[active] ?? ""}]`, active: true }];
}

function shorten(title: string, length: number): string {
	return title.length <= length ? title : `${title.slice(0, length - 1).trimEnd()}…`;
}

function fits(labels: readonly TabLabel[], columns: number): boolean {
	return labels.reduce((sum, item) => sum + stringWidth(item.text), 0) + GAP * (labels.length - 1) <= columns;
}

export { GAP as TAB_GAP };

/** A label as the tab bar writes it. */
export function tabText(tab: TabLabel, styles: Styles): string {
	return tab.active ? styles.tabActive(tab.text) : styles.tabInactive(tab.text);
}
