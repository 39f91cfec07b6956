import { Chalk, type ChalkInstance } from "chalk";

/** 0 no colour, 1 16 colours, 2 256 colours, 3 truecolor: as chalk counts them. */
export type ColorLevel = 0 | 1 | 2 | 3;

/** Every style the views apply, by what it is for. */
export type Styles = {
	readonly name: (text: string) => string;
	readonly sectionTitle: (text: string) => string;
	readonly organisation: (text: string) => string;
	readonly role: (text: string) => string;
	readonly dates: (text: string) => string;
	readonly groupHeading: (text: string) => string;
	readonly bullet: (text: string) => string;
	readonly muted: (text: string) => string;
	readonly strong: (text: string) => string;
	readonly emphasis: (text: string) => string;
	readonly code: (text: string) => string;
	readonly link: (text: string) => string;
	readonly accent: (text: string) => string;
};

export function createStyles(level: ColorLevel): Styles {
	const chalk: ChalkInstance = new Chalk({ level });
	return {
		name: chalk.bold.cyan,
		sectionTitle: chalk.bold.cyan,
		organisation: chalk.bold.cyan,
		role: chalk.bold,
		dates: chalk.yellow,
		groupHeading: chalk.bold.magenta,
		bullet: chalk.cyan,
		muted: chalk.gray,
		strong: chalk.bold,
		emphasis: chalk.italic,
		code: chalk.green,
		link: chalk.blue.underline,
		accent: chalk.cyan,
	};
}
