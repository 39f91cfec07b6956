/** Below this the layout cannot be drawn and a one-line notice asks for a bigger window. */
export const MIN_COLUMNS = 20;
export const MIN_ROWS = 6;

/**
 * On a very wide terminal the frame stops growing (wide enough for the tallest
 * big text) and the text stops at a readable line length, so role and dates,
 * aligned apart, stay on speaking terms.
 */
const MAX_FRAME_COLUMNS = 140;
const MAX_TEXT_COLUMNS = 110;

export type FrameLayout = {
	/** Columns the frame uses: the terminal's, up to MAX_FRAME_COLUMNS. */
	readonly width: number;
	/** One row short of the terminal: a frame as tall as the terminal makes Ink clear the screen and scrollback. */
	readonly height: number;
	readonly headerMaxHeight: number;
	readonly showSeparator: boolean;
	/** Columns for the pane's text: one is kept for the scrollbar and one for the gap before it. */
	readonly textWidth: number;
};

const TAB_BAR_ROWS = 1;
const FOOTER_ROWS = 1;
const HEADER_SHARE = 0.4;
const MIN_PANE_ROWS = 3;

export function frameLayout(columns: number, rows: number): FrameLayout {
	const height = rows - 1;
	const showSeparator = rows >= 16;
	const chrome = TAB_BAR_ROWS + FOOTER_ROWS + (showSeparator ? 1 : 0);
	const headerMaxHeight = Math.max(
		1,
		Math.min(Math.floor(height * HEADER_SHARE), height - chrome - Math.min(MIN_PANE_ROWS, height - chrome - 1)),
	);
	const width = Math.min(columns, MAX_FRAME_COLUMNS);
	const textWidth = Math.max(1, Math.min(width - 2, MAX_TEXT_COLUMNS));
	return { width, height, headerMaxHeight, showSeparator, textWidth };
}

/** Rows left for the pane, under the header and tab bar and above a footer of `footerRows` (a status may wrap). */
export function paneHeight(frame: FrameLayout, headerHeight: number, footerRows = FOOTER_ROWS): number {
	return Math.max(1, frame.height - headerHeight - TAB_BAR_ROWS - footerRows - (frame.showSeparator ? 1 : 0));
}

/** The most rows a wrapped footer status may take: whatever leaves the pane one row. */
export function maxFooterRows(frame: FrameLayout, headerHeight: number): number {
	return Math.max(FOOTER_ROWS, frame.height - headerHeight - TAB_BAR_ROWS - (frame.showSeparator ? 1 : 0) - 1);
}
