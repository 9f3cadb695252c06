import { describe, expect, it } from 'vitest';
import { relationShape } from '$lib/stage/relation-geometry';
import type { Actor } from '$lib/model/schema';
import { graphFrame } from './graph-frame';
import { textWidth } from './text-width';

const actor = (id: string, name: string): Actor => ({ id, name, kind: 'state' });

describe('graphFrame', () => {
	it('holds each actor’s circle and its whole name, however long', () => {
		const long = actor('un', 'United Nations Security Council Sanctions Committee');
		const frame = graphFrame([{ actor: long, place: { x: 0, y: 0 }, radius: 22 }], []);
		const half = textWidth(long.name, 13.5, 'bold') / 2;
		expect(frame.minX).toBeLessThan(-half);
		expect(frame.maxX).toBeGreaterThan(half);
		expect(frame.minY).toBeLessThan(-26);
		expect(frame.maxY).toBeGreaterThan(22 + 16);
	});

	it('holds the bulge of a curved relation, but not its far-off control point', () => {
		const ends = { id: 'r', source: 'a', target: 'b', ending: 'none' as const };
		const shape = relationShape(ends, { x: 0, y: 0 }, { x: 400, y: 0 }, 60, {
			source: 26,
			target: 26
		});
		const frame = graphFrame(
			[
				{ actor: actor('a', 'A'), place: { x: 0, y: 0 }, radius: 26 },
				{ actor: actor('b', 'B'), place: { x: 400, y: 0 }, radius: 26 }
			],
			[shape]
		);
		const bulge = Math.max(Math.abs(frame.minY), Math.abs(frame.maxY));
		expect(bulge).toBeGreaterThan(60);
		expect(bulge).toBeLessThan(2 * 60);
	});

	it('gives an empty graph a tiny frame rather than an infinite one', () => {
		expect(graphFrame([], [])).toEqual({ minX: 0, minY: 0, maxX: 1, maxY: 1 });
	});
});
