import { Box, Text } from "ink";
import { scrollThumb } from "./scroll-position.js";

type SectionPaneProps = {
	readonly lines: readonly string[];
	readonly offset: number;
	readonly height: number;
	readonly width: number;
};

/**
 * The visible slice of a section's lines, with a scrollbar when there is more.
 * Only the visible lines are rendered, as one text block: lines are already
 * wrapped to the pane's width, and one Ink node instead of one per row keeps a
 * key press's re-layout cheap. No `overflow="hidden"`: the lines fit by
 * construction, and Ink's clipping re-slices every line of every frame.
 */
export function SectionPane({ lines, offset, height, width }: SectionPaneProps) {
	const visible = lines.slice(offset, offset + height);
	const thumb = scrollThumb(offset, lines.length, height);
	const track = Array.from({ length: height }, (_, row) => row >= thumb.start && row < thumb.start + thumb.size);
	return (
		<Box height={height} width={width} justifyContent="space-between">
			<Box width={width - 1}>
				<Text wrap="truncate-end">{visible.join("\n")}</Text>
			</Box>
			{thumb.size > 0 ? (
				<Text>
					<Text color="gray">
						{track
							.slice(0, thumb.start)
							.map(() => "│")
							.join("\n")}
					</Text>
					{thumb.start > 0 ? "\n" : ""}
					<Text color="cyan">
						{track
							.slice(thumb.start, thumb.start + thumb.size)
							.map(() => "┃")
							.join("\n")}
					</Text>
					{thumb.start + thumb.size < height ? "\n" : ""}
					<Text color="gray">
						{track
							.slice(thumb.start + thumb.size)
							.map(() => "│")
							.join("\n")}
					</Text>
				</Text>
			) : null}
		</Box>
	);
}
