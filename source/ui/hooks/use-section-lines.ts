import { useMemo } from "react";
import type { LayoutOptions } from "../../render/block-lines.js";
import { sectionLines } from "../../render/section-lines.js";
import type { Section } from "../../resume/model.js";

/**
 * A section's wrapped lines, laid out the first time its tab is shown and kept
 * until the width changes: the first frame lays out one section, not all of them.
 */
export function useSectionLines(
	sections: readonly Section[],
	options: LayoutOptions,
): (index: number) => readonly string[] {
	return useMemo(() => {
		const cache = new Map<number, readonly string[]>();
		return (index: number) => {
			const cached = cache.get(index);
			if (cached) return cached;
			const section = sections[index];
			const lines = section ? sectionLines(section, options) : [];
			cache.set(index, lines);
			return lines;
		};
	}, [sections, options]);
}
