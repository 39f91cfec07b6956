import type { LayoutOptions } from "../../render/block-lines.js";
import type { Styles } from "../../render/styles.js";
import type { Section } from "../../resume/model.js";

export type SectionText = { readonly lines: readonly string[]; readonly complete: boolean };

/** Laid-out text of each section (by index) of one résumé, for one set of layout options. */
export type LayoutCache = Map<number, SectionText>;

/** Widths (with their link style) remembered per résumé and styles; the least recently used go first. */
export const MAX_LAYOUTS = 32;

const layouts = new WeakMap<readonly Section[], WeakMap<Styles, Map<string, LayoutCache>>>();

/**
 * The cache of laid-out sections for these options, shared by every viewer
 * that shows the same résumé with the same styles, links and width: under
 * `serve`, a hundred readers at one terminal size lay the résumé out once, not
 * a hundred times, and each first frame is the whole text at once.
 */
export function sharedLayouts(sections: readonly Section[], options: LayoutOptions): LayoutCache {
	let byStyles = layouts.get(sections);
	if (!byStyles) {
		byStyles = new WeakMap();
		layouts.set(sections, byStyles);
	}
	let byKey = byStyles.get(options.styles);
	if (!byKey) {
		byKey = new Map();
		byStyles.set(options.styles, byKey);
	}
	const key = `${options.width}|${options.links}|${options.richBlocks ? "rich" : "plain"}`;
	const cache = byKey.get(key) ?? new Map();
	// Map keeps insertion order: re-inserting marks it the most recently used.
	byKey.delete(key);
	byKey.set(key, cache);
	for (const oldest of byKey.keys()) {
		if (byKey.size <= MAX_LAYOUTS) break;
		byKey.delete(oldest);
	}
	return cache;
}
