/** A Markdown file's text as it reads once rendered, and its title. */
export interface MarkdownText {
	text: string;
	/** The `# heading` it opens with. */
	title?: string;
}

/**
 * Reads Markdown as its reader sees it rendered: a paragraph's lines joined
 * into one, headings, list items and quotations on lines of their own, and
 * none of the marks that format them (`#`, `**`, `_`, `>`, bullets, link
 * targets, code fences, rules). Numbered items keep their numbers.
 */
export function markdownText(markdown: string): MarkdownText {
	const lines: string[] = [];
	let title: string | undefined;
	let joinable = false;
	let fenced = false;
	for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
		if (/^\s*(```|~~~)/.test(raw)) {
			fenced = !fenced;
			joinable = false;
			continue;
		}
		if (fenced) {
			lines.push(raw);
			continue;
		}
		const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw);
		if (heading) {
			if (lines.every((line) => line.trim() === '') && /^\s{0,3}#\s/.test(raw)) {
				title = inline(heading[1]);
			}
			lines.push(inline(heading[1]));
			joinable = false;
		} else if (/^\s*([-*_=])(\s*\1){2,}\s*$/.test(raw) || /^\s*\[[^\]]+\]:\s*\S+/.test(raw)) {
			joinable = false; // A rule, a setext underline, or a link's target.
		} else if (raw.trim() === '') {
			lines.push('');
			joinable = false;
		} else {
			const quoteOrItem = /^\s*(?:>\s?)+|^\s*[-*+]\s+/;
			const starts = quoteOrItem.test(raw) || /^\s*\d{1,3}[.)]\s/.test(raw);
			const text = inline(raw.replace(quoteOrItem, ''));
			if (joinable && !starts) lines[lines.length - 1] += ` ${text}`;
			else lines.push(text);
			joinable = true;
		}
	}
	return { text: lines.join('\n'), ...(title ? { title } : {}) };
}

/** A line's text without its inline marks: emphasis, code, links, pictures. */
function inline(text: string): string {
	return text
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])/g, '$1')
		.replace(/`([^`]+)`/g, '$1')
		.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
		.replace(/(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])/g, '$2')
		.trim();
}
