/** meow's help text is the documentation of every flag and key. */
export const helpText = `
	Jérôme Vizcaino's résumé, in your terminal.

	Usage
	  $ npx jvizcaino-resume [options]

	Options
	  --print            Print the whole résumé as text and exit
	                     (the default when output is piped or redirected)
	  --json             Print the résumé as a JSON Resume document (jsonresume.org, schema v1.0)
	  --section, -s <name>
	                     Open on this section (experience, education, skills, …)
	  --no-color         No colours (the NO_COLOR environment variable does the same;
	                     FORCE_COLOR=1..3 forces them)
	  --version          Show the version
	  --help             Show this help

	Keys in the viewer
	  ← → / h l / Tab    Previous / next section        1–9     Jump to a section
	  ↑ ↓ / k j          Scroll a line                  PgUp PgDn / b space   Scroll a page
	  Home End / g G     Top / bottom                   ?       Help
	  o                  Open GitHub profile            w p m   Online résumé / PDF / write an email
	  q Esc Ctrl-C       Quit

	Examples
	  $ npx jvizcaino-resume
	  $ npx jvizcaino-resume --section skills
	  $ npx jvizcaino-resume --print | less -R
	  $ npx jvizcaino-resume --json > resume.json
`;
