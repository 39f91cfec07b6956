import { Box, Text, useApp, useIsScreenReaderEnabled, useStdin } from "ink";
import { useEffect, useMemo, useRef, useState } from "react";
import type { OpenOutcome } from "../open-url.js";
import type { LayoutOptions } from "../render/block-lines.js";
import type { Resume } from "../resume/model.js";
import type { MouseSource } from "../terminal/mouse-source.js";
import { Footer } from "./footer.js";
import { frameLayout, MIN_COLUMNS, MIN_ROWS, maxFooterRows, paneHeight } from "./frame-layout.js";
import { Header } from "./header.js";
import { headerSearchRows, layoutHeader } from "./header-layout.js";
import { helpLines } from "./help-lines.js";
import { useMouse } from "./hooks/use-mouse.js";
import { useSectionLines } from "./hooks/use-section-lines.js";
import { useTerminalSize } from "./hooks/use-terminal-size.js";
import { useViewerInput } from "./hooks/use-viewer-input.js";
import { useViewerState } from "./hooks/use-viewer-state.js";
import { lazily } from "./lazily.js";
import { mouseAction } from "./mouse-action.js";
import { screenReaderLayout, spokenPosition } from "./screen-reader/screen-reader-layout.js";
import { ScreenReaderView } from "./screen-reader/screen-reader-view.js";
import { clampOffset, describeScroll } from "./scroll-position.js";
import { describeSearch, useSearch } from "./search/use-search.js";
import { SectionPane } from "./section-pane.js";
import { statusLines } from "./status-lines.js";
import { TabBar } from "./tab-bar.js";
import { tabLabels } from "./tab-labels.js";

export type AppProps = {
	readonly resume: Resume;
	readonly layoutOptions: Omit<LayoutOptions, "width">;
	readonly initialSection?: number;
	/** Opens a URL in the browser; injected so tests never launch one. */
	readonly openUrl: (url: string) => Promise<OpenOutcome>;
	/** Wheel and clicks, where the terminal reports them. */
	readonly mouse?: MouseSource;
};

export function App({ resume, layoutOptions, initialSection = 0, openUrl, mouse }: AppProps) {
	const { exit } = useApp();
	const { isRawModeSupported } = useStdin();
	const screenReader = useIsScreenReaderEnabled();
	const { columns, rows } = useTerminalSize();
	const { state, current, apply } = useViewerState(initialSection);
	const [status, setStatus] = useState<string>();
	const { styles } = layoutOptions;

	const frame = frameLayout(columns, rows);
	const hyperlinks = layoutOptions.links === "hyperlink";
	const header = useMemo(
		() => layoutHeader(resume.basics, frame.width, frame.headerMaxHeight, hyperlinks),
		[resume.basics, frame.width, frame.headerMaxHeight, hyperlinks],
	);
	const spoken = useMemo(
		() => (screenReader ? screenReaderLayout(resume.basics, resume.sections.length, columns, rows) : undefined),
		[screenReader, resume.basics, resume.sections.length, columns, rows],
	);
	const paneOptions = useMemo(() => ({ ...layoutOptions, width: frame.textWidth }), [layoutOptions, frame.textWidth]);
	const linesOf = useSectionLines(resume.sections, paneOptions);
	// Laid out when first shown, not for every first frame.
	const help = useMemo(
		() => lazily(() => helpLines(styles, resume.basics.contacts, frame.textWidth)),
		[styles, resume.basics.contacts, frame.textWidth],
	);
	const sectionCount = resume.sections.length;
	const footerMaxRows = maxFooterRows(frame, header.height);
	const footerRows = status === undefined ? 1 : statusLines(status, frame.width, footerMaxRows).length;
	const visibleHeight = spoken ? spoken.paneHeight : paneHeight(frame, header.height, footerRows);
	const linesOfTab = (tab: number, atLeast?: number) =>
		tab === sectionCount ? { lines: help(), complete: true } : linesOf(tab, atLeast);
	const paneSize = (tab: number) => ({ totalLines: linesOfTab(tab).lines.length, visibleLines: visibleHeight });

	const headerRows = useMemo(() => headerSearchRows(header), [header]);
	const search = useSearch(state.search, headerRows, sectionCount, linesOf, styles);

	const shownTab = state.helpOpen ? sectionCount : state.active;
	const requestedOffset = state.offsets[shownTab] ?? 0;
	// Only the very first frame settles for a screenful; later ones lay out whole sections.
	const firstFrame = useRef(true);
	const { lines, complete } = linesOfTab(shownTab, firstFrame.current ? requestedOffset + visibleHeight : undefined);
	useEffect(() => {
		firstFrame.current = false;
	}, []);
	const offset = clampOffset(requestedOffset, lines.length, visibleHeight);
	const visibleLines = search.highlight(shownTab, lines.slice(offset, offset + visibleHeight), offset);
	const position = complete
		? describeScroll(offset, lines.length, visibleHeight)
		: `${offset + 1}–${offset + visibleHeight} of …`;
	const message = status ?? (state.search ? describeSearch(state.search, search.matches.length) : undefined);

	useEffect(() => {
		if (state.quitting) exit();
	}, [state.quitting, exit]);

	useViewerInput({
		apply,
		current,
		sectionCount,
		paneSize,
		matchesFor: search.matchesFor,
		contacts: resume.basics.contacts,
		openUrl,
		setStatus,
		isActive: isRawModeSupported === true,
	});

	const titles = resume.sections.map((section) => section.title);
	useMouse(mouse, (event) => {
		const action = mouseAction(event, {
			tabBarRow: header.height,
			tabs: tabLabels(titles, current().active, frame.width),
		});
		const pressed = { kind: "key", isEscape: false, sectionCount, paneSize, matches: () => search.matches } as const;
		for (let time = 0; action && time < action.times; time++) apply({ ...pressed, pressed: action.pressed });
	});

	if (spoken) {
		return (
			<ScreenReaderView
				layout={spoken}
				titles={titles}
				active={state.helpOpen ? undefined : state.active}
				lines={visibleLines}
				position={spokenPosition(offset, visibleHeight, lines.length)}
				{...(message ? { message } : {})}
			/>
		);
	}

	if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
		// The frame is one row short of the terminal: a second line only from three rows up.
		return (
			<Box flexDirection="column">
				<Text wrap="truncate-end">{styles.notice(`Enlarge to ${MIN_COLUMNS}×${MIN_ROWS}`)}</Text>
				{rows >= 3 ? <Text wrap="truncate-end">{styles.footerText("q quits")}</Text> : null}
			</Box>
		);
	}

	return (
		<Box flexDirection="column" width={frame.width} height={frame.height}>
			<Header layout={header} styles={styles} highlight={search.highlight} />
			<TabBar titles={titles} active={state.active} columns={frame.width} styles={styles} />
			{frame.showSeparator ? <Text>{styles.separator("─".repeat(frame.width))}</Text> : null}
			<SectionPane
				lines={visibleLines}
				totalLines={lines.length}
				offset={offset}
				height={visibleHeight}
				width={frame.width}
				styles={styles}
			/>
			<Footer
				styles={styles}
				{...(message ? { message, isStatus: status !== undefined } : {})}
				position={`${state.helpOpen ? "help " : ""}${position}`}
				width={frame.width}
				maxRows={footerMaxRows}
			/>
		</Box>
	);
}
