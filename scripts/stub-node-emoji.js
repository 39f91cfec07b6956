// Stands in for node-emoji in the bundle (see scripts/build/without-highlighting.mjs): marked-terminal
// asks it for the emoji of a `:shortcode:`, and there is none, so the text stays.
export function get() {
	return undefined;
}
