import type { Key } from "ink";
import type { Match } from "../../../source/ui/search/find-matches.js";
import type { Effect, Screen, ViewerEvent } from "../../../source/ui/state/viewer-events.js";
import { reduceViewer, type Update, type ViewerState } from "../../../source/ui/state/viewer-state.js";
import { NO_KEY } from "../helpers/ink-key.js";

/** Keys with a name, written `<Name>` in a sequence; as Ink's useInput reports them. */
const NAMED: Record<string, [string, Partial<Key>]> = {
	"<Esc>": ["", { escape: true, meta: true }],
	"<Enter>": ["\r", { return: true }],
	"<Backspace>": ["", { backspace: true }],
	"<Tab>": ["\t", { tab: true }],
	"<S-Tab>": ["", { tab: true, shift: true }],
	"<Left>": ["", { leftArrow: true }],
	"<Right>": ["", { rightArrow: true }],
	"<Up>": ["", { upArrow: true }],
	"<Down>": ["", { downArrow: true }],
	"<PgUp>": ["", { pageUp: true }],
	"<PgDn>": ["", { pageDown: true }],
	"<Home>": ["", { home: true }],
	"<End>": ["", { end: true }],
};

/** One key: `<Esc>`, `<C-u>` (Ctrl and a letter), or a character as typed. */
export function keyEvent(name: string, world: World, state: ViewerState): ViewerEvent {
	const ctrl = /^<C-(.)>$/.exec(name);
	const [input, flags] = ctrl
		? [ctrl[1] ?? "", { ctrl: true }]
		: (NAMED[name] ?? [name, { shift: /^[A-Z]$/.test(name) }]);
	const query = state.search?.query || state.lastQuery;
	const matches = query ? world.matches[query] : undefined;
	return {
		kind: "key",
		input,
		key: { ...NO_KEY, ...flags },
		screen: world.screen(state),
		found: query ? { query, matches: matches ?? [], sectionLines: world.sectionLines } : undefined,
	};
}

/** What the app knows of the layout, as the events would carry it. */
export type World = {
	readonly screen: (state: ViewerState) => Screen;
	readonly sectionLines: readonly number[];
	/** Matches of each query the test types. */
	readonly matches: Readonly<Record<string, readonly Match[]>>;
};

/** Four sections of 100 lines, a help of 30, a pane of 10 rows. */
export const FOUR_SECTIONS: World = {
	screen: (state) => ({ sectionCount: 4, visibleLines: 10, shownLines: state.helpOpen ? 30 : 100 }),
	sectionLines: [100, 100, 100, 100],
	matches: {},
};

/**
 * Feeds events to the reducer in order, as the app would; the last state and
 * every effect asked for on the way. Strings are keys, split on spaces: "/ g o <Enter> n".
 */
export function run(
	state: ViewerState,
	world: World,
	...steps: readonly (string | ViewerEvent)[]
): { state: ViewerState; effects: Effect[] } {
	const effects: Effect[] = [];
	let current: Update = { state, effects: [] };
	for (const step of steps) {
		const events = typeof step === "string" ? step.split(" ").filter(Boolean) : [step];
		for (const event of events) {
			current = reduceViewer(
				current.state,
				typeof event === "string" ? keyEvent(event === "<Space>" ? " " : event, world, current.state) : event,
			);
			effects.push(...current.effects);
		}
	}
	return { state: current.state, effects };
}
