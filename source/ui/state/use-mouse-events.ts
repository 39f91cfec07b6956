import { useEffect, useRef } from "react";
import type { TerminalMouseEvent } from "../../terminal/mouse-events.js";
import type { MouseSource } from "../../terminal/mouse-source.js";
import type { MouseGesture } from "./viewer-events.js";

/**
 * Each report of `mouse` that means something on the frame drawn now (see
 * mouseGesture), as a gesture, for as long as the component is mounted.
 */
export function useMouseEvents(
	mouse: MouseSource | undefined,
	gestureOf: (event: TerminalMouseEvent) => MouseGesture | undefined,
	onGesture: (gesture: MouseGesture) => void,
): void {
	const latest = useRef({ gestureOf, onGesture });
	latest.current = { gestureOf, onGesture };
	useEffect(
		() =>
			mouse?.subscribe((event) => {
				const gesture = latest.current.gestureOf(event);
				if (gesture) latest.current.onGesture(gesture);
			}),
		[mouse],
	);
}
