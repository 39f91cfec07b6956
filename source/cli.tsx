import process from "node:process";
import { supportsColor } from "chalk";
import type { Result as MeowResult } from "meow";
import { createSupportsHyperlinks } from "supports-hyperlinks";
import packageJson from "../package.json" with { type: "json" };
import { bundledResume } from "./content.js";
import { helpText } from "./help-text.js";
import type { TerminalCapabilities } from "./modes/terminal-options.js";
import type { ColorLevel } from "./render/styles.js";
import { findSection } from "./resume/find-section.js";
import { loadResumeFile } from "./resume/load-resume.js";
import type { Resume } from "./resume/model.js";
import { backgroundFromColorFgBg } from "./terminal/background.js";
import { prepareTerminal } from "./terminal/prepared-terminal.js";

const flagSpec = {
	print: { type: "boolean", default: false },
	json: { type: "boolean", default: false },
	section: { type: "string", shortFlag: "s" },
	file: { type: "string", shortFlag: "f" },
	color: { type: "boolean", default: true },
	theme: { type: "string", default: "auto" },
	screenReader: { type: "boolean", default: false },
	mouse: { type: "boolean", default: true },
	help: { type: "boolean", shortFlag: "h" },
	version: { type: "boolean", shortFlag: "v" },
} as const;

const THEME_CHOICES = ["dark", "light", "auto"] as const;

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

function fail(message: string, code: number): never {
	process.stderr.write(`jvizcaino-resume: ${message}\n`);
	process.exit(code);
}

async function main(): Promise<void> {
	if (process.argv[2] === "serve") return serve();
	const cli = await parseCommandLine();
	const unknown = Object.keys(cli.unnormalizedFlags).filter((flag) => !isKnownFlag(flag));
	if (unknown.length > 0) {
		const [first] = unknown;
		fail(`unknown option ${first && first.length === 1 ? `-${first}` : `--${first}`} (see --help)`, EXIT_USAGE);
	}
	if (cli.input.length > 0) fail(`unexpected argument "${cli.input[0]}" (see --help)`, EXIT_USAGE);
	if (cli.flags.json && cli.flags.print) fail("--print and --json each print the whole résumé: choose one", EXIT_USAGE);
	if (cli.flags.json && cli.flags.section !== undefined)
		fail("--section chooses what the viewer or --print shows; --json always has every section", EXIT_USAGE);

	const resume = await chosenResume(cli.flags.file);

	let initialSection = 0;
	if (cli.flags.section !== undefined) {
		const found = findSection(resume, cli.flags.section);
		if (!found.ok) fail(found.error, EXIT_USAGE);
		initialSection = found.index;
	}

	const write = (text: string) => process.stdout.write(text);
	// Each mode loads what it needs when it is chosen: --version never initialises
	// the layout code, printing never React, Ink or yoga's WebAssembly.
	if (cli.flags.json) return (await import("./modes/json-mode.js")).runJsonMode(resume, write);

	const theme = THEME_CHOICES.find((choice) => choice === cli.flags.theme);
	if (!theme) fail(`--theme must be dark, light or auto, not "${cli.flags.theme}"`, EXIT_USAGE);
	const capabilities = detectCapabilities(cli.flags, theme);
	const interactive = process.stdout.isTTY === true && process.stdin.isTTY === true && !cli.flags.print;
	if (!interactive) {
		// --section with --print prints the header and that section alone.
		const printed =
			cli.flags.section === undefined
				? resume
				: { ...resume, sections: resume.sections.slice(initialSection, initialSection + 1) };
		return (await import("./modes/print-mode.js")).runPrintMode(printed, capabilities, write);
	}
	// Raw mode, mouse reporting and the background question before Ink loads (see prepareTerminal);
	// the terminal is restored on the way out, and on exit whatever happened.
	const terminal = prepareTerminal(process.stdin, process.stdout, capabilities);
	process.once("exit", terminal.restore);
	// The first frame, drawn before Ink, React and yoga are even loaded; Ink's own lands on it unchanged.
	const { paintFirstFrame } = await import("./first-frame/paint-first-frame.js");
	const background = terminal.background ? { background: terminal.background } : {};
	await paintFirstFrame(resume, { capabilities, initialSection, ...background }, process.stdout);
	const { runInteractiveMode } = await import("./modes/interactive-mode.js");
	return runInteractiveMode(resume, {
		capabilities,
		initialSection,
		terminal,
		browser: {
			...(process.env.BROWSER ? { browser: process.env.BROWSER } : {}),
			remoteSession: Boolean(process.env.SSH_CONNECTION || process.env.SSH_CLIENT || process.env.SSH_TTY),
		},
	});
}

