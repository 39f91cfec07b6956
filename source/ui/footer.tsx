import { Box, Text } from "ink";
import { KEYMAP } from "./keymap.js";

type FooterProps = {
	/** What just happened ("Opened …"); replaces the key hints until the next key. */
	readonly status?: string;
	readonly position: string;
};

const HINTS = KEYMAP.flatMap((binding) => (binding.hint ? [binding.hint] : []));

export function Footer({ status, position }: FooterProps) {
	if (status) {
		// A status may carry a URL to copy: it gets the whole row, not the position's leftovers.
		return (
			<Text wrap="truncate-end" color="yellow">
				{status}
			</Text>
		);
	}
	return (
		<Box height={1} justifyContent="space-between" gap={2}>
			<Box flexShrink={1}>
				<Text wrap="truncate-end" color="gray">
					{HINTS.join(" · ")}
				</Text>
			</Box>
			<Box flexShrink={0}>
				<Text color="gray">{position}</Text>
			</Box>
		</Box>
	);
}
