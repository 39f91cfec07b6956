import { KEYMAP } from "./ui/keymap.js";

const keyWidth = Math.max(...KEYMAP.map((binding) => binding.label.length));

/** meow's help text is the documentation of every flag and key; the keys come from the keymap itself. */
export const helpText = `
	Jérôme Vizcaino's résumé, in your terminal.

	Usage
	  $ npx jvizcaino-resume [options]

	Options
	  --print              Print the whole résumé as text and exit
	                       (the default when output is piped or redirected, or input is not a terminal)
	  --json               Print the résumé as a JSON Resume document (schema v1.0)
	  --section, -s NAME   Open on this section: experience, education, skills, …
	  --file, -f PATH      Show another résumé: Markdown in the same template (.md) or JSON Resume (.json)
	  --no-color           No colours and no escape codes (NO_COLOR=1 does the same;
	                       FORCE_COLOR=1, 2 or 3 forces colours)
	  --version            Show the version
	  --help               Show this help

	Keys in the viewer
${KEYMAP.map((binding) => `	  ${binding.label.padEnd(keyWidth)}   ${binding.description}`).join("\n")}

	Environment
	  BROWSER              Command(s) that open links, e.g. BROWSER=firefox (colon-separated, %s = URL)
	  FORCE_HYPERLINK=1    Clickable links even where the terminal is not detected as supporting them

	Examples
	  $ npx jvizcaino-resume
	  $ npx jvizcaino-resume --section skills
	  $ npx jvizcaino-resume --print | less -R
	  $ npx jvizcaino-resume --json > resume.json
	  $ npx jvizcaino-resume --file ./my-resume.md
`;
