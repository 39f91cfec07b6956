import { Box, Text } from "ink";
import { scrollThumb } from "./scroll-position.js";

type SectionPaneProps = {
	readonly lines: readonly string[];
	readonly offset: number;
	readonly height: number;
	readonly width: number;
};

/** The visible slice of a section's lines, with a scrollbar when there is more. Only visible lines are rendered. */
export function SectionPane({ lines, offset, height, width }: SectionPaneProps) {
	const thumb = scrollThumb(offset, lines.length, height);
	const rows = Array.from({ length: height }, (_, row) => ({
		lineNumber: offset + row,
		text: lines[offset + row] ?? "",
		bar: thumb.size === 0 ? "" : row >= thumb.start && row < thumb.start + thumb.size ? "┃" : "│",
	}));
	return (
		<Box flexDirection="column" height={height} width={width}>
			{rows.map(({ lineNumber, text, bar }) => (
				<Box key={lineNumber} width={width}>
					<Box flexGrow={1} overflow="hidden">
						<Text wrap="truncate-end">{text === "" ? " " : text}</Text>
					</Box>
					<Text color={bar === "┃" ? "cyan" : "gray"}>{bar}</Text>
				</Box>
			))}
		</Box>
	);
}
