import { describe, expect, it } from 'vitest';
import { KSAT_TEXT, proposalOf } from '../../../tests/fixtures/report-builders';
import { corrected, isCorrected } from './reviewed-proposal';

const AID = proposalOf(
	KSAT_TEXT,
	'p1',
	'While there are indications',
	{ source: 'CHN', target: 'PRK', type: 'aid', status: 'alleged' },
	{ source: 'China', type: 'aid', status: 'indications' }
);

describe('corrected', () => {
	it('is the proposal itself where nothing was corrected', () => {
		expect(corrected(AID)).toEqual(AID);
		expect(isCorrected(AID, {})).toBe(false);
		expect(isCorrected(AID, { type: 'aid', status: 'alleged' })).toBe(false);
	});

	it('takes the corrected type, direction and status', () => {
		const made = corrected(AID, { type: 'trade', directed: false, status: 'reported' });
		expect(made).toMatchObject({ type: 'trade', directed: false, status: 'reported' });
		expect(made.evidence).toBe(AID.evidence);
		expect(isCorrected(AID, { status: 'reported' })).toBe(true);
	});

	it('swaps the ends, and the marks of the ends with them', () => {
		const made = corrected(AID, { swapped: true });
		expect([made.source, made.target]).toEqual(['PRK', 'CHN']);
		expect(made.marks.map((mark) => mark.role)).toEqual(['target', 'type', 'status']);
		expect(isCorrected(AID, { swapped: true })).toBe(true);
	});
});
