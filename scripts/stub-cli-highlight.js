// Stands in for cli-highlight in the bundle (see scripts/build/without-highlighting.mjs): code
// blocks come out as written, without syntax colours.
export function highlight(code) {
	return code;
}
