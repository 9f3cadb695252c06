const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
	'\t': '&#9;',
	'\n': '&#10;',
	'\r': '&#13;'
};

/**
 * Line breaks XML 1.0 cannot carry: PowerPoint and Word write a vertical tab
 * for Shift+Enter, and a form feed breaks a page.
 */
// eslint-disable-next-line no-control-regex
const BREAKS = /[\u000B\u000C]/g;

/**
 * Characters XML 1.0 cannot carry at all, even escaped: C0 controls other than
 * tab and line breaks, lone surrogates, U+FFFE and U+FFFF.
 */
const NOT_XML =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text made safe for XML, as element content or as a quoted attribute value:
 * markup characters become entities, tabs and line breaks character references
 * (so an attribute keeps them); a vertical tab or form feed becomes the line
 * break it stands for, and the other characters XML forbids are dropped.
 */
export function escapeXml(text: string): string {
	return xmlText(text).replace(/[&<>"'\t\n\r]/g, (character) => ENTITIES[character]);
}

/** The text as XML can carry it, before escaping: what a reader of the file gets back. */
export function xmlText(text: string): string {
	return text.replace(BREAKS, '\n').replace(NOT_XML, '');
}
