import { describe, expect, it } from 'vitest';
import { lowerCased, textOf } from './actors-of-nodes';

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
