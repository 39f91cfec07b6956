import type { Styles } from "../../render/styles.js";

/** The first line shown, kept inside the text whatever the pane's height became. */
export function clampOffset(offset: number, totalLines: number, visibleLines: number): number {
	return Math.max(0, Math.min(offset, totalLines - visibleLines));
}

/** "12–31 of 96", or "all 12" when everything fits. */
export function describeScroll(offset: number, totalLines: number, visibleLines: number): string {
	if (totalLines <= visibleLines) return `all ${totalLines}`;
	return `${offset + 1}–${Math.min(totalLines, offset + visibleLines)} of ${totalLines}`;
}

/** Which rows of the pane's right edge draw the scrollbar's thumb. */
export function scrollThumb(offset: number, totalLines: number, visibleLines: number): { start: number; size: number } {
	if (totalLines <= visibleLines || visibleLines <= 0) return { start: 0, size: 0 };
	const size = Math.max(1, Math.round((visibleLines * visibleLines) / totalLines));
	const start = Math.round((offset / (totalLines - visibleLines)) * (visibleLines - size));
	return { start, size };
}

/** The scrollbar, one cell per row of the pane: the thumb where it sits, the track elsewhere; none when all fits. */
export function scrollbarCells(offset: number, totalLines: number, height: number, styles: Styles): string[] {
	const thumb = scrollThumb(offset, totalLines, height);
	if (thumb.size === 0) return [];
	return Array.from({ length: height }, (_, row) =>
		row >= thumb.start && row < thumb.start + thumb.size ? styles.scrollbarThumb("┃") : styles.scrollbarTrack("│"),
	);
}
