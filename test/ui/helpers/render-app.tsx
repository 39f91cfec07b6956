import type { EventEmitter } from "node:events";
import { readFileSync } from "node:fs";
import { stripVTControlCharacters } from "node:util";
import { useStdin, useStdout } from "ink";
import { render } from "ink-testing-library";
import { type ReactNode, useEffect, useLayoutEffect } from "react";
import { onTestFinished } from "vitest";
import type { OpenOutcome } from "../../../source/open-url.js";
import { createStyles } from "../../../source/render/styles.js";
import type { Resume } from "../../../source/resume/model.js";
import { parseMarkdown } from "../../../source/resume/parse-markdown.js";
import { App } from "../../../source/ui/app.js";
import { waitFor } from "../../helpers/wait-for.js";

/** What a terminal sends for each named key. */
export const KEYS = {
	right: "\u001B[C",
	left: "\u001B[D",
	up: "\u001B[A",
	down: "\u001B[B",
	pageUp: "\u001B[5~",
	pageDown: "\u001B[6~",
	home: "\u001B[H",
	end: "\u001B[F",
	tab: "\t",
	shiftTab: "\u001B[Z",
	escape: "\u001B",
	ctrlC: "\u0003",
} as const;

export type KeyName = keyof typeof KEYS;

/** A résumé of test/fixtures/, parsed: the viewer's tests never depend on content/resume.md. */
export function fixtureResume(name = "sample-resume.md"): Resume {
	const parsed = parseMarkdown(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8"));
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.resume;
}

/** Ada Quill's: five sections, the four kinds of contact link, a first section longer than a screen. */
export const sampleResume = (): Resume => fixtureResume();

/** Reports when the tree below it is unmounted: how Ink's exit shows from inside React. */
function UnmountSignal({ onUnmount, children }: { readonly onUnmount: () => void; readonly children: ReactNode }) {
	useEffect(() => onUnmount, [onUnmount]);
	return children;
}

/**
 * Ink hands a key to the handler of the last render *subscribed* to input, and
 * useInput re-subscribes in a passive effect that runs after the frame is
 * written. This reports each subscription, with how many frames were written
 * by then, so a test never types into the handler of a frame already replaced.
 */
function InputSubscriptionProbe({ onSubscribe }: { readonly onSubscribe: (framesWritten: number) => void }) {
	const { internal_eventEmitter: events } = useStdin() as { internal_eventEmitter: EventEmitter };
	// ink-testing-library's stdout keeps every frame written.
	const { frames } = useStdout().stdout as unknown as { frames: readonly string[] };
	useLayoutEffect(() => {
		const onNewListener = (event: string) => {
			if (event === "input") onSubscribe(frames.length);
		};
		events.on("newListener", onNewListener);
		return () => {
			events.off("newListener", onNewListener);
		};
	}, [events, frames, onSubscribe]);
	return null;
}

export type RenderAppOptions = {
	readonly resume?: Resume;
	readonly links?: "text" | "hyperlink";
	readonly initialSection?: number;
	/** What the injected browser answers; every URL asked for is recorded in `openedUrls` either way. */
	readonly openOutcome?: OpenOutcome;
	/** As under `serve`: no browser can be launched, link keys copy. */
	readonly canOpenLinks?: boolean;
};

export type AppSession = ReturnType<typeof renderApp>;

/**
 * Renders the viewer with a fixture résumé (sampleResume unless told), no colours, and a browser that only
 * records URLs; it is unmounted when the test finishes.
 *
 * Drive it one key at a time: `press` a key, then `waitForFrame` for what it
 * shows. A key expected to do nothing is followed by `settle()`.
 */
export function renderApp(options: RenderAppOptions = {}) {
	const openedUrls: string[] = [];
	/** What the viewer wrote beside its frames: the clipboard's escape sequences. */
	const terminalWrites: string[] = [];
	const outcome: OpenOutcome = options.openOutcome ?? { opened: true, via: "test browser" };
	const openUrl = async (url: string): Promise<OpenOutcome> => {
		openedUrls.push(url);
		return outcome;
	};

	let unmounted = false;
	let resolveExited = () => {};
	const exited = new Promise<void>((resolve) => {
		resolveExited = resolve;
	});
	const onUnmount = () => {
		unmounted = true;
		resolveExited();
	};
	let framesAtSubscription = -1;
	const onSubscribe = (framesWritten: number) => {
		framesAtSubscription = framesWritten;
	};

	const instance = render(
		<UnmountSignal onUnmount={onUnmount}>
			<InputSubscriptionProbe onSubscribe={onSubscribe} />
			<App
				resume={options.resume ?? sampleResume()}
				layoutOptions={{ styles: createStyles(0), links: options.links ?? "text" }}
				initialSection={options.initialSection}
				openUrl={openUrl}
				canOpenLinks={options.canOpenLinks}
				writeToTerminal={(data) => terminalWrites.push(data)}
			/>
		</UnmountSignal>,
	);
	onTestFinished(() => instance.unmount());
	const { stdin, stdout } = instance;

	/** The frame as a person reads it: no colours, no escape sequences. */
	const frame = (): string => stripVTControlCharacters(stdout.lastFrame() ?? "");
	const rawFrame = (): string => stdout.lastFrame() ?? "";
	const isListening = () => stdin.listenerCount("readable") > 0;
	const ready = () => isListening() && framesAtSubscription === stdout.frames.length;

	/** Waits until the visible frame satisfies `check` (text it must contain, or a predicate); returns it. */
	const waitForFrame = async (check: string | ((frame: string) => boolean)): Promise<string> => {
		const holds = typeof check === "string" ? (text: string) => text.includes(check) : check;
		const wanted = typeof check === "string" ? JSON.stringify(check) : "the expected frame";
		await waitFor(
			() => holds(frame()),
			() => `${wanted}; last frame:\n${frame()}`,
		);
		return frame();
	};

	/** Types one key (a name from KEYS, or a character) once the viewer listens to the keyboard. */
	const press = async (key: KeyName | (string & {})): Promise<void> => {
		await waitFor(
			() => ready() || unmounted,
			() => "the viewer to listen to the keyboard",
		);
		if (unmounted) throw new Error(`the viewer has quit; cannot press ${JSON.stringify(key)}`);
		stdin.write(Object.hasOwn(KEYS, key) ? KEYS[key as KeyName] : key);
	};

	/**
	 * Proves every key pressed so far was handled, whatever it did: keys are
	 * handled in order, so once the help opened by "?" shows and closes, earlier keys are done.
	 */
	const settle = async (): Promise<void> => {
		await press("?");
		await waitForFrame(helpShown);
		await press("?");
		await waitForFrame((text) => !helpShown(text));
	};

	return {
		stdin,
		stdout,
		frame,
		rawFrame,
		press,
		settle,
		waitForFrame,
		openedUrls,
		terminalWrites,
		/** Resolves when the viewer has quit (Ink unmounted it). */
		exited,
		hasExited: () => unmounted,
		isListening,
		/** Gives the testing stdout a terminal size and tells the viewer, as a terminal's SIGWINCH would. */
		resize(columns: number, rows: number) {
			Object.defineProperty(stdout, "columns", { value: columns, configurable: true });
			Object.defineProperty(stdout, "rows", { value: rows, configurable: true });
			stdout.emit("resize");
		},
	};
}

/** Renders the viewer and waits for its first frame. */
export async function startViewer(options: RenderAppOptions = {}): Promise<AppSession> {
	const app = renderApp(options);
	await app.waitForFrame((frame) => positionOf(frame) !== "");
	return app;
}

/** Lines of a frame, trailing spaces dropped. */
export function linesOf(frame: string): string[] {
	return frame.split("\n").map((line) => line.trimEnd());
}

/** The last line: key hints or a status on the left, the scroll position on the right. */
export function footerOf(frame: string): string {
	return linesOf(frame).at(-1) ?? "";
}

/** The footer's right-hand side: "1–14 of 91", "all 12", or over the help "help 1–14 of 31". */
export function positionOf(frame: string): string {
	return /(?:help )?(?:\d+–\d+ of \d+|all \d+)$/.exec(footerOf(frame))?.[0] ?? "";
}

/** Whether the help screen is what the pane shows. */
export function helpShown(frame: string): boolean {
	return positionOf(frame).startsWith("help");
}

/** The footer's left-hand side: the key hints, or what just happened. */
export function statusOf(frame: string): string {
	const footer = footerOf(frame);
	return footer.slice(0, footer.length - positionOf(frame).length).trimEnd();
}

/** The text of the pane's lines (between the rule under the tabs and the footer), without the scrollbar. */
export function paneLinesOf(frame: string): string[] {
	const lines = linesOf(frame);
	const rule = lines.findIndex((line) => /^─+$/.test(line));
	return lines.slice(rule + 1, -1).map((line) => line.replace(/ *[┃│]$/, ""));
}

/** The tab bar's active label, e.g. "[2 Studies]". */
export function activeTabOf(frame: string): string {
	return /\[\d[^\]]*\]/.exec(frame)?.[0] ?? "";
}

/** How many times `url` is shown as a whole URL (not as the start of a longer one). */
export function countUrl(text: string, url: string): number {
	const escaped = url.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
	return text.match(new RegExp(`${escaped}(?![\\w/.-])`, "g"))?.length ?? 0;
}
