import { useCallback, useRef, useState } from "react";
import { initialViewerState, reduceViewer, type ViewerEvent, type ViewerState } from "../viewer-state.js";

/**
 * The viewer's state, changed only through reduceViewer, and readable at once
 * after each event: keys that arrive in one read (a held arrow, a paste, a
 * slow SSH link, a "/" typed with the query after it) are each handled against
 * the state the previous key left, not the last one rendered. The input
 * handler decides what a key means (a search prompt's letter or a command) from it.
 */
export function useViewerState(initialSection: number): {
	readonly state: ViewerState;
	readonly current: () => ViewerState;
	readonly apply: (event: ViewerEvent) => void;
} {
	const latest = useRef<ViewerState | undefined>(undefined);
	latest.current ??= initialViewerState(initialSection);
	const [state, setState] = useState(latest.current);
	const current = useCallback(() => latest.current ?? initialViewerState(initialSection), [initialSection]);
	const apply = useCallback(
		(event: ViewerEvent) => {
			const next = reduceViewer(current(), event);
			latest.current = next;
			setState(next);
		},
		[current],
	);
	return { state, current, apply };
}
