/**
 * Characters a terminal always draws one column wide and that never join a
 * neighbour into one grapheme: printable ASCII, Latin letters and accents
 * written as one character, general punctuation (dashes, quotes, bullet,
 * ellipsis), arrows, box drawing, block elements and geometric shapes. The
 * résumé and the viewer's chrome are made of them, so text of only these is
 * as wide as it is long (ambiguous-width characters counted narrow, as
 * string-width does by default) and needs no grapheme segmentation.
 *
 * Used by our wrapping and, through the build, as string-width's fast path;
 * test/render/single-column-text.test.ts checks every character against
 * string-width and Intl.Segmenter, so neither shortcut can disagree with them.
 */
export const SINGLE_COLUMN_CHARACTERS =
	"\\u0020-\\u007E\\u00A0-\\u00AC\\u00AE-\\u02FF\\u2010-\\u2027\\u2030-\\u205E\\u2190-\\u21FF\\u2500-\\u25FC";
