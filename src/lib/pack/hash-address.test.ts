import { describe, expect, it } from 'vitest';
import { locationWithStep, pageAddress, stepOfPage } from './hash-address';

const PACK = 'file:///media/usb/briefing.html';

describe('the address of a pack page', () => {
	it('is after the #, the route and its query', () => {
		const address = pageAddress(new URL(`${PACK}#/present?step=3`), true);
		expect(address.pathname).toBe('/present');
		expect(stepOfPage(new URL(`${PACK}#/present?step=3`), true)).toBe(3);
		expect(stepOfPage(new URL(`${PACK}#/present`), true)).toBeUndefined();
		expect(pageAddress(new URL(PACK), true).pathname).toBe('/');
	});

	it('keeps the file and the route when the step changes', () => {
		expect(locationWithStep(new URL(`${PACK}#/present?step=1`), 2, true).href).toBe(
			`${PACK}#/present?step=2`
		);
	});

	it('is the location itself on the site', () => {
		const site = new URL('https://ties.example/present?doc=g-1&step=1');
		expect(stepOfPage(site, false)).toBe(1);
		expect(locationWithStep(site, 4, false).href).toBe(
			'https://ties.example/present?doc=g-1&step=4'
		);
	});
});
