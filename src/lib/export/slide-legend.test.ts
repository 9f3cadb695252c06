import { describe, expect, it } from 'vitest';
import { BUILTIN_RELATION_TYPES } from '$lib/model/builtin-types';
import { allElements, parseXml } from '../../../tests/fixtures/xml-document';
import { slideLegendBlock } from './slide-legend';

/** The legend's labels, row by row. */
function rowsOf(markup: string): string[][] {
	const labels = allElements(parseXml(markup)).filter(
		(e) => e.localName === 'text' && (e.parentNode as typeof e).getAttribute('class') === 'legend'
	);
	const rows = new Map<string, string[]>();
	for (const label of labels) {
		const y = label.getAttribute('y')!;
		rows.set(y, [...(rows.get(y) ?? []), label.textContent!]);
	}
	return [...rows.values()];
}

describe('slideLegendBlock', () => {
	const types = BUILTIN_RELATION_TYPES;

	it('puts the types on one row and the statuses on the next where they fit', () => {
		const legend = slideLegendBlock(types, ['confirmed', 'alleged'], false, 1800, [24]);
		expect(legend.rows).toBe(2);
		expect(rowsOf(legend.draw(0, 0))).toEqual([
			types.map((type) => type.label),
			['Confirmed', 'Alleged']
		]);
	});

	it('leaves out a lone status, and says what the mark of a pending agreement means', () => {
		const legend = slideLegendBlock(types.slice(0, 1), ['confirmed'], true, 1800, [24]);
		expect(rowsOf(legend.draw(0, 0))).toEqual([['Trade'], ['Signed, not yet in force']]);
	});

	it('takes a smaller size, then lets the rows flow on, to stay within two rows', () => {
		const legend = slideLegendBlock(
			types,
			['confirmed', 'reported', 'alleged', 'denied'],
			true,
			900,
			[24, 20, 16]
		);
		expect(legend.rows).toBeLessThanOrEqual(2);
		expect(legend.used).toBeLessThanOrEqual(900);
		expect(rowsOf(legend.draw(0, 0)).flat()).toHaveLength(types.length + 5);
	});

	it('draws nothing and takes no room for an empty picture', () => {
		const legend = slideLegendBlock([], [], false, 900, [24]);
		expect(legend.height).toBe(0);
		expect(legend.draw(0, 0)).toBe('');
	});
});
