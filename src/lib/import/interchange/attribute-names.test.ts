import { describe, expect, it } from 'vitest';
import { AttributeNames } from './attribute-names';

describe('AttributeNames', () => {
	it('finds the names any record uses, in lower case, in the order asked', () => {
		const names = new AttributeNames([{ Type: 'aid' }, {}, { weight: 2, STATUS: 'alleged' }]);
		expect(names.used(['status', 'label', 'type', 'weight'])).toEqual(['status', 'type', 'weight']);
		expect(names.used(['label', 'summary'])).toEqual([]);
		expect(names.lowerCase).toBe(false);
	});

	it('says when every name is in lower case already', () => {
		expect(new AttributeNames([{ type: 'aid' }, { since: '2020' }]).lowerCase).toBe(true);
		expect(new AttributeNames([]).lowerCase).toBe(true);
	});

	it('counts only a record’s own names', () => {
		const inherited = Object.create({ label: 'from the prototype' }) as Record<string, unknown>;
		inherited.type = 'trade';
		expect(new AttributeNames([inherited]).used(['label', 'type'])).toEqual(['type']);
	});

	it('tells whether a name is used that the graph has no place for', () => {
		const names = new AttributeNames([{ type: 'aid' }, { Weight: 3 }]);
		expect(names.usesOtherThan(new Set(['type']))).toBe(true);
		expect(names.usesOtherThan(new Set(['type', 'weight']))).toBe(false);
	});
});
