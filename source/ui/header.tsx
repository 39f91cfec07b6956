import { Box, Text, Transform } from "ink";
import { memo } from "react";
import type { Styles } from "../render/styles.js";
import type { HeaderLayout } from "./header-layout.js";
import { bigNameText, CONTACT_GAP, contactText, infoRowTexts } from "./header-text.js";

type HeaderProps = {
	readonly layout: HeaderLayout;
	readonly styles: Styles;
	/** Marks search matches in the info rows (place -1). */
	readonly highlight: (place: number, lines: readonly string[]) => readonly string[];
};

/** Name (big when it fits), title, location and the contact links. Memoised: it changes on resize and search only. */
export const Header = memo(function Header({ layout, styles, highlight }: HeaderProps) {
	const infoRows = highlight(-1, infoRowTexts(layout, styles));
	return (
		<Box flexDirection="column">
			{layout.bigName ? (
				// Coloured line by line after layout, in the theme's colour for the name.
				<Transform transform={(line) => styles.name(line)}>
					<Text>{bigNameText(layout.bigName)}</Text>
				</Transform>
			) : null}
			{infoRows.map((row, index) => (
				<Text key={layout.infoRows[index]?.join() ?? index} wrap="truncate-end">
					{row}
				</Text>
			))}
			{layout.contactRows.map((row) => (
				<Box key={row.map((item) => item.contact.url).join()} gap={CONTACT_GAP}>
					{row.map((item) => (
						<Text key={item.contact.url} wrap="truncate-end">
							{contactText(item, styles)}
						</Text>
					))}
				</Box>
			))}
		</Box>
	);
});
