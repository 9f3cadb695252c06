import { describe, expect, it } from 'vitest';
import exampleGraph from '../../../static/graphs/dprk-prc-russia-un.json';
import { smallGraph } from '../../../tests/fixtures/graph-builders';
import type { GraphFile } from '$lib/model/schema';
import { carriesGraph, graphTextOfLink, linkWithGraph, MAX_LINK_LENGTH } from './graph-in-link';

const page = new URL('https://ties.example.org/app/?doc=g-3&relation=r1');

describe('a link that carries its graph', () => {
	it('gives back the very graph it was made from', async () => {
		const graph = smallGraph();
		const link = await linkWithGraph(page, graph);
		expect(link).toBeDefined();
		expect(carriesGraph(link!)).toBe(true);
		const read = await graphTextOfLink(link!);
		expect('text' in read && JSON.parse(read.text)).toEqual(graph);
	});

	it('names no library graph and keeps the graph out of what a server sees', async () => {
		const link = (await linkWithGraph(page, smallGraph()))!;
		expect(link.pathname).toBe('/app/');
		expect(link.search).toBe('');
		expect(link.hash).toMatch(/^#graph-data=[A-Za-z0-9_-]+$/);
	});

	it('keeps any text, accents and quotation marks included', async () => {
		const graph: GraphFile = { ...smallGraph(), title: 'Pyongyang’s “ties” — 北朝鮮 </script>' };
		const read = await graphTextOfLink((await linkWithGraph(page, graph))!);
		expect('text' in read && JSON.parse(read.text).title).toBe(graph.title);
	});

	it('is not made for a graph too large to share as a link', async () => {
		expect(await linkWithGraph(page, exampleGraph as GraphFile)).toBeUndefined();
		expect(MAX_LINK_LENGTH).toBeLessThanOrEqual(8000);
	});

	it('says a damaged link is damaged', async () => {
		const link = (await linkWithGraph(page, smallGraph()))!;
		const cut = new URL(link.href.slice(0, link.href.length - 40));
		expect(await graphTextOfLink(cut)).toEqual({
			problem: 'graph-data: the graph in the link is damaged or cut short'
		});
		expect(await graphTextOfLink(new URL('https://x.org/#graph-data=%%%'))).toEqual({
			problem: 'graph-data: the graph in the link is damaged (not base64url)'
		});
		expect(carriesGraph(new URL('https://x.org/#relation=r1'))).toBe(false);
	});
});
