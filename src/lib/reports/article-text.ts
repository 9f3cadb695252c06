/**
 * The text of an article's markup as the analyst reads it on the page: each
 * paragraph, heading, list item, quotation and table cell on a line of its
 * own, a `<br>` a line break, white space as the browser would show it
 * (runs made one space), entities decoded, and no markup left. What a reader
 * never sees as text (scripts, styles, pictures, forms) is left out.
 */
export function articleText(root: Element): string {
	const lines: string[] = [];
	let line = '';
	const endLine = () => {
		const text = line.replace(/\s+/g, ' ').trim();
		if (text) lines.push(text);
		line = '';
	};
	const walk = (node: Node) => {
		if (node.nodeType === TEXT_NODE) {
			line += node.nodeValue ?? '';
			return;
		}
		if (node.nodeType !== ELEMENT_NODE) return;
		const tag = (node as Element).localName.toLowerCase();
		if (UNSEEN.has(tag)) return;
		if (tag === 'br') return endLine();
		if (tag === 'pre') {
			endLine();
			for (const text of (node.textContent ?? '').split('\n')) {
				line = text;
				endLine();
			}
			return;
		}
		const block = BLOCKS.has(tag);
		if (block) endLine();
		for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
		if (block) endLine();
	};
	walk(root);
	endLine();
	return lines.join('\n');
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content starts and ends a line. */
const BLOCKS = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'caption',
	'dd',
	'details',
	'div',
	'dl',
	'dt',
	'figcaption',
	'figure',
	'footer',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hr',
	'li',
	'main',
	'nav',
	'ol',
	'p',
	'section',
	'summary',
	'table',
	'td',
	'th',
	'tr',
	'ul'
]);

/** Elements whose content is no text a reader sees. */
const UNSEEN = new Set([
	'button',
	'canvas',
	'iframe',
	'img',
	'input',
	'math',
	'noscript',
	'object',
	'script',
	'select',
	'style',
	'svg',
	'template',
	'textarea',
	'video',
	'audio'
]);
