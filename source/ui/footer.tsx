import { Box, Text } from "ink";
import type { Styles } from "../render/styles.js";
import { HINTS_POSITION_GAP as GAP, hintsText } from "./footer-hints.js";

type FooterProps = {
	/** What just happened ("Opened …") or the search; replaces the key hints until it is over. */
	readonly message?: string;
	/** The message reports an action (it may carry a URL to copy), rather than a search. */
	readonly isStatus?: boolean;
	readonly position: string;
	/** Columns of the footer's row. */
	readonly width: number;
	readonly styles: Styles;
};

export function Footer({ message, isStatus = false, position, width, styles }: FooterProps) {
	if (message && isStatus) {
		// A status may carry a URL to copy: it gets the whole row, not the position's leftovers.
		return <Text wrap="truncate-end">{styles.status(message)}</Text>;
	}
	return (
		<Box height={1} justifyContent="space-between" gap={GAP}>
			<Box flexShrink={1}>
				<Text wrap="truncate-end">
					{message ? styles.searchPrompt(message) : hintsText(styles, width - position.length - GAP)}
				</Text>
			</Box>
			<Box flexShrink={0}>
				<Text>{styles.footerText(position)}</Text>
			</Box>
		</Box>
	);
}
