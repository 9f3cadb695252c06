import { describe, expect, it } from 'vitest';
import { counted } from './count-words';

describe('counted', () => {
	it('says one thing in the singular and any other count in the plural', () => {
		expect(counted(1, 'actor')).toBe('1 actor');
		expect(counted(0, 'relation')).toBe('0 relations');
		expect(counted(7, 'relation')).toBe('7 relations');
	});

	it('takes an irregular plural, and groups thousands', () => {
		expect(counted(2, 'evidence item')).toBe('2 evidence items');
		expect(counted(1200, 'is', 'are')).toBe('1,200 are');
	});
});
