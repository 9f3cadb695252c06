/**
 * A report's text as Ties keeps it: one paragraph a line, no blank lines,
 * every run of white space (tabs and no-break spaces too) one space, no space
 * at either end of a line. Invisible marks that only break searching are
 * dropped: soft hyphens, zero-width spaces, word joiners, byte-order marks and
 * control characters. Joiners that shape a script's letters (U+200C, U+200D)
 * stay. Quotes are found in the text by their words, so nothing here changes
 * a word.
 */
export function tidyReportText(text: string): string {
	return text
		.replace(LINE_BREAKS, '\n')
		.replace(INVISIBLE, '')
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter((line) => line.length > 0)
		.join('\n');
}

/** Every way text breaks a line: CR LF, CR, vertical tab, form feed, NEL, Unicode's separators. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const LINE_BREAKS = /\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g;

// eslint-disable-next-line no-control-regex -- control characters are what it removes
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f\u00ad\u200b\u2060\ufeff]/g;
