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
	const visible = lines.slice(offset, offset + height);
	const thumb = scrollThumb(offset, lines.length, height);
	const hasScrollbar = thumb.size > 0;
	return (
		<Box flexDirection="row" height={height} width={width}>
			<Box flexDirection="column" flexGrow={1} overflow="hidden">
				{visible.map((line, index) => (
					// Lines are positional: the same row shows another line after a scroll.
					// biome-ignore lint/suspicious/noArrayIndexKey: rows, not items
					<Text key={index} wrap="truncate-end">
						{line === "" ? " " : line}
					</Text>
				))}
			</Box>
			{hasScrollbar ? (
				<Box flexDirection="column" width={1}>
					{Array.from({ length: height }, (_, row) => (
						// biome-ignore lint/suspicious/noArrayIndexKey: rows, not items
						<Text key={row} color={row >= thumb.start && row < thumb.start + thumb.size ? "cyan" : "gray"}>
							{row >= thumb.start && row < thumb.start + thumb.size ? "┃" : "│"}
						</Text>
					))}
				</Box>
			) : null}
		</Box>
	);
}
