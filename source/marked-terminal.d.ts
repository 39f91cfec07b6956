// marked-terminal ships no types: this declares the part source/render/rich-blocks.ts uses.
declare module "marked-terminal" {
	/** What marked-terminal passes to cli-table3's constructor, over the `head` it fills in. */
	export type TableOptions = {
		readonly colWidths?: readonly number[];
		readonly wordWrap?: boolean;
		/** cli-table3 colour names for the header cells and the borders; empty for none. */
		readonly style?: { readonly head?: readonly string[]; readonly border?: readonly string[] };
	};

	export type RendererOptions = {
		/** Styles code when highlighting fails. */
		readonly code?: (text: string) => string;
		/** Styles the drawn table as a whole. */
		readonly table?: (text: string) => string;
		/** Replace `:shortcode:` with emoji. */
		readonly emoji?: boolean;
		/** Decode `&amp;` and friends. */
		readonly unescape?: boolean;
		/** Columns a code block is indented by. */
		readonly tab?: number;
		readonly tableOptions?: TableOptions;
	};

	/**
	 * marked's renderer for terminals. Each method also takes marked's token
	 * (which needs a marked Parser for table cells); these are the forms that take
	 * text already rendered.
	 */
	export default class Renderer {
		constructor(options?: RendererOptions);
		code(token: { readonly text: string; readonly lang?: string; readonly escaped?: boolean }): string;
		/** A row of cells, each from `tablecell`. */
		tablerow(cells: string): string;
		tablecell(content: string): string;
		/** The header row and the body rows, each from `tablerow`. */
		table(header: string, body: string): string;
	}
}
