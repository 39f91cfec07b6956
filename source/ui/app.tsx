import { Box, Text, useApp, useInput, useStdin } from "ink";
import { useMemo, useState } from "react";
import type { OpenOutcome } from "../open-url.js";
import type { LayoutOptions } from "../render/block-lines.js";
import type { Resume } from "../resume/model.js";
import { Footer } from "./footer.js";
import { frameLayout, MIN_COLUMNS, MIN_ROWS, paneHeight } from "./frame-layout.js";
import { Header } from "./header.js";
import { layoutHeader } from "./header-layout.js";
import { helpLines } from "./help-lines.js";
import { useScrollOffsets } from "./hooks/use-scroll-offsets.js";
import { useSectionLines } from "./hooks/use-section-lines.js";
import { useTerminalSize } from "./hooks/use-terminal-size.js";
import { actionFor } from "./keymap.js";
import { openActionStatus, type StatusUpdate } from "./open-contact.js";
import { scrollAction } from "./scroll-actions.js";
import { clampOffset, describeScroll } from "./scroll-position.js";
import { SectionPane } from "./section-pane.js";
import { TabBar } from "./tab-bar.js";

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
	const [active, setActive] = useState(initialSection);
	const [offsets, setOffset] = useScrollOffsets();
	const [helpOpen, setHelpOpen] = useState(false);
	const [status, setStatus] = useState<string>();

	const frame = frameLayout(columns, rows);
	const hyperlinks = layoutOptions.links === "hyperlink";
	const header = useMemo(
		() => layoutHeader(resume.basics, columns, frame.headerMaxHeight, hyperlinks),
		[resume.basics, columns, frame.headerMaxHeight, hyperlinks],
	);
	const paneOptions = useMemo(() => ({ ...layoutOptions, width: frame.textWidth }), [layoutOptions, frame.textWidth]);
	const linesOf = useSectionLines(resume.sections, paneOptions);
	const help = useMemo(
		() => helpLines(layoutOptions.styles, resume.basics.contacts),
		[layoutOptions.styles, resume.basics.contacts],
	);
	const visibleHeight = paneHeight(frame, header.height);
	const scrollTab = helpOpen ? resume.sections.length : active;
	const lines = helpOpen ? help : linesOf(active);
	const offset = clampOffset(offsets[scrollTab] ?? 0, lines.length, visibleHeight);

	const report: StatusUpdate = setStatus;
	useInput(
		(input, key) => {
			setStatus(undefined);
			const pressed = actionFor(input, key);
			if (!pressed) return;
			if (helpOpen && (pressed.action === "toggleHelp" || (pressed.action === "quit" && key.escape))) {
				setHelpOpen(false);
				return;
			}
			switch (pressed.action) {
				case "quit":
					exit();
					return;
				case "toggleHelp":
					setHelpOpen(true);
					return;
				case "previousTab":
					setHelpOpen(false);
					setActive((tab) => Math.max(0, tab - 1));
					return;
				case "nextTab":
					setHelpOpen(false);
					setActive((tab) => Math.min(resume.sections.length - 1, tab + 1));
					return;
				case "jumpToTab":
					if (pressed.digit !== undefined && pressed.digit <= resume.sections.length) {
						setHelpOpen(false);
						setActive(pressed.digit - 1);
					}
					return;
				case "openGithub":
				case "openWebsite":
				case "openPdf":
				case "openEmail":
					openActionStatus(pressed.action, resume.basics.contacts, openUrl, report);
					return;
				default: {
					const next = scrollAction(pressed.action, offset, visibleHeight);
					setOffset(scrollTab, () => clampOffset(next, lines.length, visibleHeight));
				}
			}
		},
		{ isActive: isRawModeSupported === true },
	);

	if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
		return (
			<Text wrap="truncate-end" color="yellow">
				Enlarge the window ({MIN_COLUMNS}×{MIN_ROWS} at least)
			</Text>
		);
	}

	return (
		<Box flexDirection="column" width={columns} height={frame.height}>
			<Header layout={header} />
			<TabBar titles={resume.sections.map((section) => section.title)} active={active} columns={columns} />
			{frame.showSeparator ? <Text color="gray">{"─".repeat(columns)}</Text> : null}
			<SectionPane lines={lines} offset={offset} height={visibleHeight} width={columns} />
			<Footer
				{...(status ? { status } : {})}
				position={helpOpen ? "help" : describeScroll(offset, lines.length, visibleHeight)}
			/>
		</Box>
	);
}
