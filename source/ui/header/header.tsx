import cfontsSize from "cfonts/lib/Size.js";
import { Box, Text, Transform } from "ink";
import BigText from "ink-big-text";
import Link from "ink-link";
import { memo } from "react";
import type { Styles } from "../../render/styles.js";
import { opensUrl } from "../../resume/contact-kinds.js";
import { CFONT_OPTIONS } from "./big-name.js";
import { CONTACT_GAP, type ContactItem, type HeaderLayout, INFO_SEPARATOR } from "./header-layout.js";

// cfonts reads the terminal's width once, when it is imported (this process's stdout: under serve,
// not the reader's terminal), and breaks big text at that width forever after; ink-big-text offers
// no way to pass the current one. The header only ever asks for a font that fits (chooseBigName),
// so cfonts' own limit is lifted. The first frame painted before Ink draws the same letters from
// the font files (drawBigText), and a property test holds the two to the same output.
(cfontsSize.Size as { width: number }).width = Number.MAX_SAFE_INTEGER;

type HeaderProps = {
	readonly layout: HeaderLayout;
	readonly styles: Styles;
	/** Marks search matches in the info rows (place -1). */
	readonly highlight: (place: number, lines: readonly string[]) => readonly string[];
};

/** Name (big when it fits), title, location and the contact links. Memoised: it changes on resize and search only. */
export const Header = memo(function Header({ layout, styles, highlight }: HeaderProps) {
	const infoRows = highlight(
		-1,
		layout.infoRows.map((row, rowIndex) =>
			row
				.map((part, index) => (rowIndex === 0 && index === 0 ? styles.name(part) : styles.headerInfo(part)))
				.join(styles.separator(INFO_SEPARATOR)),
		),
	);
	return (
		<Box flexDirection="column">
			{layout.bigName ? (
				// Coloured line by line after layout: ink-big-text's own colours would go through
				// Ink's chalk, which follows this process's stdout, not the theme and terminal chosen.
				<Transform transform={(line) => styles.name(line)}>
					{/* spaceless: see CFONT_OPTIONS; ink-big-text's types predate the option. */}
					<BigText text={layout.bigName.text} font={layout.bigName.font} {...(CFONT_OPTIONS as object)} />
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
						<ContactLink key={item.contact.url} item={item} styles={styles} />
					))}
				</Box>
			))}
		</Box>
	);
});

function ContactLink({ item, styles }: { readonly item: ContactItem; readonly styles: Styles }) {
	return (
		<Text wrap="truncate-end">
			{item.key ? `${styles.contactKey(item.key)} ` : null}
			{/* The shown text is already the URL where links are not clickable: no fallback, no repeated URL. */}
			{opensUrl(item.contact.kind) ? (
				<Link url={item.contact.url} fallback={false}>
					{styles.link(item.text)}
				</Link>
			) : (
				styles.link(item.text)
			)}
		</Text>
	);
}
