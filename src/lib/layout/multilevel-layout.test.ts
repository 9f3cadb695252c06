import { describe, expect, it } from 'vitest';
import { barabasiAlbert } from '$lib/model/barabasi-albert';
import { MultilevelLayout } from './multilevel-layout';

function network(n: number, seed = 1) {
	const graph = barabasiAlbert(n, 2, seed);
	const ids = graph.nodes.map((node) => node.id).sort();
	const index = new Map(ids.map((id, i) => [id, i]));
	const ties = Int32Array.from(
		graph.links.flatMap((link) => [index.get(link.source)!, index.get(link.target)!])
	);
	return { actors: ids.map((id) => ({ id, radius: 16 })), ties };
}

function settle(n: number, seed = 1) {
	const { actors, ties } = network(n);
	const layout = new MultilevelLayout(actors, ties, seed);
	const frames: Float64Array[] = [layout.positions()];
	while (!layout.cooled) {
		layout.tick();
		if (layout.ticks % 50 === 0) frames.push(layout.positions());
	}
	return { layout, places: layout.positions(), frames, ties };
}

describe('MultilevelLayout', () => {
	const { layout, places, frames, ties } = settle(1200);

	it('settles in the ticks it planned, far fewer than the levels would take laid out directly', () => {
		expect(layout.ticks).toBeLessThanOrEqual(layout.plannedTicks + 1);
		expect(layout.plannedTicks).toBeLessThan(700);
	});

	it('leaves no two actors overlapping', () => {
		const n = places.length / 2;
		let overlapping = 0;
		for (let a = 0; a < n; a++)
			for (let b = a + 1; b < n; b++)
				if (Math.hypot(places[2 * a] - places[2 * b], places[2 * a + 1] - places[2 * b + 1]) < 32)
					overlapping += 1;
		expect(overlapping).toBe(0);
	});

	it('keeps tied actors nearer each other than actors picked at random', () => {
		const gap = (a: number, b: number) =>
			Math.hypot(places[2 * a] - places[2 * b], places[2 * a + 1] - places[2 * b + 1]);
		let tied = 0;
		for (let k = 0; k < ties.length; k += 2) tied += gap(ties[k], ties[k + 1]);
		tied /= ties.length / 2;
		const n = places.length / 2;
		let any = 0;
		for (let a = 0; a < n; a++) any += gap(a, (a * 7919 + 13) % n);
		any /= n;
		expect(tied).toBeLessThan(any / 2);
	});

	it('draws every actor from the first frame, at the place of the coarse body it is in', () => {
		expect(frames[0]).toHaveLength(places.length);
		expect(frames.every((frame) => frame.every(Number.isFinite))).toBe(true);
		const distinct = (frame: Float64Array) =>
			new Set(
				Array.from({ length: frame.length / 2 }, (_, i) => `${frame[2 * i]},${frame[2 * i + 1]}`)
			).size;
		expect(distinct(frames[0])).toBeLessThan(distinct(places));
	});

	it('gives the same network the same picture, and another seed another', () => {
		expect(settle(1200).places).toEqual(places);
		expect(settle(1200, 2).places).not.toEqual(places);
	});
});
