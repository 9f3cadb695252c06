import { describe, expect, it } from 'vitest';
import { BUILTIN_RELATION_TYPES } from '$lib/model/builtin-types';
import { allElements, parseXml } from '../../../tests/fixtures/xml-document';
import { legendBlock } from './svg-legend';
import { textWidth } from '$lib/stage/text-width';

const [trade, aid, pact, sanctions] = BUILTIN_RELATION_TYPES;

function drawn(block: ReturnType<typeof legendBlock>) {
	const elements = allElements(parseXml(block.draw(0, 0)));
	const labels = elements.filter(
		(e) => e.localName === 'text' && e.getAttribute('text-anchor') !== 'middle'
	);
	return {
		elements,
		words: labels.map((e) => e.textContent!),
		labels,
		samples: elements.filter((e) => e.getAttribute('class') === 'sample'),
		badges: elements
			.filter((e) => e.getAttribute('class') === 'badge')
			.map((e) => e.getElementsByTagName('text')[0]?.textContent ?? 'bead')
	};
}

describe('legendBlock', () => {
	it('shows only the types given, in their order, each with a sample line in its colour', () => {
		const { words, samples } = drawn(legendBlock([sanctions, trade], ['confirmed']));
		expect(words).toEqual(['Relation types', 'Sanctions', 'Trade']);
		const colours = samples.map((sample) =>
			sample.getElementsByTagName('path')[0].getAttribute('stroke')
		);
		expect(colours).toEqual([sanctions.colour, trade.colour]);
	});

	it('shows no status rows when every relation drawn has the same status', () => {
		const { words } = drawn(legendBlock([trade, aid], ['reported']));
		expect(words).not.toContain('Status');
		expect(words).not.toContain('Reported');
	});

	it('shows each status when there is more than one, saying what marks doubt', () => {
		const { words, badges } = drawn(
			legendBlock([trade], ['confirmed', 'reported', 'alleged', 'denied'])
		);
		expect(words).toEqual([
			'Relation types',
			'Trade',
			'Status',
			'Confirmed',
			'Reported (marked ○)',
			'Alleged (faded, marked ?)',
			'Denied (faded, marked ×)'
		]);
		expect(badges).toEqual(['bead', '?', '×']);
	});

	it('explains the pending mark when an agreement shown is signed, not yet in force', () => {
		const { words, badges } = drawn(legendBlock([pact], ['confirmed'], true));
		expect(words).toEqual([
			'Relation types',
			'Defense pact',
			'Status',
			'Signed, not yet in force (marked …)'
		]);
		expect(badges).toEqual(['…']);
	});

	it('is wide enough for its longest label and grows taller with its rows', () => {
		const few = legendBlock([trade], ['confirmed']);
		const more = legendBlock([trade, aid, pact, sanctions], ['confirmed', 'denied']);
		expect(more.height).toBeGreaterThan(few.height);
		expect(more.width).toBeGreaterThan(few.width);
		for (const label of drawn(more).labels) {
			const size = Number(label.getAttribute('font-size'));
			const bold = label.getAttribute('font-weight') === '700';
			const right =
				Number(label.getAttribute('x')) +
				textWidth(label.textContent!, size, bold ? 'bold' : 'normal');
			expect(right, label.textContent!).toBeLessThanOrEqual(more.width);
		}
	});
});
