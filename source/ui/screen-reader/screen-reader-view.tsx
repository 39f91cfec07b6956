import { Box, Text } from "ink";
import type { ScreenReaderLayout } from "./screen-reader-layout.js";

type ScreenReaderViewProps = {
	readonly layout: ScreenReaderLayout;
	readonly titles: readonly string[];
	/** The selected tab, or undefined while the help or the contact card is read. */
	readonly active: number | undefined;
	readonly lines: readonly string[];
	readonly position: string;
	/** The last action's outcome or the search, said before the keys. */
	readonly message?: string;
	/** What the lines are when no tab is selected: the help unless said otherwise. */
	readonly heading?: string;
};

/**
 * The viewer for screen readers (Ink's screen-reader mode): one column of
 * sentences in reading order, no big text, box drawing or scrollbar, and Ink's
 * ARIA roles on the tabs and links so they are announced as such.
 */
export function ScreenReaderView({
	layout,
	titles,
	active,
	lines,
	position,
	message,
	heading = "Help.",
}: ScreenReaderViewProps) {
	return (
		<Box flexDirection="column">
			<Text>{layout.intro}</Text>
			<Box aria-role="list" flexDirection="column">
				{layout.links.map((link) => (
					<Box key={link} aria-role="listitem" aria-label={`link ${link}`}>
						<Text>{link}</Text>
					</Box>
				))}
			</Box>
			<Box aria-role="tablist" flexDirection="column">
				{titles.map((title, index) => (
					<Box
						key={title}
						aria-role="tab"
						aria-state={{ selected: index === active }}
						aria-label={`${index + 1} of ${titles.length}, ${title}`}
					>
						<Text>{title}</Text>
					</Box>
				))}
			</Box>
			{active === undefined ? <Text>{heading}</Text> : null}
			<Text>{lines.join("\n")}</Text>
			<Text>{position}</Text>
			<Text>{message ? `${message}. ${layout.keys}` : layout.keys}</Text>
		</Box>
	);
}
