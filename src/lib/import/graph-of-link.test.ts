import { describe, expect, it } from 'vitest';
import { linkWithGraph } from '$lib/address/graph-in-link';
import { smallGraph } from '../../../tests/fixtures/graph-builders';
import { graphOfLink, LINKED_GRAPH } from './graph-of-link';

const page = new URL('https://ties.example.org/');

describe('the graph a link carries', () => {
	it('is read and checked as an opened file is', async () => {
		const opened = await graphOfLink((await linkWithGraph(page, smallGraph('Sent')))!);
		expect(opened.ok && opened.graph.title).toBe('Sent');
	});

	it('says where a graph that fails its checks went wrong', async () => {
		const link = (await linkWithGraph(page, { ...smallGraph(), asOf: '2024-13' }))!;
		const opened = await graphOfLink(link);
		expect(opened.ok).toBe(false);
		expect(!opened.ok && opened.problems[0]).toMatchObject({ origin: LINKED_GRAPH, place: 'asOf' });
	});

	it('says a damaged link is damaged', async () => {
		const opened = await graphOfLink(new URL('#graph-data=AAAA', page));
		expect(!opened.ok && opened.problems[0].message).toMatch(/damaged/);
	});
});
