import cliTruncate from "cli-truncate";
import stringWidth from "string-width";
import type { LayoutOptions } from "../render/block-lines.js";
import { sectionLinesUpTo } from "../render/section-lines.js";
import { contactKindsOf } from "../resume/contact-kinds.js";
import type { Resume } from "../resume/model.js";
import { HINTS_POSITION_GAP as FOOTER_GAP, hintsText } from "../ui/footer/footer-hints.js";
import { frameLayout, MIN_COLUMNS, MIN_ROWS, paneHeight } from "../ui/frame-layout.js";
import { layoutHeader } from "../ui/header/header-layout.js";
import { bigNameText, CONTACT_GAP, contactText, infoRowTexts } from "../ui/header/header-text.js";
import { clampOffset, describeScroll, scrollbarCells } from "../ui/pane/scroll-position.js";
import { type SectionText, sharedLayouts } from "../ui/pane/shared-layouts.js";
import { TAB_GAP, tabLabels, tabText } from "../ui/tab-bar/tab-labels.js";

export type FirstFrameOptions = {
	readonly columns: number;
	readonly rows: number;
	/** As the viewer gets them (see startViewer): the pane's width comes from the frame. */
	readonly layoutOptions: Omit<LayoutOptions, "width">;
	readonly initialSection: number;
};

/**
 * The viewer's first frame as the lines Ink writes for it: header, tab bar, separator, the
 * first screenful of the chosen section and the footer, laid out by the same functions the Ink
 * components call, placed as their boxes place them. Undefined where the frame is not the
 * plain viewer this knows how to place (a terminal below the minimum size, a row that would
 * need Ink's truncation or wrapping of several items): Ink then draws the first frame itself.
 * The section's lines go into the layout cache the viewer reads, so Ink does not wrap them again.
 */
export function firstFrameLines(resume: Resume, options: FirstFrameOptions): string[] | undefined {
	const { columns, rows, layoutOptions, initialSection } = options;
	if (columns < MIN_COLUMNS || rows < MIN_ROWS) return undefined;
	const { styles } = layoutOptions;
	const frame = frameLayout(columns, rows);
	const width = frame.width;
	const header = layoutHeader(resume.basics, width, frame.headerMaxHeight, layoutOptions.links === "hyperlink");
	const visibleHeight = paneHeight(frame, header.height);

	const headerRows: string[] = [];
	if (header.bigName) {
		for (const line of bigNameText(header.bigName).split("\n")) {
			if (stringWidth(line) > width) return undefined;
			headerRows.push(styles.name(line));
		}
	}
	for (const row of infoRowTexts(header, styles)) headerRows.push(fitted(row, width));
	for (const row of header.contactRows) {
		const texts = row.map((item) => contactText(item, styles));
		const joined = texts.join(" ".repeat(CONTACT_GAP));
		if (stringWidth(joined) <= width) headerRows.push(joined);
		else if (texts.length === 1) headerRows.push(fitted(joined, width));
		else return undefined;
	}

	const titles = resume.sections.map((section) => section.title);
	const tabBar = tabLabels(titles, initialSection, width)
		.map((tab) => tabText(tab, styles))
		.join(" ".repeat(TAB_GAP));
	if (stringWidth(tabBar) > width) return undefined;

	const { lines, complete } = firstScreenful(
		resume,
		{ ...layoutOptions, width: frame.textWidth },
		initialSection,
		visibleHeight,
	);
	const offset = clampOffset(0, lines.length, visibleHeight);
	const shown = lines.slice(offset, offset + visibleHeight);
	if (shown.some((line) => stringWidth(line) > width - 1)) return undefined;
	const scrollbar = scrollbarCells(offset, lines.length, visibleHeight, styles);
	const pane = Array.from({ length: visibleHeight }, (_, row) => {
		const line = shown[row] ?? "";
		const bar = scrollbar[row];
		return bar === undefined ? line : `${line}${" ".repeat(width - 1 - stringWidth(line))}${bar}`;
	});

	// As the viewer words it while the section is still being laid out (see App).
	const position = complete
		? describeScroll(offset, lines.length, visibleHeight)
		: `${offset + 1}–${offset + visibleHeight} of …`;
	// The hints' box shrinks when they and the position do not fit side by side; the position never does.
	const positionWidth = stringWidth(position);
	const hints = fitted(
		hintsText(styles, width - position.length - FOOTER_GAP, contactKindsOf(resume.basics.contacts)),
		width - FOOTER_GAP - positionWidth,
	);
	const footer = `${hints}${" ".repeat(width - stringWidth(hints) - positionWidth)}${styles.footerText(position)}`;

	const frameRows = [
		...headerRows,
		tabBar,
		...(frame.showSeparator ? [styles.separator("─".repeat(width))] : []),
		...pane,
		footer,
	];
	return frameRows.length === frame.height ? frameRows : undefined;
}

/** A one-line text as Ink's `wrap="truncate-end"` leaves it in `width` columns. */
function fitted(text: string, width: number): string {
	return stringWidth(text) > width ? cliTruncate(text, width, { position: "end" }) : text;
}

/** The section's first lines, from the cache the viewer shares, laid out as far as one screenful if not there yet. */
function firstScreenful(resume: Resume, options: LayoutOptions, index: number, atLeast: number): SectionText {
	const cache = sharedLayouts(resume.sections, options);
	const cached = cache.get(index);
	if (cached && (cached.complete || cached.lines.length >= atLeast)) return cached;
	const section = resume.sections[index];
	const text = section ? sectionLinesUpTo(section, options, atLeast) : { lines: [], complete: true };
	cache.set(index, text);
	return text;
}
