import { describe, expect, it } from 'vitest';
import { packStart, unpackStart } from './packed-start';

describe('packStart', () => {
	const request = {
		kind: 'start' as const,
		actors: [
			{ id: 'prk', radius: 26 },
			{ id: 'chn', radius: 30 },
			{ id: 'un', radius: 20 }
		],
		ties: [
			{ source: 'chn', target: 'prk' },
			{ source: 'un', target: 'prk' }
		],
		seed: 7
	};

	it('carries the actors and ties in typed arrays that are handed over, and unpacks to the same request', async () => {
		const { message, transfer } = await packStart(request);
		expect(message.ids).toEqual(['prk', 'chn', 'un']);
		expect(Array.from(message.radii)).toEqual([26, 30, 20]);
		expect(Array.from(message.ties)).toEqual([1, 0, 2, 0]);
		expect(transfer).toEqual([message.radii.buffer, message.ties.buffer]);
		expect(unpackStart(message)).toEqual(request);
	});

	it('keeps where a layout starts from', async () => {
		const from = { positions: new Float64Array([1, 2, 3, 4, 5, 6]), alpha: 0.3 };
		expect(unpackStart((await packStart({ ...request, from })).message).from).toEqual(from);
	});

	it('leaves out a tie to no actor of the request', async () => {
		const { message } = await packStart({
			...request,
			ties: [...request.ties, { source: 'chn', target: 'rus' }]
		});
		expect(unpackStart(message).ties).toEqual(request.ties);
	});

	it('packs a large network as it packs any, letting the page go between slices of 2,500', async () => {
		const n = 25_000;
		const large = {
			kind: 'start' as const,
			actors: Array.from({ length: n }, (_, i) => ({ id: `a${i}`, radius: 10 + (i % 3) })),
			ties: Array.from({ length: n }, (_, i) => ({ source: `a${i}`, target: `a${(i * 7) % n}` })),
			seed: 3
		};
		let pauses = 0;
		const sliced = await packStart(large, async () => {
			pauses++;
		});
		// Ten slices of actors, then ten of ties, with a pause between each two.
		expect(pauses).toBe(19);
		expect(sliced).toEqual(await packStart(large, async () => undefined));
		expect(unpackStart(sliced.message)).toEqual(large);
	});
});
