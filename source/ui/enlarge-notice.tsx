import { Box, Text } from "ink";
import type { Styles } from "../render/styles.js";
import { MIN_COLUMNS, MIN_ROWS } from "./frame-layout.js";

type EnlargeNoticeProps = {
	/** Rows of the terminal. */
	readonly rows: number;
	readonly styles: Styles;
};

/** What a terminal too small for the frame shows instead: how large to make it, and how to leave. */
export function EnlargeNotice({ rows, styles }: EnlargeNoticeProps) {
	// The frame is one row short of the terminal: a second line only from three rows up.
	return (
		<Box flexDirection="column">
			<Text wrap="truncate-end">{styles.notice(`Enlarge to ${MIN_COLUMNS}×${MIN_ROWS}`)}</Text>
			{rows >= 3 ? <Text wrap="truncate-end">{styles.footerText("q quits")}</Text> : null}
		</Box>
	);
}
