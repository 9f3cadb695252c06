import type { GraphFile } from '$lib/model/schema';

/** A small valid graph for the storage tests: two actors, one relation with its evidence. */
export function testGraph(title = 'Network'): GraphFile {
	return {
		title,
		asOf: '2024-10-06',
		actors: [
			{ id: 'chn', name: 'China', kind: 'state' },
			{ id: 'prk', name: 'North Korea', kind: 'state' }
		],
		sources: [
			{
				id: 'ap',
				title: 'China and North Korea mark 75 years of ties',
				publisher: 'AP',
				url: 'https://apnews.com/',
				published: '2024-10-06'
			}
		],
		relations: [
			{
				id: 'chn-prk-trade',
				type: 'trade',
				source: 'chn',
				target: 'prk',
				status: 'confirmed',
				summary: 'China is North Korea’s main trading partner',
				evidence: [{ source: 'ap', note: 'Most of North Korea’s trade is with China.' }]
			}
		]
	};
}
