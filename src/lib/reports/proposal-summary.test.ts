import { describe, expect, it } from 'vitest';
import { BUILTIN_RELATION_TYPES } from '$lib/model/builtin-types';
import { proposalSummary } from './proposal-summary';

const type = (id: string) => BUILTIN_RELATION_TYPES.find((each) => each.id === id)!;

describe('proposalSummary', () => {
	it('says each built-in type in words, one way or between the two', () => {
		expect(proposalSummary(type('aid'), 'China', 'North Korea', true, 'reported')).toBe(
			'China gives aid to North Korea'
		);
		expect(proposalSummary(type('trade'), 'China', 'North Korea', false, 'confirmed')).toBe(
			'China and North Korea trade'
		);
		expect(proposalSummary(type('sanctions'), 'UN', 'North Korea', true, 'confirmed')).toBe(
			'UN imposes sanctions on North Korea'
		);
		expect(proposalSummary(type('defense-pact'), 'Russia', 'North Korea', false, 'reported')).toBe(
			'Russia and North Korea have a defense pact'
		);
	});

	it('reads a type of the graph’s own by its label', () => {
		const arms = { id: 'arms-transfer', label: 'Arms transfers' };
		expect(proposalSummary(arms, 'North Korea', 'Russia', true, 'reported')).toBe(
			'Arms transfers from North Korea to Russia'
		);
	});

	it('never states an alleged or denied claim as fact', () => {
		expect(proposalSummary(type('aid'), 'China', 'North Korea', true, 'alleged')).toBe(
			'China gives aid to North Korea (alleged)'
		);
		expect(proposalSummary(type('aid'), 'China', 'North Korea', true, 'denied')).toBe(
			'China gives aid to North Korea (denied)'
		);
	});

	it('takes names as they are, even with the marks a replacement pattern would read', () => {
		expect(proposalSummary(type('aid'), '$& Co', 'B', true, 'reported')).toBe(
			'$& Co gives aid to B'
		);
	});
});
