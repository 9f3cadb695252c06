import { describe, expect, it } from 'vitest';
import { ACTOR_CODE_PATTERN, ISO_3166_PATTERN, isGraphId } from './field-patterns';

describe('isGraphId', () => {
	it('takes lower-case letters, digits, ".", "_" and "-", led by a letter or digit, up to 100', () => {
		expect(isGraphId('prk')).toBe(true);
		expect(isGraphId('chn-prk-aid.2_b')).toBe(true);
		expect(isGraphId('x'.repeat(100))).toBe(true);
		expect(isGraphId('x'.repeat(101))).toBe(false);
		expect(isGraphId('Napoleon')).toBe(false);
		expect(isGraphId('-prk')).toBe(false);
		expect(isGraphId('')).toBe(false);
	});
});

describe('codes', () => {
	it('takes ISO 3166 codes of two or three capitals, and actor codes of 1 to 5 letters or digits', () => {
		expect(['KP', 'PRK'].every((code) => ISO_3166_PATTERN.test(code))).toBe(true);
		expect(['prk', 'P', 'PRKA'].some((code) => ISO_3166_PATTERN.test(code))).toBe(false);
		expect(['UN', 'g7', 'ASEAN'].every((code) => ACTOR_CODE_PATTERN.test(code))).toBe(true);
		expect(['', 'NATO-1', 'AFRICA'].some((code) => ACTOR_CODE_PATTERN.test(code))).toBe(false);
	});
});
