import { describe, expect, it } from 'vitest';
import { actorNames } from './actor-names';
import { datelineState } from './find-mentions';
import { tokenize } from './tokens';

const filedFrom = (text: string) => datelineState(tokenize(text), actorNames());

describe('datelineState', () => {
	it('reads a capital’s dateline as its state', () => {
		expect(filedFrom('DAKAR, July 17 — France handed over its bases.')).toBe('SEN');
		expect(filedFrom('PORT OF SPAIN, Oct 28 — Venezuela suspended the deal.')).toBe('TTO');
	});

	it('reads a town’s dateline by the state named after it', () => {
		expect(filedFrom('PEMBA, Mozambique, July 9 — Rwanda has troops here.')).toBe('MOZ');
		expect(filedFrom('KOROR, Palau — The islands signed a compact.')).toBe('PLW');
	});

	it('reads a city reports are filed from by its state', () => {
		expect(filedFrom('MARRAKECH, Sept. 11 — Search teams worked on.')).toBe('MAR');
		expect(filedFrom('HO CHI MINH CITY, May 2 — Exports rose.')).toBe('VNM');
	});

	it('reads no state where the town is unknown and no state follows', () => {
		expect(filedFrom('TIZNIT, Sept. 11 — Search teams worked on.')).toBeUndefined();
		expect(filedFrom('MONTEPUEZ, July 9 — Rwanda has troops here.')).toBeUndefined();
		expect(filedFrom('The report, Mozambique said, was false.')).toBeUndefined();
	});
});
