import { useEffect, useRef } from "react";
import type { TerminalMouseEvent } from "../../terminal/mouse-events.js";
import type { MouseSource } from "../../terminal/mouse-source.js";

/** Calls the latest `onMouse` for each event of `mouse`, for as long as the component is mounted. */
export function useMouse(mouse: MouseSource | undefined, onMouse: (event: TerminalMouseEvent) => void): void {
	const latest = useRef(onMouse);
	latest.current = onMouse;
	useEffect(() => mouse?.subscribe((event) => latest.current(event)), [mouse]);
}
