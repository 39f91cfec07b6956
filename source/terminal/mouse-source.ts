import type { TerminalMouseEvent } from "./mouse-events.js";

export type MouseListener = (event: TerminalMouseEvent) => void;

/** Mouse events for whoever listens: the input filter emits, the viewer subscribes. */
export type MouseSource = {
	readonly subscribe: (listener: MouseListener) => () => void;
	readonly emit: MouseListener;
};

export function createMouseSource(): MouseSource {
	const listeners = new Set<MouseListener>();
	return {
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		emit(event) {
			for (const listener of listeners) listener(event);
		},
	};
}
