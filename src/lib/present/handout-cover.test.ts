import { describe, expect, it } from 'vitest';
import { handoutCover } from './handout-cover';

const graph = {
	title: 'DPRK, PRC, Russia and the UN',
	subtitle: 'How North Korea is tied',
	description: 'Drawn from public reporting.',
	marking: 'OFFICIAL',
	asOf: '2024-10-06',
	actors: [{}, {}, {}, {}],
	relations: [{}],
	sources: [{}, {}]
} as unknown as Parameters<typeof handoutCover>[0];

describe('handoutCover', () => {
	it('says what the briefing is, as of when, and when it was printed', () => {
		const cover = handoutCover(graph, new Date(2026, 11, 1, 23, 30));
		expect(cover).toMatchObject({
			title: 'DPRK, PRC, Russia and the UN',
			subtitle: 'How North Korea is tied',
			description: 'Drawn from public reporting.',
			marking: 'OFFICIAL',
			asOf: 'As of 6 Oct 2024',
			printed: '1 Dec 2026'
		});
	});

	it('counts actors, relations and sources, in the singular for one', () => {
		expect(handoutCover(graph, new Date()).counts).toBe('4 actors · 1 relation · 2 sources');
	});

	it('leaves out what the graph does not say', () => {
		const { subtitle, description, marking } = handoutCover(
			{ ...graph, subtitle: undefined, description: undefined, marking: undefined },
			new Date()
		);
		expect([subtitle, description, marking]).toEqual([undefined, undefined, undefined]);
	});
});
