// Stands in for cli-highlight in the bundle (see scripts/build.mjs): code
// blocks come out as written, without syntax colours.
export function highlight(code) {
	return code;
}
