import { Box, Text, useIsScreenReaderEnabled, useStdin, useStdout } from "ink";
import { useEffect, useMemo, useRef } from "react";
import type { OpenOutcome } from "../open-url.js";
import type { LayoutOptions } from "../render/block-lines.js";
import { contactKindsOf } from "../resume/contact-kinds.js";
import type { Resume } from "../resume/model.js";
import type { MouseSource } from "../terminal/mouse-source.js";
import { unfoldedLines } from "../vcard/content-line.js";
import { vcardOf } from "../vcard/to-vcard.js";
import { EnlargeNotice } from "./enlarge-notice.js";
import { Footer } from "./footer/footer.js";
import { statusLines } from "./footer/status-lines.js";
import { frameLayout, MIN_COLUMNS, MIN_ROWS, maxFooterRows, paneHeight } from "./frame-layout.js";
import { Header } from "./header/header.js";
import { headerSearchRows, layoutHeader } from "./header/header-layout.js";
import { helpScreenLines } from "./help/help-screen-lines.js";
import { lazily } from "./help/lazily.js";
import { useTerminalSize } from "./hooks/use-terminal-size.js";
import { clampOffset, describeScroll } from "./pane/scroll-position.js";
import { SectionPane } from "./pane/section-pane.js";
import { useSectionLines } from "./pane/use-section-lines.js";
import { QrCodeView } from "./qr-code/qr-code-view.js";
import { screenReaderLayout, spokenPosition } from "./screen-reader/screen-reader-layout.js";
import { ScreenReaderView } from "./screen-reader/screen-reader-view.js";
import { describeSearch, useSearch } from "./search/use-search.js";
import { foundFor, type LaidOut, screenFor } from "./state/event-context.js";
import { mouseGesture } from "./state/mouse-gesture.js";
import { useKeyEvents } from "./state/use-key-events.js";
import { useMouseEvents } from "./state/use-mouse-events.js";
import { useViewer } from "./state/use-viewer.js";
import { shownTab as shownTabOf } from "./state/viewer-state.js";
import { TabBar } from "./tab-bar/tab-bar.js";
import { tabLabels } from "./tab-bar/tab-labels.js";

export type AppProps = {
	readonly resume: Resume;
	readonly layoutOptions: Omit<LayoutOptions, "width">;
	readonly initialSection?: number;
	/** Opens a URL in the browser; injected so tests never launch one. */
	readonly openUrl: (url: string) => Promise<OpenOutcome>;
	/** False where no browser can be launched (under `serve`): link keys copy the link instead. */
	readonly canOpenLinks?: boolean;
	/** Writes beside Ink's frames (the clipboard's OSC 52); the terminal's stdout unless a test records it. */
	readonly writeToTerminal?: (data: string) => void;
	/** Wheel and clicks, where the terminal reports them. */
	readonly mouse?: MouseSource;
};

export function App(props: AppProps) {
	const { resume, layoutOptions, initialSection = 0, canOpenLinks = true, mouse } = props;
	const { isRawModeSupported } = useStdin();
	const { stdout } = useStdout();
	const screenReader = useIsScreenReaderEnabled();
	const { columns, rows } = useTerminalSize();
	const { state, current, dispatch } = useViewer(
		{ active: initialSection, links: resume.basics.contacts, canOpenLinks },
		{ openUrl: props.openUrl, writeToTerminal: props.writeToTerminal ?? ((data) => stdout.write(data)) },
	);
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
	const links = useMemo(() => contactKindsOf(resume.basics.contacts), [resume.basics.contacts]);
	const paneOptions = useMemo(() => ({ ...layoutOptions, width: frame.textWidth }), [layoutOptions, frame.textWidth]);
	const linesOf = useSectionLines(resume.sections, paneOptions);
	// Laid out when first shown, not for every first frame.
	const help = useMemo(
		() => lazily(() => helpScreenLines(styles, resume.basics.contacts, frame.textWidth, canOpenLinks)),
		[styles, resume.basics.contacts, frame.textWidth, canOpenLinks],
	);
	// The screen-reader layout reads the vCard where the others draw its QR code.
	const vcardLines = useMemo(() => lazily(() => unfoldedLines(vcardOf(resume))), [resume]);
	const sectionCount = resume.sections.length;
	const { status } = state;
	const footerMaxRows = maxFooterRows(frame, header.height);
	const footerRows = status === undefined ? 1 : statusLines(status, frame.width, footerMaxRows).length;
	const visibleHeight = spoken ? spoken.paneHeight : paneHeight(frame, header.height, footerRows);
	const linesOfTab = (tab: number, atLeast?: number) => {
		if (tab === sectionCount) return { lines: help(), complete: true };
		if (tab === sectionCount + 1) return { lines: vcardLines(), complete: true };
		return linesOf(tab, atLeast);
	};

	const headerRows = useMemo(() => headerSearchRows(header), [header]);
	const search = useSearch(state.search, headerRows, sectionCount, linesOf, styles);

	const shownTab = shownTabOf(state, sectionCount);
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

	const laidOut: LaidOut = {
		sectionCount,
		visibleLines: visibleHeight,
		linesIn: (tab) => linesOfTab(tab).lines.length,
		matchesFor: search.matchesFor,
		tooSmall: !spoken && (columns < MIN_COLUMNS || rows < MIN_ROWS),
	};
	useKeyEvents({
		dispatch,
		current,
		context: (viewer) => ({ screen: screenFor(viewer, laidOut), found: foundFor(viewer, laidOut) }),
		isActive: isRawModeSupported === true,
	});

	const titles = resume.sections.map((section) => section.title);
	useMouseEvents(
		mouse,
		(event) =>
			mouseGesture(event, {
				tabBarRow: header.height,
				// The QR code covers the tab bar: a click there is no tab's.
				tabs: current().qrOpen ? [] : tabLabels(titles, current().active, frame.width),
			}),
		(gesture) => dispatch({ kind: "mouse", gesture, screen: screenFor(current(), laidOut) }),
	);

	if (spoken) {
		return (
			<ScreenReaderView
				layout={spoken}
				titles={titles}
				active={state.helpOpen || state.qrOpen ? undefined : state.active}
				lines={visibleLines}
				position={spokenPosition(offset, visibleHeight, lines.length)}
				message={message}
				heading={state.qrOpen ? "Contact card (vCard), v closes it." : undefined}
			/>
		);
	}

	if (columns < MIN_COLUMNS || rows < MIN_ROWS) return <EnlargeNotice rows={rows} styles={styles} />;

	const footer = (
		<Footer
			styles={styles}
			message={message}
			isStatus={status !== undefined}
			position={state.qrOpen ? "v or Esc closes" : `${state.helpOpen ? "help " : ""}${position}`}
			width={frame.width}
			maxRows={footerMaxRows}
			links={links}
		/>
	);
	if (state.qrOpen) {
		const qrHeight = frame.height - footerRows;
		return (
			<Box flexDirection="column" width={frame.width} height={frame.height}>
				<QrCodeView
					resume={resume}
					width={frame.width}
					height={qrHeight}
					styles={styles}
					around={{ columns: 0, rows: rows - qrHeight }}
				/>
				{footer}
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
			{footer}
		</Box>
	);
}
