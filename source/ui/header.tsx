import { Box, Text } from "ink";
import BigText from "ink-big-text";
import Link from "ink-link";
import { memo } from "react";
import { CFONT_OPTIONS } from "./big-name.js";
import { CONTACT_GAP, type ContactItem, type HeaderLayout, INFO_SEPARATOR } from "./header-layout.js";

type HeaderProps = { readonly layout: HeaderLayout };

/** Name (big when it fits), title, location and the contact links. Memoised: it only changes on resize. */
export const Header = memo(function Header({ layout }: HeaderProps) {
	return (
		<Box flexDirection="column">
			{layout.bigName ? (
				<Text color="cyan">
					{/* spaceless: see CFONT_OPTIONS; ink-big-text's types predate the option. */}
					<BigText text={layout.bigName.text} font={layout.bigName.font} {...(CFONT_OPTIONS as object)} />
				</Text>
			) : null}
			{layout.infoRows.map((row, rowIndex) => (
				<Text key={row.join()} wrap="truncate-end">
					{row.map((part, index) => (
						<Text key={part}>
							{index > 0 ? <Text color="gray">{INFO_SEPARATOR}</Text> : null}
							{rowIndex === 0 && index === 0 ? (
								<Text bold color="cyan">
									{part}
								</Text>
							) : (
								part
							)}
						</Text>
					))}
				</Text>
			))}
			{layout.contactRows.map((row) => (
				<Box key={row.map((item) => item.contact.url).join()} gap={CONTACT_GAP}>
					{row.map((item) => (
						<ContactLink key={item.contact.url} item={item} />
					))}
				</Box>
			))}
		</Box>
	);
});

function ContactLink({ item }: { readonly item: ContactItem }) {
	return (
		<Text wrap="truncate-end">
			{item.key ? <Text color="yellow">{item.key} </Text> : null}
			{/* The shown text is already the URL where links are not clickable: no fallback, no repeated URL. */}
			<Link url={item.contact.url} fallback={false}>
				<Text color="blue">{item.text}</Text>
			</Link>
		</Text>
	);
}
