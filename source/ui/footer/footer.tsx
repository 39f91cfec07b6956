import { Box, Text } from "ink";
import type { Styles } from "../../render/styles.js";
import type { ContactKind } from "../../resume/contact-kinds.js";
import { HINTS_POSITION_GAP as GAP, hintsText } from "./footer-hints.js";
import { statusLines } from "./status-lines.js";

type FooterProps = {
	/** What just happened ("Opened …") or the search; replaces the key hints until it is over. */
	readonly message?: string;
	/** The message reports an action (it may carry a URL to copy), rather than a search. */
	readonly isStatus?: boolean;
	readonly position: string;
	/** Columns of the footer's row. */
	readonly width: number;
	/** Rows a status may wrap onto (see statusLines); 1 by default. */
	readonly maxRows?: number;
	/** The kinds of contact the résumé has: the footer hints only at those links' keys. */
	readonly links?: ReadonlySet<ContactKind>;
	readonly styles: Styles;
};

export function Footer({ message, isStatus = false, position, width, maxRows = 1, links, styles }: FooterProps) {
	if (message && isStatus) {
		// A status may carry a URL to copy: it gets whole rows, as many as it needs, never a cut URL.
		return (
			<Box flexDirection="column">
				{statusLines(message, width, maxRows).map((line, index) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: rows of one text, in order
					<Text key={index}>{styles.status(line)}</Text>
				))}
			</Box>
		);
	}
	return (
		<Box height={1} justifyContent="space-between" gap={GAP}>
			<Box flexShrink={1}>
				<Text wrap="truncate-end">
					{message ? styles.searchPrompt(message) : hintsText(styles, width - position.length - GAP, links)}
				</Text>
			</Box>
			<Box flexShrink={0}>
				<Text>{styles.footerText(position)}</Text>
			</Box>
		</Box>
	);
}
