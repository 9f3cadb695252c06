import { describe, expect, it } from 'vitest';
import { markdownText } from './markdown-text';

describe('markdownText', () => {
	it('reads a Markdown report as it renders, and takes its title', () => {
		const markdown = [
			'# North Korea and China mark 75 years of ties',
			'',
			'*SEOUL, 6 October 2024* — Leaders of **North Korea** and China exchanged',
			'messages, as [the AP reported](https://apnews.com/).',
			'',
			'## Background',
			'',
			'> China is North Korea’s `main` trading partner.',
			'',
			'- Trade with China',
			'- Arms to Russia',
			'1. First item',
			'',
			'---',
			'![Kim and Xi](kim-xi.jpg)',
			'[1]: https://example.org/note'
		].join('\n');
		const { text, title } = markdownText(markdown);
		expect(title).toBe('North Korea and China mark 75 years of ties');
		expect(text.split('\n').filter(Boolean)).toEqual([
			'North Korea and China mark 75 years of ties',
			'SEOUL, 6 October 2024 — Leaders of North Korea and China exchanged messages, as the AP reported.',
			'Background',
			'China is North Korea’s main trading partner.',
			'Trade with China',
			'Arms to Russia',
			'1. First item',
			'Kim and Xi'
		]);
	});

	it('keeps underscores inside words and lines of code as they are', () => {
		const { text, title } = markdownText('The file_name_here stays.\n\n```\nlet a = 1;\n```');
		expect(title).toBeUndefined();
		expect(text.split('\n').filter(Boolean)).toEqual(['The file_name_here stays.', 'let a = 1;']);
	});
});
