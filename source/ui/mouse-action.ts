import stringWidth from "string-width";
import type { TerminalMouseEvent } from "../terminal/mouse-events.js";
import type { Pressed } from "./keymap.js";
import { TAB_GAP, type TabLabel } from "./tab-labels.js";

/** Lines one notch of the wheel scrolls, as most terminals and browsers do. */
export const WHEEL_LINES = 3;

export type MouseTargets = {
	/** The tab bar's row in the frame, counted from 0; the frame starts on the screen's first row. */
	readonly tabBarRow: number;
	readonly tabs: readonly TabLabel[];
};

/** What a mouse event does: the key action it stands for, and how many times. */
export function mouseAction(
	event: TerminalMouseEvent,
	targets: MouseTargets,
): { pressed: Pressed; times: number } | undefined {
	if (event.kind === "wheel")
		return { pressed: { action: event.direction === "up" ? "lineUp" : "lineDown" }, times: WHEEL_LINES };
	if (event.kind !== "press" || event.button !== "left" || event.row - 1 !== targets.tabBarRow) return undefined;
	const tab = tabAtColumn(targets.tabs, event.column - 1);
	return tab === undefined ? undefined : { pressed: { action: "jumpToTab", digit: tab + 1 }, times: 1 };
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
