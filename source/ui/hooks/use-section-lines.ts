import { useCallback, useEffect, useMemo, useState } from "react";
import type { LayoutOptions } from "../../render/block-lines.js";
import { sectionLinesUpTo } from "../../render/section-lines.js";
import type { Section } from "../../resume/model.js";

export type SectionText = { readonly lines: readonly string[]; readonly complete: boolean };

/**
 * A section's wrapped lines, kept until the width changes. Asked for the first
 * `atLeast` lines, it lays out only as far as that (the first frame wraps one
 * screenful, not the longest section), then finishes on the next tick and
 * renders again. Asked for no limit, it lays out everything at once.
 */
export function useSectionLines(
	sections: readonly Section[],
	options: LayoutOptions,
): (index: number, atLeast?: number) => SectionText {
	const cache = useMemo(() => new Map<number, SectionText>(), [sections, options]);
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
		if (partial.length === 0) return;
		const timer = setTimeout(() => {
			for (const index of partial) layOut(index);
			setFinished((count) => count + 1);
		}, 0);
		return () => clearTimeout(timer);
	});

	return layOut;
}
