import { Box, Text } from "ink";
import type { Styles } from "../../render/styles.js";
import { TAB_GAP, tabLabels, tabText } from "./tab-labels.js";

type TabBarProps = {
	readonly titles: readonly string[];
	readonly active: number;
	readonly columns: number;
	readonly styles: Styles;
};

export function TabBar({ titles, active, columns, styles }: TabBarProps) {
	return (
		<Box gap={TAB_GAP} height={1}>
			{tabLabels(titles, active, columns).map((tab) => (
				<Text key={tab.index} wrap="truncate-end">
					{tabText(tab, styles)}
				</Text>
			))}
		</Box>
	);
}
