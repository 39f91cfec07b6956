import { useCallback, useEffect, useMemo, useState } from "react";
import type { LayoutOptions } from "../../render/block-lines.js";
import { sectionLinesUpTo } from "../../render/section-lines.js";
import type { Section } from "../../resume/model.js";
import { type SectionText, sharedLayouts } from "./shared-layouts.js";

export type { SectionText };

/**
 * A section's wrapped lines, kept per width and shared between viewers (see sharedLayouts). Asked for the first
 * `atLeast` lines, it lays out only as far as that (the first frame wraps one
 * screenful, not the longest section), then finishes on the next tick and
 * renders again; the other tabs follow, one per tick. Asked for no limit, it
 * lays out everything at once.
 */
export function useSectionLines(
	sections: readonly Section[],
	options: LayoutOptions,
): (index: number, atLeast?: number) => SectionText {
	const cache = useMemo(() => sharedLayouts(sections, options), [sections, options]);
	const [, setFinished] = useState(0);

	const layOut = useCallback(
		(index: number, atLeast = Number.POSITIVE_INFINITY): SectionText => {
			const cached = cache.get(index);
			if (cached && (cached.complete || cached.lines.length >= atLeast)) return cached;
			const section = sections[index];
			const text = section ? sectionLinesUpTo(section, options, atLeast) : { lines: [], complete: true };
			cache.set(index, text);
			return text;
		},
		[cache, sections, options],
	);

	useEffect(() => {
		const partial = [...cache].filter(([, text]) => !text.complete).map(([index]) => index);
		if (partial.length > 0) {
			const timer = setTimeout(() => {
				for (const index of partial) layOut(index);
				setFinished((count) => count + 1);
			}, 0);
			return () => clearTimeout(timer);
		}
		// Then, one per idle tick, the tabs not shown yet: the first visit to a tab costs no layout.
		// Nothing on screen changes, so nothing renders again.
		let timer: ReturnType<typeof setTimeout> | undefined;
		const warmNext = () => {
			const next = sections.findIndex((_, index) => !cache.has(index));
			if (next === -1) return;
			layOut(next);
			timer = setTimeout(warmNext, 0);
		};
		timer = setTimeout(warmNext, 0);
		return () => clearTimeout(timer);
	});

	return layOut;
}
