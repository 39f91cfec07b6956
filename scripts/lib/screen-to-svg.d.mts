import type { CapturedScreen } from "./screen-cells.d.mts";

export interface ScreenshotOptions {
	/** The window's title bar and the picture's accessible name. Default: none. */
	readonly title?: string;
	/** Draws █ ▀ ▄ as rectangles, not glyphs, so a QR code in the picture has no gaps. Default: false. */
	readonly blocksAsRectangles?: boolean;
}

export interface DemoOptions extends ScreenshotOptions {
	/** How long each frame shows. Default: 2. */
	readonly secondsPerFrame?: number;
}

export interface DemoFrame {
	readonly screen: CapturedScreen;
	/** Drawn as a key cap before the caption; absent for a frame no key led to. */
	readonly key?: string | undefined;
	readonly caption: string;
}

/** Sizes in SVG pixels: the grid every cell sits on, and the window around it. */
export const LAYOUT: Readonly<{
	fontSize: number;
	cellWidth: number;
	cellHeight: number;
	padding: number;
	titleBarHeight: number;
	captionHeight: number;
	cornerRadius: number;
}>;

/** Top-left corner of the cell at column x, row y, in SVG pixels. */
export function cellOrigin(x: number, y: number): { x: number; y: number };

/** A still picture of the screen in a terminal window, as an SVG document. */
export function screenshotSvg(screen: CapturedScreen, options?: ScreenshotOptions): string;

/** An SVG document that cycles through the frames (CSS animation), each captioned underneath. */
export function demoSvg(frames: readonly DemoFrame[], options?: DemoOptions): string;
