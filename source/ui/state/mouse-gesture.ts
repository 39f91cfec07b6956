import stringWidth from "string-width";
import type { TerminalMouseEvent } from "../../terminal/mouse-events.js";
import { TAB_GAP, type TabLabel } from "../tab-bar/tab-labels.js";
import type { MouseGesture } from "./viewer-events.js";

export type MouseTargets = {
	/** The tab bar's row in the frame, counted from 0; the frame starts on the screen's first row. */
	readonly tabBarRow: number;
	readonly tabs: readonly TabLabel[];
};

/** What a terminal's mouse report means on this frame: a wheel notch, or a click on a tab. */
export function mouseGesture(event: TerminalMouseEvent, targets: MouseTargets): MouseGesture | undefined {
	if (event.kind === "wheel") return { kind: "wheel", direction: event.direction };
	if (event.kind !== "press" || event.button !== "left" || event.row - 1 !== targets.tabBarRow) return undefined;
	const tab = tabAtColumn(targets.tabs, event.column - 1);
	return tab === undefined ? undefined : { kind: "clickTab", tab };
}

/** The tab whose label covers column `x` (from 0), laid out as the tab bar lays them. */
function tabAtColumn(tabs: readonly TabLabel[], x: number): number | undefined {
	let start = 0;
	for (const tab of tabs) {
		const end = start + stringWidth(tab.text);
		if (x >= start && x < end) return tab.index;
		start = end + TAB_GAP;
	}
	return undefined;
}
