import { describe, expect, it } from 'vitest';
import { dropUndefined, optional, splitList } from './form-values';

describe('form values', () => {
	it('reads an empty field as not given', () => {
		expect(optional('  ')).toBeUndefined();
		expect(optional(' Seoul ')).toBe('Seoul');
	});

	it('splits a list on commas and lines, dropping empty items and repeats', () => {
		expect(splitList(' a, ,b\n\na ')).toEqual(['a', 'b']);
	});

	it('leaves out what is not given', () => {
		expect(dropUndefined({ a: 1, b: undefined })).toEqual({ a: 1 });
		expect('b' in dropUndefined({ a: 1, b: undefined })).toBe(false);
	});
});
