import { describe, expect, it } from 'vitest';
import { AttributeNames, lowerCased, textOf } from './attribute-names';

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

	it('reads a record in lower case, and gives each list of names as those the file uses', () => {
		const asWritten = { type: 'aid' };
		expect(new AttributeNames([asWritten]).of(asWritten)).toBe(asWritten);
		const names = new AttributeNames([{ Type: 'aid' }, { Label: 'Grain' }]);
		expect(names.of({ Type: ' aid ' })).toEqual({ type: ' aid ' });
		const asked = names.usedOf({
			TYPE: ['relation', 'type'],
			STATUS: ['status'],
			LABEL: ['label']
		});
		expect(asked).toEqual({ TYPE: ['type'], STATUS: [], LABEL: ['label'] });
		expect(textOf(names.of({ Type: ' aid ' }), asked.TYPE)).toBe('aid');
	});

	it('tells whether a name is used that the graph has no place for', () => {
		const names = new AttributeNames([{ type: 'aid' }, { Weight: 3 }]);
		expect(names.usesOtherThan(new Set(['type']))).toBe(true);
		expect(names.usesOtherThan(new Set(['type', 'weight']))).toBe(false);
	});
});

describe('lowerCased', () => {
	it('reads a record whose names are all in lower case as it is, without a copy', () => {
		const attributes = { label: 'Napoleon', group: 1 };
		expect(lowerCased(attributes)).toBe(attributes);
	});

	it('reads other names in lower case, keeping the first of two that differ only in case', () => {
		const read = lowerCased({ Label: 'Napoleon', LABEL: 'Bonaparte', Kind: 'person' });
		expect(textOf(read, ['label'])).toBe('Napoleon');
		expect(textOf(read, ['kind'])).toBe('person');
	});

	it('keeps "__proto__" as a name like any other', () => {
		const read = lowerCased(JSON.parse('{"__PROTO__": "x", "Name": "Cuba"}'));
		expect(textOf(read, ['__proto__'])).toBe('x');
		expect(textOf(read, ['name'])).toBe('Cuba');
		expect(Object.getPrototypeOf({})).toBe(Object.prototype);
	});
});

describe('textOf', () => {
	it('gives the first name that holds a text or a number, trimmed, and not what the prototype has', () => {
		const read = lowerCased({ title: '  ', name: ' Cuba ', code: 53 });
		expect(textOf(read, ['title', 'name'])).toBe('Cuba');
		expect(textOf(read, ['code'])).toBe('53');
		expect(textOf(read, ['constructor', 'tostring'])).toBeUndefined();
	});
});
