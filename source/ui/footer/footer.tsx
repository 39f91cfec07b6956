import { Box, Text } from "ink";
import type { Styles } from "../../render/styles.js";
import { fittingHints, HINT_SEPARATOR } from "./footer-hints.js";
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
	readonly styles: Styles;
};

/** Between the hints and the position. */
const GAP = 2;

export function Footer({ message, isStatus = false, position, width, maxRows = 1, styles }: FooterProps) {
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
					{message ? styles.searchPrompt(message) : hintsText(styles, width - position.length - GAP)}
				</Text>
			</Box>
			<Box flexShrink={0}>
				<Text>{styles.footerText(position)}</Text>
			</Box>
		</Box>
	);
}

/** "←→ sections · ↑↓ scroll · …" as far as `columns` allows, each key in the key colour. */
function hintsText(styles: Styles, columns: number): string {
	return fittingHints(columns)
		.map((hint) => {
			const [key = "", ...words] = hint.split(" ");
			return `${styles.footerKey(key)} ${styles.footerText(words.join(" "))}`;
		})
		.join(styles.footerText(HINT_SEPARATOR));
}
