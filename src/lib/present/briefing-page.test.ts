import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { BriefingPage } from './briefing-page.svelte';

const example = exampleGraph();
const shipped = { graph: example, url: '/graphs/dprk-prc-russia-un.json' };
const page = (search: string) => new URL(`https://ties.example/present${search}`);

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('BriefingPage', () => {
	it('shows the example, and no briefing yet, until the address has been read', () => {
		const briefingPage = new BriefingPage(shipped);
		expect(briefingPage.opening).toBe(true);
		expect(briefingPage.shown).toBe(shipped);
		expect(briefingPage.briefing).toBeUndefined();
		expect(briefingPage.name).toBe('example');
	});

	it('briefs the example at the step the address names', async () => {
		const briefingPage = new BriefingPage(shipped);
		await briefingPage.open(page('?step=3'));
		expect(briefingPage.opening).toBe(false);
		expect(briefingPage.briefing!.graph).toBe(example);
		expect(briefingPage.briefing!.current).toBe(2);
	});

	it('briefs a graph the address names on the web, named by its address', async () => {
		const other = { ...example, title: 'Another network', story: undefined };
		const fetched: string[] = [];
		vi.stubGlobal('fetch', async (url: string) => {
			fetched.push(String(url));
			return new Response(JSON.stringify(other), {
				headers: { 'content-type': 'application/json' }
			});
		});
		const briefingPage = new BriefingPage(shipped);
		await briefingPage.open(page('?graph=/graphs/other.json'));
		expect(fetched).toEqual(['https://ties.example/graphs/other.json']);
		expect(briefingPage.name).toBe('/graphs/other.json');
		expect(briefingPage.briefing!.graph.title).toBe('Another network');
		expect(briefingPage.briefing!.current).toBe(0);
	});

	it('has no briefing when the graph the address names cannot be opened, and says why', async () => {
		vi.stubGlobal('fetch', async () => new Response('Not found', { status: 404 }));
		const briefingPage = new BriefingPage(shipped);
		await briefingPage.open(page('?graph=https://example.org/missing.json'));
		expect(briefingPage.briefing).toBeUndefined();
		expect(briefingPage.shown.problems!.length).toBeGreaterThan(0);
		expect(briefingPage.shown.problems![0].message).toContain('404');
	});
});
