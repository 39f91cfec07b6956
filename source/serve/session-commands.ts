import type { Resume } from "../resume/model.js";
import { sessionCapabilities } from "./session-capabilities.js";
import type { TerminalSize } from "./terminal-size.js";
import type { ViewerKit } from "./viewer-kit.js";

/** What a command has to work with: the résumé, and the client's terminal as far as it said. */
export type CommandContext = {
	readonly kit: ViewerKit;
	readonly resume: Resume;
	/** TERM from the pty request, or from an env request without one; "" when the client named none. */
	readonly term: string;
	/** The pty's size; undefined without a pty (a pipe, a script): then lines are not wrapped. */
	readonly size: TerminalSize | undefined;
	/** The port readers connect to, for the line that lists the commands. */
	readonly port: number;
	readonly write: (text: string) => void;
};

export type SessionCommand = {
	/** What follows the host on ssh's command line. */
	readonly name: string;
	readonly description: string;
	readonly run: (context: CommandContext) => Promise<void> | void;
};

/**
 * What `ssh HOST COMMAND` can ask for: one entry each; nothing here runs a
 * program or opens a file. `help` and the refusal of anything else read
 * this table.
 */
export const SESSION_COMMANDS: readonly SessionCommand[] = [
	{
		name: "print",
		description: "the whole résumé as text, at your terminal's width and colours",
		run: ({ kit, resume, term, size, write }) => {
			const capabilities = sessionCapabilities(term, size ?? { columns: 80, rows: 24 });
			return kit.runPrintMode(resume, { ...capabilities, columns: size?.columns }, write);
		},
	},
	{
		name: "json",
		description: "the résumé as a JSON Resume document (jsonresume.org)",
		run: ({ kit, resume, write }) => kit.runJsonMode(resume, write),
	},
	{
		name: "vcard",
		description: "the contact as a vCard, to save in an address book (ssh HOST vcard > contact.vcf)",
		run: ({ kit, resume, write }) => kit.runVcardMode(resume, write),
	},
	{
		name: "help",
		description: "this list",
		run: ({ port, write }) => write(commandsHelp(port)),
	},
];

export function findCommand(command: string): SessionCommand | undefined {
	const name = command.trim();
	return SESSION_COMMANDS.find((entry) => entry.name === name);
}

/** The one line that answers any other command. */
export function unknownCommandLine(port: number): string {
	const names = SESSION_COMMANDS.map((entry) => entry.name);
	return `This server shows a résumé and runs no commands: connect with "ssh -p ${port} HOST" for the viewer, or add ${names.slice(0, -1).join(", ")} or ${names.at(-1)} after HOST.`;
}

function commandsHelp(port: number): string {
	const width = Math.max(...SESSION_COMMANDS.map((entry) => entry.name.length));
	const lines = SESSION_COMMANDS.map(
		(entry) => `  ssh -p ${port} HOST ${entry.name.padEnd(width)}  ${entry.description}`,
	);
	return [`  ssh -p ${port} HOST ${"".padEnd(width)}  the résumé in a viewer (needs a terminal)`, ...lines, ""].join(
		"\n",
	);
}
