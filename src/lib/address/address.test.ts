import { describe, expect, it } from 'vitest';
import {
	briefingName,
	namesAView,
	openInTiesLink,
	queryOf,
	readAddress,
	stepIndex,
	webAddress,
	writeAddress,
	type ViewInAddress
} from './address';

const at = (path: string) => new URL(`https://ties.example${path}`);

describe('readAddress and writeAddress', () => {
	const view: ViewInAddress = {
		selection: { kind: 'relation', id: 'chn-prk-aid' },
		hiddenTypes: ['aid', 'trade'],
		hiddenStatuses: ['alleged'],
		asOf: '2023-06',
		table: true,
		look: { x: 12.5, y: -40, k: 0.75 }
	};

	it('writes and reads back the graph, the whole view and the step', () => {
		const written = writeAddress(at('/app/?lang=en'), {
			graph: { kind: 'library', id: 'g-1' },
			view,
			step: 3
		});
		expect(written.pathname).toBe('/app/');
		expect(written.searchParams.get('lang')).toBe('en');
		expect(readAddress(written)).toEqual({
			address: { graph: { kind: 'library', id: 'g-1' }, view, step: 3 },
			problems: []
		});
	});

	it('names a graph on the web by its address, and the example by nothing', () => {
		expect(readAddress(at('/?graph=https://data.example/net.json')).address.graph).toEqual({
			kind: 'web',
			url: 'https://data.example/net.json'
		});
		expect(readAddress(at('/?step=2')).address.graph).toEqual({ kind: 'example' });
		const example = writeAddress(at('/?doc=g-1&graph=x.json'), { graph: { kind: 'example' } });
		expect(example.search).toBe('');
	});

	it('leaves out what is not shown, for a short address, and keeps parameters it does not own', () => {
		const written = writeAddress(at('/?relation=x&at=1,2,3&lang=en'), { view: {} });
		expect(written.search).toBe('?lang=en');
	});

	it('says why a parameter is ignored, and reads the rest', () => {
		const { address, problems } = readAddress(
			at('/?asOf=2024-13-01&hideStatus=alleged,maybe&view=map&at=1,2&actor=prk&step=two')
		);
		expect(address.view).toEqual({
			hiddenStatuses: ['alleged'],
			selection: { kind: 'actor', id: 'prk' }
		});
		expect(address.step).toBeUndefined();
		expect(problems).toHaveLength(5);
		expect(problems[0]).toMatch(/^hideStatus: "maybe" is not a status/);
		expect(problems[1]).toMatch(/^asOf: "2024-13-01" is not a date/);
		expect(problems[4]).toBe('step: "two" is not a step number (1, 2, 3…)');
	});

	it('tells whether an address says anything of the view', () => {
		expect(namesAView(at('/?doc=g-1&step=2'))).toBe(false);
		expect(namesAView(at('/?doc=g-1&asOf=2020'))).toBe(true);
	});
});

describe('links between pages', () => {
	it('keeps the graph from the explorer to the briefing, its presenter view and back', () => {
		const graph = { kind: 'library' as const, id: 'g 1' };
		expect(queryOf({ graph })).toBe('?doc=g+1');
		expect(queryOf({ graph, step: 4 })).toBe('?doc=g+1&step=4');
		expect(queryOf({ graph: { kind: 'example' } })).toBe('');
		const back = readAddress(
			new URL(`https://ties.example/present/presenter${queryOf({ graph, step: 4 })}`)
		);
		expect(back.address).toMatchObject({ graph, step: 4 });
	});

	it('ties a stage to its presenter view by the graph they show', () => {
		expect(briefingName({ kind: 'library', id: 'g-1' })).toBe('g-1');
		expect(briefingName({ kind: 'web', url: 'a.json' })).toBe('a.json');
		expect(briefingName({ kind: 'example' })).toBe('example');
	});

	it('opens a step as people count it, the first without one, the last past the end', () => {
		expect(stepIndex(3, 6)).toBe(2);
		expect(stepIndex(undefined, 6)).toBe(0);
		expect(stepIndex(99, 6)).toBe(5);
		expect(stepIndex(1, 0)).toBe(0);
	});
});

describe('webAddress', () => {
	it('resolves a graph named relative to the page, and follows only http and https', () => {
		expect(webAddress('graphs/a.json', at('/app/'))).toEqual({
			url: 'https://ties.example/app/graphs/a.json'
		});
		expect(webAddress('javascript:alert(1)', at('/'))).toEqual({
			problem: 'graph: "javascript:alert(1)" is not a web address (only http and https are opened)'
		});
		expect(webAddress('http://[', at('/'))).toEqual({
			problem: 'graph: "http://[" is not an address'
		});
	});
});

describe('openInTiesLink', () => {
	const example = 'graphs/dprk-prc-russia-un.json';

	it('links a graph opened from the web, without the view', () => {
		const current = at('/app/?graph=https://data.example/net.json&relation=x');
		const link = openInTiesLink(current, readAddress(current).address.graph, example);
		expect(link?.href).toBe(
			'https://ties.example/app/?graph=https%3A%2F%2Fdata.example%2Fnet.json'
		);
	});

	it('links the example to the file the site hosts', () => {
		const link = openInTiesLink(at('/?doc=example'), { kind: 'library', id: 'example' }, example);
		expect(link?.search).toBe('?graph=graphs%2Fdprk-prc-russia-un.json');
	});

	it('has no link for a graph that lives only in this browser', () => {
		expect(
			openInTiesLink(at('/?doc=g-123'), { kind: 'library', id: 'g-123' }, example)
		).toBeUndefined();
	});
});
