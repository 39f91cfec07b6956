import process from "node:process";
import { supportsColor } from "chalk";
import { createSupportsHyperlinks } from "supports-hyperlinks";
import { parseCommandLine } from "./command-line.js";
import { bundledResume } from "./content.js";
import { crashReport } from "./crash-report.js";
import type { TerminalCapabilities } from "./modes/terminal-options.js";
import { layoutOptionsFor } from "./modes/terminal-options.js";
import { contactCard } from "./print/contact-card.js";
import type { ColorLevel } from "./render/styles.js";
import { findSection } from "./resume/find-section.js";
import { loadResumeFile } from "./resume/load-resume.js";
import type { Resume } from "./resume/model.js";
import { backgroundFromColorFgBg } from "./terminal/background.js";
import { prepareTerminal } from "./terminal/prepared-terminal.js";
import { guardStartUp } from "./terminal/start-up-guard.js";
import { ViewerScreen } from "./terminal/viewer-screen.js";

const flagSpec = {
	print: { type: "boolean", default: false },
	json: { type: "boolean", default: false },
	vcard: { type: "boolean", default: false },
	section: { type: "string", shortFlag: "s" },
	file: { type: "string", shortFlag: "f" },
	color: { type: "boolean", default: true },
	theme: { type: "string", default: "auto" },
	width: { type: "number" },
	screenReader: { type: "boolean", default: false },
	mouse: { type: "boolean", default: true },
	help: { type: "boolean", shortFlag: "h" },
	version: { type: "boolean", shortFlag: "v" },
} as const;

const THEME_CHOICES = ["dark", "light", "auto"] as const;

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

function fail(message: string, code: number, command = "jvizcaino-resume"): never {
	process.stderr.write(`${command}: ${message}\n`);
	process.exit(code);
}

async function main(): Promise<void> {
	if (process.argv[2] === "serve") return serve();
	const cli = await parseCommandLine(process.argv.slice(2), {
		usage: async () => (await import("./usage-text.js")).usageText,
		flags: flagSpec,
		values: { section: "a section name", file: "a path", theme: "dark, light or auto", width: "a number of columns" },
		answersHelp: true,
		seeHelp: "(see --help)",
	});
	if (!cli.ok) fail(cli.error, EXIT_USAGE);
	const printWidth = widthFor(cli.flags.width, process.env.COLUMNS);
	if (cli.flags.json && cli.flags.print) fail("--print and --json each print the whole résumé: choose one", EXIT_USAGE);
	if (cli.flags.json && cli.flags.section !== undefined)
		fail("--section chooses what the viewer or --print shows; --json always has every section", EXIT_USAGE);
	if (cli.flags.vcard && (cli.flags.json || cli.flags.print || cli.flags.section !== undefined))
		fail("--vcard prints the contact alone: it takes --file, not --print, --json or --section", EXIT_USAGE);

	const resume = await chosenResume(cli.flags.file);

	let initialSection = 0;
	if (cli.flags.section !== undefined) {
		const found = findSection(resume, cli.flags.section);
		if (!found.ok) fail(found.error, EXIT_USAGE);
		initialSection = found.index;
	}

	const write = (text: string) => process.stdout.write(text);
	// Printed output's reader may stop early (`| head`): that ends the program quietly, as it does `cat`.
	// Any other failure to write (a full disk) is one line, not a stack trace.
	const printing = (error: NodeJS.ErrnoException) =>
		error.code === "EPIPE" ? process.exit(0) : fail(`cannot write the output: ${error.message}`, EXIT_FAILURE);
	if (cli.flags.json || cli.flags.vcard || !interactiveTerminal(cli.flags.print)) process.stdout.on("error", printing);
	// Each mode loads what it needs when it is chosen: --version never initialises
	// the layout code, printing never React, Ink or yoga's WebAssembly.
	if (cli.flags.json) return (await import("./modes/json-mode.js")).runJsonMode(resume, write);
	if (cli.flags.vcard) return (await import("./modes/vcard-mode.js")).runVcardMode(resume, write);

	const theme = THEME_CHOICES.find((choice) => choice === cli.flags.theme);
	if (!theme) fail(`--theme must be dark, light or auto, not "${cli.flags.theme}"`, EXIT_USAGE);
	const capabilities = detectCapabilities(cli.flags, theme);
	if (!interactiveTerminal(cli.flags.print)) {
		// --width, else $COLUMNS when piped, else the terminal's width; piped with neither, no wrapping.
		const columns = cli.flags.width ?? (capabilities.columns === undefined ? printWidth : capabilities.columns);
		// --section with --print prints the header and that section alone.
		const printed =
			cli.flags.section === undefined
				? resume
				: { ...resume, sections: resume.sections.slice(initialSection, initialSection + 1) };
		return (await import("./modes/print-mode.js")).runPrintMode(printed, { ...capabilities, columns }, write);
	}
	// Raw mode, mouse reporting and the background question before Ink loads (see prepareTerminal);
	// the terminal is restored on the way out, and on exit whatever happened.
	const terminal = prepareTerminal(process.stdin, process.stdout, capabilities);
	process.once("exit", terminal.restore);
	// The first frame, drawn before Ink, React and yoga are even loaded; Ink's own lands on it unchanged.
	// Both go through one screen, which enters the alternate screen with the painted frame's first byte.
	const screen = new ViewerScreen(process.stdout, { alternateScreen: !capabilities.screenReader });
	const card = () =>
		contactCard(resume.basics, { ...layoutOptionsFor(capabilities), width: process.stdout.columns || 80 });
	// Whatever ends the process before the viewer took the screen over still gives the normal screen back.
	process.once("exit", () => screen.leave(card()));
	// Ctrl-Z, the signals that end the viewer and a fault are handled from the painted frame on,
	// not only once Ink is up (the viewer's own handlers take over then).
	terminal.suspendWith(screen);
	const startUp = guardStartUp((error) => {
		screen.leave(card());
		terminal.restore();
		fail(crashReport(error, process.env.DEBUG), EXIT_FAILURE);
	});
	const { paintFirstFrame } = await import("./first-frame/paint-first-frame.js");
	await paintFirstFrame(resume, { capabilities, initialSection, background: terminal.background }, screen);
	const { runInteractiveMode } = await import("./modes/interactive-mode.js");
	return runInteractiveMode(resume, {
		capabilities,
		initialSection,
		terminal,
		screen,
		startUp,
		debug: process.env.DEBUG,
		browser: {
			browser: process.env.BROWSER || undefined,
			remoteSession: Boolean(process.env.SSH_CONNECTION || process.env.SSH_CLIENT || process.env.SSH_TTY),
		},
	});
}

