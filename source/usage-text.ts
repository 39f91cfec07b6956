import { OTHER_LINK_KINDS } from "./resume/contact-kinds.js";
import { KEYMAP } from "./ui/keymap.js";

const OTHER_LINKS: ReadonlySet<string> = new Set(OTHER_LINK_KINDS);

/** The keymap as rows of --help, the six keys of other profiles and links on one row. */
function keyRows(): (readonly [keys: string, description: string])[] {
	const others = KEYMAP.filter((binding) => binding.contact && OTHER_LINKS.has(binding.contact));
	return KEYMAP.flatMap((binding) => {
		if (!others.includes(binding)) return [[binding.label, binding.description] as const];
		if (binding !== others[0]) return [];
		return [
			[others.map((other) => other.label).join(" "), "Open other profiles and links, in the header's order"] as const,
		];
	});
}

const rows = keyRows();
const keyWidth = Math.max(...rows.map(([keys]) => keys.length));

/**
 * What `--help` prints (meow shows it): every flag and key, the keys read from
 * the keymap. The viewer's own help screen (`?`) is ui/help/help-screen-lines.ts.
 */
export const usageText = `
	Jérôme Vizcaino's résumé, in your terminal.

	Usage
	  $ npx jvizcaino-resume [options]
	  $ npx jvizcaino-resume serve [options]   Serve the viewer over SSH (see serve --help)

	Options
	  --print              Print the whole résumé as text and exit
	                       (the default when output is piped or redirected, or input is not a terminal)
	  --json               Print the résumé as a JSON Resume document (schema v1.0)
	  --vcard              Print the contact as a vCard 4.0, for an address book
	  --section, -s NAME   Open on this section: experience, education, skills, …
	                       (with --print, print only this section)
	  --width N            Wrap printed text to N columns (piped, $COLUMNS does the same)
	  --file, -f PATH      Show another résumé: Markdown or JSON Resume (by its extension, else by its content)
	  --no-color           No colours and no escape codes (NO_COLOR=1 does the same;
	                       FORCE_COLOR=1, 2 or 3 forces colours)
	  --theme NAME         dark, light or auto (the default: COLORFGBG, else the
	                       terminal's answer about its background, else dark)
	  --screen-reader      A linear layout for screen readers, without drawing
	                       (INK_SCREEN_READER=true does the same)
	  --no-mouse           Leave the mouse to the terminal (by default the wheel
	                       scrolls and a click selects a tab; hold Shift to select text)
	  --version, -v        Show the version
	  --help, -h           Show this help

	Keys in the viewer
${rows.map(([keys, description]) => `	  ${keys.padEnd(keyWidth)}   ${description}`).join("\n")}
	  ${"Ctrl-Z".padEnd(keyWidth)}   Suspend, as less and vim do (fg brings it back)

	Environment
	  BROWSER              Command(s) that open links, e.g. BROWSER=firefox (colon-separated, %s = URL)
	  FORCE_HYPERLINK=1    Clickable links even where the terminal is not detected as supporting them,
	                       or piped; FORCE_HYPERLINK=0 never
	  COLORFGBG            Set by some terminals ("15;0"): tells --theme auto the background
	  DEBUG=jvizcaino-resume
	                       On an unexpected error, show its stack trace, not one line

	Examples
	  $ npx jvizcaino-resume
	  $ npx jvizcaino-resume --section skills
	  $ npx jvizcaino-resume --theme light
	  $ FORCE_COLOR=1 npx jvizcaino-resume --print | less -R
	  $ npx jvizcaino-resume --json > resume.json
	  $ npx jvizcaino-resume --vcard > jerome-vizcaino.vcf
	  $ npx jvizcaino-resume --file ./my-resume.md
`;
