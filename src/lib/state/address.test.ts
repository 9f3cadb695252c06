import { describe, expect, it } from 'vitest';
import { addressFor } from './address';

describe('addressFor', () => {
	it('names the open graph and the view, keeping other parameters', () => {
		const url = addressFor(
			new URL('https://ties.example/app/?graph=old.json&lang=en&relation=x'),
			{ doc: 'g-1' },
			{ selection: { kind: 'actor', id: 'prk' }, asOf: '2023' }
		);
		expect(url.pathname).toBe('/app/');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			lang: 'en',
			doc: 'g-1',
			actor: 'prk',
			asOf: '2023'
		});
	});
});
