import { Box, Text } from "ink";
import { TAB_GAP, tabLabels } from "./tab-labels.js";

type TabBarProps = {
	readonly titles: readonly string[];
	readonly active: number;
	readonly columns: number;
};

export function TabBar({ titles, active, columns }: TabBarProps) {
	return (
		<Box gap={TAB_GAP} height={1}>
			{tabLabels(titles, active, columns).map((tab) => (
				<Text
					key={tab.index}
					wrap="truncate-end"
					{...(tab.active ? { bold: true, inverse: true, color: "cyan" } : { color: "gray" })}
				>
					{tab.text}
				</Text>
			))}
		</Box>
	);
}
