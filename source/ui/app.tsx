import { Box, Text, useApp, useInput, useStdin } from "ink";
import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { OpenOutcome } from "../open-url.js";
import type { LayoutOptions } from "../render/block-lines.js";
import type { Resume } from "../resume/model.js";
import { Footer } from "./footer.js";
import { frameLayout, MIN_COLUMNS, MIN_ROWS, paneHeight } from "./frame-layout.js";
import { Header } from "./header.js";
import { layoutHeader } from "./header-layout.js";
import { helpLines } from "./help-lines.js";
import { useSectionLines } from "./hooks/use-section-lines.js";
import { useTerminalSize } from "./hooks/use-terminal-size.js";
import { type Action, actionFor } from "./keymap.js";
import { openActionStatus } from "./open-contact.js";
import { clampOffset, describeScroll } from "./scroll-position.js";
import { SectionPane } from "./section-pane.js";
import { TabBar } from "./tab-bar.js";
import { initialViewerState, reduceViewer } from "./viewer-state.js";

export type AppProps = {
	readonly resume: Resume;
	readonly layoutOptions: Omit<LayoutOptions, "width">;
	readonly initialSection?: number;
	/** Opens a URL in the browser; injected so tests never launch one. */
	readonly openUrl: (url: string) => Promise<OpenOutcome>;
};

export function App({ resume, layoutOptions, initialSection = 0, openUrl }: AppProps) {
	const { exit } = useApp();
	const { isRawModeSupported } = useStdin();
	const { columns, rows } = useTerminalSize();
	const [state, dispatch] = useReducer(reduceViewer, initialSection, initialViewerState);
	const [status, setStatus] = useState<string>();

	const frame = frameLayout(columns, rows);
	const hyperlinks = layoutOptions.links === "hyperlink";
	const header = useMemo(
		() => layoutHeader(resume.basics, frame.width, frame.headerMaxHeight, hyperlinks),
		[resume.basics, frame.width, frame.headerMaxHeight, hyperlinks],
	);
	const paneOptions = useMemo(() => ({ ...layoutOptions, width: frame.textWidth }), [layoutOptions, frame.textWidth]);
	const linesOf = useSectionLines(resume.sections, paneOptions);
	const help = useMemo(
		() => helpLines(layoutOptions.styles, resume.basics.contacts, frame.textWidth),
		[layoutOptions.styles, resume.basics.contacts, frame.textWidth],
	);
	const sectionCount = resume.sections.length;
	const visibleHeight = paneHeight(frame, header.height);
	const linesOfTab = (tab: number, atLeast?: number) =>
		tab === sectionCount ? { lines: help, complete: true } : linesOf(tab, atLeast);
	const shownTab = state.helpOpen ? sectionCount : state.active;
	const requestedOffset = state.offsets[shownTab] ?? 0;
	// Only the very first frame settles for a screenful; later ones lay out whole sections.
	const firstFrame = useRef(true);
	const { lines, complete } = linesOfTab(shownTab, firstFrame.current ? requestedOffset + visibleHeight : undefined);
	useEffect(() => {
		firstFrame.current = false;
	}, []);
	const offset = clampOffset(requestedOffset, lines.length, visibleHeight);
	const position = complete
		? describeScroll(offset, lines.length, visibleHeight)
		: `${offset + 1}–${offset + visibleHeight} of …`;

	useEffect(() => {
		if (state.quitting) exit();
	}, [state.quitting, exit]);

	useInput(
		(input, key) => {
			setStatus(undefined);
			const pressed = actionFor(input, key);
			if (!pressed) return;
			if (OPEN_ACTIONS.has(pressed.action))
				openActionStatus(pressed.action, resume.basics.contacts, openUrl, setStatus);
			dispatch({
				pressed,
				isEscape: key.escape,
				sectionCount,
				paneSize: (tab) => ({ totalLines: linesOfTab(tab).lines.length, visibleLines: visibleHeight }),
			});
		},
		{ isActive: isRawModeSupported === true },
	);

	if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
		return (
			<Text wrap="truncate-end" color="yellow">
				Enlarge to {MIN_COLUMNS}×{MIN_ROWS}
			</Text>
		);
	}

	return (
		<Box flexDirection="column" width={frame.width} height={frame.height}>
			<Header layout={header} />
			<TabBar titles={resume.sections.map((section) => section.title)} active={state.active} columns={frame.width} />
			{frame.showSeparator ? <Text color="gray">{"─".repeat(frame.width)}</Text> : null}
			<SectionPane lines={lines} offset={offset} height={visibleHeight} width={frame.width} />
			<Footer {...(status ? { status } : {})} position={`${state.helpOpen ? "help " : ""}${position}`} />
		</Box>
	);
}

const OPEN_ACTIONS: ReadonlySet<Action> = new Set(["openGithub", "openWebsite", "openPdf", "openEmail"]);
