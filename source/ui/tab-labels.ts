import stringWidth from "string-width";

export type TabLabel = {
	readonly index: number;
	readonly text: string;
	readonly active: boolean;
};

const GAP = 1;

/**
 * Tab labels that fit `columns`: every title when they fit, else the active
 * title with the others shortened to their number, else the active one alone.
 * The active tab carries brackets as well as colour, so it never rests on colour alone.
 */
export function tabLabels(titles: readonly string[], active: number, columns: number): TabLabel[] {
	const label = (title: string, index: number, full: boolean): TabLabel => {
		const text = full ? `${index + 1} ${title}` : `${index + 1}`;
		return {
			index,
			text: index === active ? `[${text}]` : ` ${text} `,
			active: index === active,
		};
	};
	const full = titles.map((title, index) => label(title, index, true));
	if (fits(full, columns)) return full;
	const compact = titles.map((title, index) => label(title, index, index === active));
	if (fits(compact, columns)) return compact;
	const activeTitle = titles[active] ?? "";
	return [
		{
			index: active,
			text: `[${active + 1}/${titles.length} ${activeTitle}]`,
			active: true,
		},
	];
}

function fits(labels: readonly TabLabel[], columns: number): boolean {
	return labels.reduce((sum, item) => sum + stringWidth(item.text), 0) + GAP * (labels.length - 1) <= columns;
}

export { GAP as TAB_GAP };