type CommandLine = {
	readonly flags: MeowResult<typeof flagSpec>["flags"];
	readonly unnormalizedFlags: Readonly<Record<string, unknown>>;
	readonly input: readonly string[];
};

/**
 * The flags, through meow (which also answers --help and --version). A bare `npx jvizcaino-resume`,
 * the usual start, gives meow nothing to parse: its defaults are read from flagSpec instead, and
 * meow (130 KB with its dependencies) is not even compiled before the first frame.
 */
async function parseCommandLine(): Promise<CommandLine> {
	if (process.argv.length <= 2) {
		const defaults = Object.entries(flagSpec).flatMap(([name, spec]) =>
			"default" in spec ? [[name, spec.default]] : [],
		);
		return { flags: Object.fromEntries(defaults) as CommandLine["flags"], unnormalizedFlags: {}, input: [] };
	}
	const { default: meow } = await import("meow");
	return meow(helpText, {
		importMeta: import.meta,
		pkg: packageJson,
		version: packageJson.version,
		description: false,
		// meow reports unknown flags on two lines and a usage dump; we want one line.
		allowUnknownFlags: true,
		flags: flagSpec,
	});
}

/** `serve` is a bundle of its own (ssh2), loaded only for it; it borrows this one's viewer (serve/viewer-kit.ts). */
async function serve(): Promise<void> {
	const { runServe }: typeof import("./serve/serve-command.js") = await import(
		new URL("./serve.js", import.meta.url).href
	);
	const { XDG_DATA_HOME, LOCALAPPDATA } = process.env;
	// Ink draws only a last frame when it thinks it runs in CI; a reader's terminal never is one.
	process.env.CI = process.env.CONTINUOUS_INTEGRATION = "false";
	const loadKit = () => import("./serve/viewer-kit.js");
	process.exit(await runServe(process.argv.slice(3), { XDG_DATA_HOME, LOCALAPPDATA }, loadKit));
}

/** The résumé to show: the one in the bundle, or `--file`'s. */
async function chosenResume(file: string | undefined): Promise<Resume> {
	if (file === undefined) {
		if (!bundledResume.ok) fail(`content/resume.md: ${bundledResume.error}`, EXIT_FAILURE);
		return bundledResume.resume;
	}
	if (file === "") fail("--file needs a path (see --help)", EXIT_USAGE);
	const loaded = await loadResumeFile(file);
	if (!loaded.ok) fail(loaded.error, loaded.code);
	return loaded.resume;
}

const KNOWN_FLAGS = new Set([...Object.keys(flagSpec), "s", "f", "h", "v", "noColor", "noMouse"]);

function isKnownFlag(flag: string): boolean {
	return KNOWN_FLAGS.has(flag);
}

type CapabilityFlags = { readonly color: boolean; readonly screenReader: boolean; readonly mouse: boolean };

function detectCapabilities(flags: CapabilityFlags, theme: (typeof THEME_CHOICES)[number]): TerminalCapabilities {
	const noColor = !flags.color || (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "");
	const screenReader = flags.screenReader || process.env.INK_SCREEN_READER === "true";
	// chalk's supportsColor already weighs FORCE_COLOR, TERM, COLORTERM and the stream being a TTY.
	// A screen reader reads words, not colours: its output has none.
	const colorLevel = noColor || screenReader ? 0 : ((supportsColor ? supportsColor.level : 0) as ColorLevel);
	const isTerminal = process.stdout.isTTY === true;
	const fromEnvironment = theme === "auto" ? backgroundFromColorFgBg(process.env.COLORFGBG) : undefined;
	return {
		colorLevel,
		// NO_COLOR asks for text without escape codes, and OSC 8 links are escape codes.
		hyperlinks: isTerminal && !noColor && !screenReader && createSupportsHyperlinks(process.stdout),
		columns: isTerminal ? process.stdout.columns || 80 : undefined,
		theme: theme === "auto" ? (fromEnvironment ?? "dark") : theme,
		askBackground: theme === "auto" && fromEnvironment === undefined && colorLevel > 0,
		screenReader,
		mouse: flags.mouse && !screenReader,
	};
}

try {
	await main();
} catch (error) {
	// The last line of defence: a reader never sees a stack trace.
	fail(`unexpected error: ${error instanceof Error ? error.message : String(error)}`, EXIT_FAILURE);
}
