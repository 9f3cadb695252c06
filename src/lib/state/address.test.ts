import { describe, expect, it } from 'vitest';
import { addressFor, openInTiesLink } from './address';

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

describe('openInTiesLink', () => {
	const example = 'graphs/dprk-prc-russia-un.json';

	it('links a graph opened from the web, without the view', () => {
		const link = openInTiesLink(
			new URL('https://ties.example/app/?graph=https://data.example/net.json&relation=x'),
			example
		);
		expect(link?.href).toBe(
			'https://ties.example/app/?graph=https%3A%2F%2Fdata.example%2Fnet.json'
		);
	});

	it('links the example to the file the site hosts', () => {
		expect(openInTiesLink(new URL('https://ties.example/?doc=example'), example)?.search).toBe(
			'?graph=graphs%2Fdprk-prc-russia-un.json'
		);
	});

	it('has no link for a graph that lives only in this browser', () => {
		expect(openInTiesLink(new URL('https://ties.example/?doc=g-123'), example)).toBeUndefined();
	});
});
