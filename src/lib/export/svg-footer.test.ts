import { describe, expect, it } from 'vitest';
import type { Element as XmlElement } from '@xmldom/xmldom';
import type { Source } from '$lib/model/schema';
import { allElements, parseXml } from '../../../tests/fixtures/xml-document';
import { footerBlock, type CitedRelation } from './svg-footer';
import { textWidth } from '$lib/stage/text-width';

const sources: Source[] = [
	{
		id: 'ksat',
		title: 'How close are North Korea and China',
		publisher: 'KSAT',
		url: 'https://www.ksat.com/news/2024/10/06/',
		published: '2024-10-06'
	},
	{
		id: 'un-sc-8853',
		title: 'Security Council condemns nuclear test?',
		publisher: 'United Nations',
		url: 'https://press.un.org/en/2006/sc8853.doc.htm',
		published: '2006-10'
	}
];
const relations: CitedRelation[] = [
	{ id: 'chn-prk-trade', words: 'Trade between China and North Korea, confirmed', citation: '[1]' },
	{
		id: 'un-prk-sanctions',
		words: 'Sanctions from UN Security Council to North Korea, confirmed',
		citation: '[1,\u00A02]'
	}
];

/** The words of a text element, its lines joined by spaces. */
function wordsOf(text: XmlElement): string {
	const lines = [...text.getElementsByTagName('tspan')].map((line) => line.textContent!);
	return lines.length > 0 ? lines.join(' ') : text.textContent!;
}

function drawn(block: ReturnType<typeof footerBlock>, x = 40, y = 500) {
	const elements = allElements(parseXml(block.draw(x, y)));
	const sourceEntries = elements.filter((e) => e.hasAttribute('data-source'));
	return {
		elements,
		texts: elements.filter((e) => e.localName === 'text').map(wordsOf),
		relationTexts: elements.filter(
			(e) => e.localName === 'text' && e.hasAttribute('data-relation')
		),
		sourceEntries,
		tspans: elements.filter((e) => e.localName === 'tspan')
	};
}

describe('footerBlock', () => {
	it('lists each relation in words with the numbers of its sources, under a heading', () => {
		const { texts, relationTexts } = drawn(footerBlock(relations, sources, 900));
		expect(texts[0]).toBe('Relations shown, with their sources');
		expect(relationTexts.map((e) => e.getAttribute('data-relation'))).toEqual([
			'chn-prk-trade',
			'un-prk-sanctions'
		]);
		expect(relationTexts.map(wordsOf)).toEqual([
			'Trade between China and North Korea, confirmed\u00A0[1]',
			'Sanctions from UN Security Council to North Korea, confirmed\u00A0[1,\u00A02]'
		]);
	});

	it('lists each source once, by number, with title, publisher, date and its link', () => {
		const { texts, sourceEntries } = drawn(footerBlock(relations, sources, 900));
		expect(texts).toContain('Sources');
		expect(sourceEntries.map((e) => e.getAttribute('data-source'))).toEqual(['ksat', 'un-sc-8853']);
		const words = sourceEntries.map((entry) =>
			[...entry.getElementsByTagName('text')].map(wordsOf)
		);
		expect(words).toEqual([
			[
				'[1]',
				'How close are North Korea and China. KSAT, 6 Oct 2024.',
				'https://www.ksat.com/news/2024/10/06/'
			],
			[
				'[2]',
				// A title that ends in punctuation gets no second stop.
				'Security Council condemns nuclear test? United Nations, Oct 2006.',
				'https://press.un.org/en/2006/sc8853.doc.htm'
			]
		]);
		for (const [i, entry] of sourceEntries.entries()) {
			const link = entry.parentNode as (typeof sourceEntries)[number];
			expect(link.localName).toBe('a');
			expect(link.getAttribute('href')).toBe(sources[i].url);
		}
	});

	it('writes no link, and no address, for a source that is not on the web', () => {
		const offline = { ...sources[0], url: 'javascript:alert(1)' };
		const { elements, texts } = drawn(footerBlock(relations, [offline], 900));
		expect(elements.some((e) => e.localName === 'a')).toBe(false);
		expect(texts.join(' ')).not.toContain('javascript');
		expect(texts).toContain('How close are North Korea and China. KSAT, 6 Oct 2024.');
	});

	it('wraps long entries inside a narrow width, never leaving a citation alone on a line', () => {
		const width = 220;
		const block = footerBlock(relations, sources, width);
		const { tspans, relationTexts } = drawn(block, 0, 0);
		for (const tspan of tspans) {
			const right = Number(tspan.getAttribute('x')) + textWidth(tspan.textContent!, 12);
			expect(right, tspan.textContent!).toBeLessThanOrEqual(width);
		}
		const sanctions = [...relationTexts[1].getElementsByTagName('tspan')].map(
			(e) => e.textContent!
		);
		expect(sanctions.length).toBeGreaterThan(1);
		expect(sanctions.at(-1)).toMatch(/\S+\u00A0\[1,\u00A02\]$/);
	});

	it('flows many entries into side-by-side columns on a wide picture, and is shorter for it', () => {
		const many = Array.from({ length: 12 }, (_, i) => ({ ...relations[0], id: `relation-${i}` }));
		const narrow = footerBlock(many, sources, 400);
		const wide = footerBlock(many, sources, 1300);
		expect(wide.height).toBeLessThan(narrow.height);
		const lefts = new Set(
			drawn(wide, 0, 0).relationTexts.map((e) =>
				Number(e.getElementsByTagName('tspan')[0].getAttribute('x'))
			)
		);
		expect(lefts.size).toBeGreaterThan(1);
	});

	it('takes no room and draws nothing when nothing is cited', () => {
		const empty = footerBlock([], [], 900);
		expect(empty.height).toBe(0);
		expect(empty.draw(0, 0)).toBe('');
	});
});
