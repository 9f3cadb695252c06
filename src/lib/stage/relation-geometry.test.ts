import { describe, expect, it } from 'vitest';
import {
	CURVE_SPACING,
	parallelOffsets,
	relationShape,
	relationShapes,
	type RelationEnds
} from './relation-geometry';
import type { Point } from '$lib/layout/point';

const relation = (
	id: string,
	source: string,
	target: string,
	ending: RelationEnds['ending'] = 'none'
) => ({
	id,
	source,
	target,
	ending
});

const positions = new Map<string, Point>([
	['chn', { x: 0, y: 0 }],
	['prk', { x: 200, y: 0 }],
	['rus', { x: 200, y: 200 }]
]);
const radii = new Map([
	['chn', 26],
	['prk', 26],
	['rus', 26]
]);

function distanceToSegment(p: Point, a: Point, b: Point): number {
	const t = Math.max(
		0,
		Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / 200 ** 2)
	);
	return Math.hypot(p.x - (a.x + t * (b.x - a.x)), p.y - (a.y + t * (b.y - a.y)));
}

describe('parallelOffsets', () => {
	it('leaves a lone relation on the straight line', () => {
		expect(parallelOffsets([relation('a', 'chn', 'prk')]).get('a')).toBe(0);
	});

	it('fans several relations of one pair out symmetrically with equal spacing', () => {
		const offsets = parallelOffsets([
			relation('trade', 'chn', 'prk'),
			relation('aid', 'chn', 'prk'),
			relation('pact', 'prk', 'chn')
		]);
		expect(offsets.get('aid')).toBe(-CURVE_SPACING);
		expect(offsets.get('pact')).toBe(0);
		expect(offsets.get('trade')).toBe(CURVE_SPACING);
	});

	it('keeps other pairs apart', () => {
		const offsets = parallelOffsets([relation('a', 'chn', 'prk'), relation('b', 'rus', 'prk')]);
		expect(offsets.get('a')).toBe(0);
		expect(offsets.get('b')).toBe(0);
	});
});

describe('relationShapes', () => {
	it('draws relations of one pair as separate curves whose middles never coincide', () => {
		const shapes = relationShapes(
			[
				relation('a', 'chn', 'prk'),
				relation('b', 'prk', 'chn'),
				relation('c', 'chn', 'prk'),
				relation('d', 'prk', 'chn')
			],
			positions,
			radii
		);
		const middles = shapes.map((shape) => shape.middle);
		for (const [i, m] of middles.entries()) {
			for (const other of middles.slice(i + 1)) {
				expect(Math.hypot(m.x - other.x, m.y - other.y)).toBeGreaterThanOrEqual(
					CURVE_SPACING - 0.01
				);
			}
		}
		// Symmetric around the straight line: the sideways offsets cancel out.
		expect(middles.reduce((sum, m) => sum + m.y, 0)).toBeCloseTo(0, 5);
	});

	it('bends the curve so its middle sits at the offset from the straight line', () => {
		const shape = relationShape(
			relation('a', 'chn', 'prk'),
			positions.get('chn')!,
			positions.get('prk')!,
			30,
			{
				source: 0,
				target: 0
			}
		);
		expect(Math.abs(Math.abs(shape.middle.y) - 30)).toBeLessThan(1);
		expect(shape.path).toMatch(/^M[-\d.,]+Q/);
	});

	it('is a straight line when alone between its pair', () => {
		const [shape] = relationShapes([relation('a', 'chn', 'prk')], positions, radii);
		expect(shape.path).toMatch(/^M[-\d.,]+L[-\d.,]+$/);
		expect(
			distanceToSegment(shape.middle, positions.get('chn')!, positions.get('prk')!)
		).toBeLessThan(0.01);
	});

	it('stops short of the circles at both ends', () => {
		const [shape] = relationShapes([relation('a', 'chn', 'prk')], positions, radii);
		expect(shape.start.x).toBeGreaterThan(26);
		expect(shape.end.x).toBeLessThan(200 - 26);
	});

	it('puts the arrow tip at the target circle, pointing at it', () => {
		const [shape] = relationShapes([relation('a', 'chn', 'prk', 'arrow')], positions, radii);
		const [tip, left, right] = shape.arrowhead!;
		expect(tip.x).toBeCloseTo(200 - 26 - 3, 5);
		expect(left.x).toBeLessThan(tip.x);
		expect(right.x).toBeLessThan(tip.x);
		expect(left.y).toBeCloseTo(-right.y, 5);
		expect(shape.bar).toBeUndefined();
	});

	it('puts a flat bar across the sanctioned end', () => {
		const [shape] = relationShapes([relation('a', 'prk', 'chn', 'bar')], positions, radii);
		const [one, two] = shape.bar!;
		expect(one.x).toBeCloseTo(29, 5);
		expect(two.x).toBeCloseTo(29, 5);
		expect(Math.abs(one.y - two.y)).toBeCloseTo(18, 5);
	});

	it('gives the same shapes on every run', () => {
		const input = [relation('a', 'chn', 'prk', 'arrow'), relation('b', 'prk', 'chn', 'bar')];
		expect(relationShapes(input, positions, radii)).toEqual(
			relationShapes(input, positions, radii)
		);
	});

	it('skips a relation whose actor has no place', () => {
		expect(relationShapes([relation('a', 'chn', 'nowhere')], positions, radii)).toEqual([]);
	});
});
