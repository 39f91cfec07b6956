import { Box, Text } from "ink";
import type { Styles } from "../render/styles.js";
import { KEYMAP } from "./keymap.js";

type FooterProps = {
	/** What just happened ("Opened …") or the search; replaces the key hints until it is over. */
	readonly message?: string;
	/** The message reports an action (it may carry a URL to copy), rather than a search. */
	readonly isStatus?: boolean;
	readonly position: string;
	readonly styles: Styles;
};

const HINTS = KEYMAP.flatMap((binding) => (binding.hint ? [binding.hint] : []));

export function Footer({ message, isStatus = false, position, styles }: FooterProps) {
	if (message && isStatus) {
		// A status may carry a URL to copy: it gets the whole row, not the position's leftovers.
		return <Text wrap="truncate-end">{styles.status(message)}</Text>;
	}
	return (
		<Box height={1} justifyContent="space-between" gap={2}>
			<Box flexShrink={1}>
				<Text wrap="truncate-end">{message ? styles.searchPrompt(message) : hintsText(styles)}</Text>
			</Box>
			<Box flexShrink={0}>
				<Text>{styles.footerText(position)}</Text>
			</Box>
		</Box>
	);
}

/** "←→ sections · ↑↓ scroll · …", each key in the key colour. */
function hintsText(styles: Styles): string {
	return HINTS.map((hint) => {
		const [key = "", ...words] = hint.split(" ");
		return `${styles.footerKey(key)} ${styles.footerText(words.join(" "))}`;
	}).join(styles.footerText(" · "));
}
