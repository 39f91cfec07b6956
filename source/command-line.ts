import type { AnyFlags, Result } from "meow";
import packageJson from "../package.json" with { type: "json" };

/** How one command (the viewer, `serve`) reads its arguments: meow's flags, and what we add to them. */
export type CommandLineSpec<Flags extends AnyFlags> = {
	/** What `--help` prints, where meow answers it (`answersHelp`); loaded only when there are arguments. */
	readonly usage: () => Promise<string> | string;
	readonly flags: Flags;
	/** What each value flag takes, to say so when it is given none ("--theme needs dark, light or auto"). */
	readonly values: Readonly<Partial<Record<Extract<keyof Flags, string>, string>>>;
	/** Whether meow answers --help and --version itself (the viewer); else the flags say they were asked. */
	readonly answersHelp: boolean;
	/** How the one line of a usage error ends: "(see --help)". */
	readonly seeHelp: string;
};

export type CommandLine<Flags extends AnyFlags> =
	| { readonly ok: true; readonly flags: Result<Flags>["flags"] }
	| { readonly ok: false; readonly error: string };

/**
 * The one argument parser of the viewer and `serve`: meow, with three things it does not do.
 * An unknown option, a stray argument or a value flag given no value (meow would take its
 * default in silence) is one line saying so, never a usage dump. With no argument at all (a
 * bare `npx jvizcaino-resume`, the usual start) the defaults are read from the spec, and meow
 * (130 KB with its dependencies) is not even loaded.
 */
export async function parseCommandLine<Flags extends AnyFlags>(
	argv: readonly string[],
	spec: CommandLineSpec<Flags>,
): Promise<CommandLine<Flags>> {
	if (argv.length === 0) return { ok: true, flags: defaultsOf(spec.flags) };
	const [{ default: meow }, usage] = await Promise.all([import("meow"), spec.usage()]);
	let cli: Result<Flags>;
	try {
		cli = meow(usage, {
			importMeta: import.meta,
			argv: [...argv],
			pkg: packageJson,
			version: packageJson.version,
			description: false,
			autoHelp: spec.answersHelp,
			autoVersion: spec.answersHelp,
			// meow reports unknown flags on two lines and a usage dump; one line is ours.
			allowUnknownFlags: true,
			flags: spec.flags,
		});
	} catch (error) {
		// meow throws on what it will not read ("The flag --port can only be set once."): a usage error too.
		return refused((error instanceof Error ? error.message : String(error)).replace(/\.$/, ""), spec);
	}
	const unknown = Object.keys(cli.unnormalizedFlags).find((name) => !knownNames(spec.flags).has(name));
	if (unknown !== undefined) return refused(`unknown option ${asTyped(unknown)}`, spec);
	if (cli.input.length > 0) return refused(`unexpected argument "${cli.input[0]}"`, spec);
	const valueless = flagWithoutValue(argv, spec);
	if (valueless) return refused(valueless, spec);
	return { ok: true, flags: cli.flags };
}

function refused<Flags extends AnyFlags>(problem: string, spec: CommandLineSpec<Flags>): CommandLine<Flags> {
	return { ok: false, error: `${problem} ${spec.seeHelp}` };
}

function defaultsOf<Flags extends AnyFlags>(flags: Flags): Result<Flags>["flags"] {
	const defaults = Object.entries(flags).flatMap(([name, flag]) => ("default" in flag ? [[name, flag.default]] : []));
	return Object.fromEntries(defaults) as Result<Flags>["flags"];
}

/** The names meow may report for the spec's flags: each name, its short flag, and `noX` for a boolean. */
function knownNames(flags: AnyFlags): ReadonlySet<string> {
	return new Set(
		Object.entries(flags).flatMap(([name, flag]) => [
			name,
			...(flag.shortFlag ? [flag.shortFlag] : []),
			...(flag.type === "boolean" ? [`no${name[0]?.toUpperCase()}${name.slice(1)}`] : []),
		]),
	);
}

/** "hostKey" → "--host-key", "x" → "-x": the option as it was typed. */
function asTyped(name: string): string {
	return name.length === 1 ? `-${name}` : `--${kebab(name)}`;
}

function kebab(name: string): string {
	return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** "--theme needs dark, light or auto": the first value flag given last, or followed by another option. */
function flagWithoutValue<Flags extends AnyFlags>(
	argv: readonly string[],
	spec: CommandLineSpec<Flags>,
): string | undefined {
	const takes = new Map<string, string>();
	for (const [name, value] of Object.entries(spec.values) as [string, string][]) {
		takes.set(`--${kebab(name)}`, value);
		const short = spec.flags[name]?.shortFlag;
		if (short) takes.set(`-${short}`, value);
	}
	for (const [index, argument] of argv.entries()) {
		if (argument === "--") return undefined;
		const value = takes.get(argument);
		const next = argv[index + 1];
		if (value && (next === undefined || (next.startsWith("-") && next !== "-"))) return `${argument} needs ${value}`;
	}
	return undefined;
}
