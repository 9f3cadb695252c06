import { describe, expect, it } from 'vitest';
import { stepFromParameter, withStep } from './step-parameter';

describe('stepFromParameter', () => {
	it('reads ?step= as people count, from 1', () => {
		expect(stepFromParameter('3', 6)).toBe(2);
		expect(stepFromParameter('1', 6)).toBe(0);
	});

	it('opens the first step for a missing or unreadable value, the last one past the end', () => {
		expect(stepFromParameter(null, 6)).toBe(0);
		expect(stepFromParameter('two', 6)).toBe(0);
		expect(stepFromParameter('-2', 6)).toBe(0);
		expect(stepFromParameter('0', 6)).toBe(0);
		expect(stepFromParameter('99', 6)).toBe(5);
	});
});

describe('withStep', () => {
	it('writes the step into the address and keeps the other parameters', () => {
		expect(withStep('https://x.org/present?graph=a.json', 2).href).toBe(
			'https://x.org/present?graph=a.json&step=3'
		);
		expect(withStep('https://x.org/present?step=1', 0).search).toBe('?step=1');
	});
});
