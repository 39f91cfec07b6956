import type { Action } from "../keymap.js";

/** The offset a scrolling action leads to, before clamping to the text. */
export function scrollAction(action: Action, offset: number, pageHeight: number): number {
	const page = Math.max(1, pageHeight - 1);
	switch (action) {
		case "lineUp":
			return offset - 1;
		case "lineDown":
			return offset + 1;
		case "pageUp":
			return offset - page;
		case "pageDown":
			return offset + page;
		case "halfPageUp":
			return offset - Math.max(1, Math.floor(pageHeight / 2));
		case "halfPageDown":
			return offset + Math.max(1, Math.floor(pageHeight / 2));
		case "top":
			return 0;
		case "bottom":
			return Number.MAX_SAFE_INTEGER;
		default:
			return offset;
	}
}