/** `serve` is a bundle of its own (ssh2), loaded only for it; it borrows this one's viewer (serve/viewer-kit.ts). */
async function serve(): Promise<void> {
	// Its flags go through the same parser as the viewer's (command-line.ts), in this bundle.
	const [{ parseServeFlags }, { serveHelpText }] = await Promise.all([
		import("./serve/serve-flags.js"),
		import("./serve/serve-help.js"),
	]);
	const flags = await parseServeFlags(process.argv.slice(3));
	if (!flags.ok) fail(flags.error, EXIT_USAGE, "jvizcaino-resume serve");
	if (flags.options.help) return void process.stdout.write(serveHelpText);
	const { runServe }: typeof import("./serve/serve-command.js") = await import(
		new URL("./serve.js", import.meta.url).href
	);
	const { XDG_DATA_HOME, LOCALAPPDATA } = process.env;
	// Ink draws only a last frame when it thinks it runs in CI; a reader's terminal never is one.
	process.env.CI = process.env.CONTINUOUS_INTEGRATION = "false";
	const loadKit = () => import("./serve/viewer-kit.js");
	process.exit(await runServe(flags.options, { XDG_DATA_HOME, LOCALAPPDATA }, loadKit));
}

/**
 * The viewer needs a terminal on both sides that can move its cursor: piped, redirected, with
 * --print or on a TERM=dumb terminal (Emacs' shell, some CI logs), the résumé is printed instead.
 */
function interactiveTerminal(print: boolean): boolean {
	return process.stdout.isTTY === true && process.stdin.isTTY === true && !print && process.env.TERM !== "dumb";
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

/** Columns to wrap printed text to: --width, else $COLUMNS; undefined for neither. Not a width: a usage error. */
function widthFor(flag: number | undefined, columnsVariable: string | undefined): number | undefined {
	if (flag !== undefined) {
		if (!Number.isInteger(flag) || flag < 1) fail("--width must be a whole number of columns (see --help)", EXIT_USAGE);
		return flag;
	}
	const fromEnvironment = Number(columnsVariable);
	return columnsVariable && Number.isInteger(fromEnvironment) && fromEnvironment > 0 ? fromEnvironment : undefined;
}

/**
 * FORCE_HYPERLINK=1 or 0 decides (the supports-hyperlinks convention, as FORCE_COLOR is for
 * colour), piped or not. Otherwise only a terminal known to support them gets OSC 8 links, and
 * not under NO_COLOR, which asks for text without escape codes.
 */
function wantsHyperlinks(noColor: boolean, isTerminal: boolean): boolean {
	if (process.env.FORCE_HYPERLINK) return createSupportsHyperlinks(process.stdout);
	return isTerminal && !noColor && createSupportsHyperlinks(process.stdout);
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
		hyperlinks: !screenReader && wantsHyperlinks(noColor, isTerminal),
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
	// The last line of defence: a reader sees one line, a maintainer asks for the stack (source/crash-report.ts).
	fail(crashReport(error, process.env.DEBUG), EXIT_FAILURE);
}
