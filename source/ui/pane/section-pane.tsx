import { Box, Text } from "ink";
import type { Styles } from "../../render/styles.js";
import { scrollbarCells } from "./scroll-position.js";

type SectionPaneProps = {
	/** The visible lines only, already wrapped to the pane's width. */
	readonly lines: readonly string[];
	/** Lines in the whole section, and the first one shown: where the scrollbar's thumb sits. */
	readonly totalLines: number;
	readonly offset: number;
	readonly height: number;
	readonly width: number;
	readonly styles: Styles;
};

/**
 * The visible slice of a section's lines, with a scrollbar when there is more.
 * One text block: lines are already wrapped to the pane's width, and one Ink
 * node instead of one per row keeps a key press's re-layout cheap. No
 * `overflow="hidden"`: the lines fit by construction, and Ink's clipping
 * re-slices every line of every frame.
 */
export function SectionPane({ lines, totalLines, offset, height, width, styles }: SectionPaneProps) {
	const scrollbar = scrollbarCells(offset, totalLines, height, styles);
	return (
		<Box height={height} width={width} justifyContent="space-between">
			<Box width={width - 1}>
				<Text wrap="truncate-end">{lines.join("\n")}</Text>
			</Box>
			{scrollbar.length > 0 ? <Text>{scrollbar.join("\n")}</Text> : null}
		</Box>
	);
}
