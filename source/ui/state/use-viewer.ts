import { useApp } from "ink";
import { useCallback, useRef, useState } from "react";
import type { OpenOutcome } from "../../open-url.js";
import { copyToClipboard } from "../../terminal/clipboard.js";
import type { Effect, ViewerEvent } from "./viewer-events.js";
import { initialViewerState, reduceViewer, type ViewerStart, type ViewerState } from "./viewer-state.js";

export type EffectRunner = {
	/** Opens a URL in a browser; injected so tests never launch one. */
	readonly openUrl: (url: string) => Promise<OpenOutcome>;
	/** Writes to the terminal beside Ink's frames: the clipboard's escape sequence. */
	readonly writeToTerminal: (data: string) => void;
};

/**
 * The viewer's state, changed only through reduceViewer, and the one place its
 * effects are carried out; their outcomes come back as events. The state is
 * readable at once after each event (`current`): keys that arrive in one read (a
 * held arrow, a paste, a "/" typed with the query after it) are each turned into
 * an event against the state the previous key left, not the last one rendered.
 */
export function useViewer(
	start: ViewerStart,
	runner: EffectRunner,
): {
	readonly state: ViewerState;
	readonly current: () => ViewerState;
	readonly dispatch: (event: ViewerEvent) => void;
} {
	const { exit } = useApp();
	const latest = useRef<ViewerState | undefined>(undefined);
	latest.current ??= initialViewerState(start);
	const [state, setState] = useState(latest.current);
	const world = useRef({ ...runner, exit });
	world.current = { ...runner, exit };
	const current = useCallback(() => latest.current ?? initialViewerState(), []);

	const dispatch = useCallback(
		function dispatch(event: ViewerEvent): void {
			const { state: next, effects } = reduceViewer(current(), event);
			latest.current = next;
			setState(next);
			for (const effect of effects) runEffect(effect, world.current, dispatch);
		},
		[current],
	);

	return { state, current, dispatch };
}

/** The one place the viewer's effects meet the world; an outcome comes back as an event. */
function runEffect(effect: Effect, world: EffectRunner & { exit: () => void }, dispatch: (event: ViewerEvent) => void) {
	switch (effect.kind) {
		case "open": {
			const { url } = effect;
			world.openUrl(url).then(
				(outcome) => dispatch({ kind: "opened", url, outcome }),
				() => dispatch({ kind: "opened", url, outcome: { opened: false, reason: "Could not open a browser" } }),
			);
			return;
		}
		case "copy":
			copyToClipboard({ write: world.writeToTerminal }, effect.text);
			return;
		case "quit":
			world.exit();
			return;
	}
}
