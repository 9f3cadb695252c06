import { describe, expect, it } from 'vitest';
import type { Point } from '$lib/layout/point';
import { pointOnCurve } from './point-on-curve';
import {
	parallelOffsets,
	relationGeometry,
	relationPath,
	type RelationLine
} from './relation-geometry';
import { RELATION_SIZES } from './visual-constants';

const chn = { x: 0, y: 0 };
const prk = { x: 200, y: 0 };
const line = (overrides: Partial<RelationLine> = {}): RelationLine => ({
	offset: 0,
	forward: true,
	sourceRadius: 26,
	targetRadius: 26,
	ending: 'none',
	...overrides
});
const ends = (id: string, source: string, target: string) => ({ id, source, target });

function distanceToSegment(p: Point, a: Point, b: Point): number {
	const lengthSquared = (b.x - a.x) ** 2 + (b.y - a.y) ** 2;
	const t = Math.max(
		0,
		Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / lengthSquared)
	);
	return Math.hypot(p.x - (a.x + t * (b.x - a.x)), p.y - (a.y + t * (b.y - a.y)));
}

describe('parallelOffsets', () => {
	it('leaves a lone relation on the straight line', () => {
		expect(parallelOffsets([ends('a', 'chn', 'prk')]).has('a')).toBe(false);
	});

	it('fans several relations of one pair out symmetrically with equal spacing, in the order of their ids', () => {
		const offsets = parallelOffsets([
			ends('trade', 'chn', 'prk'),
			ends('aid', 'chn', 'prk'),
			ends('pact', 'prk', 'chn')
		]);
		expect(offsets.get('aid')).toBe(-RELATION_SIZES.curveSpacing);
		expect(offsets.get('pact')).toBe(0);
		expect(offsets.get('trade')).toBe(RELATION_SIZES.curveSpacing);
	});

	it('keeps other pairs apart', () => {
		const offsets = parallelOffsets([
			ends('a', 'chn', 'prk'),
			ends('b', 'rus', 'prk'),
			ends('c', 'prk', 'chn')
		]);
		expect(offsets.has('b')).toBe(false);
		expect(offsets.get('a')).toBe(-offsets.get('c')!);
	});
});

describe('relationGeometry', () => {
	it('is a straight line when alone between its pair, stopping short of both circles', () => {
		const geometry = relationGeometry(chn, prk, line());
		expect(geometry.curved).toBe(false);
		expect(relationPath(geometry)).toBe('M29,0L171,0');
		expect(distanceToSegment(geometry.middle, chn, prk)).toBeLessThan(0.01);
	});

	it('bends the curve so that its middle stands at the offset from the straight line', () => {
		const geometry = relationGeometry(
			chn,
			prk,
			line({ offset: 30, sourceRadius: 0, targetRadius: 0 })
		);
		expect(Math.abs(Math.abs(geometry.middle.y) - 30)).toBeLessThan(1);
		expect(relationPath(geometry)).toMatch(/^M[-\d.,]+Q[-\d.,]+ [-\d.,]+$/);
		// The middle is on the drawn curve.
		const onCurve = pointOnCurve(geometry.start, geometry.control, geometry.tip, 0.5);
		expect(Math.hypot(onCurve.x - geometry.middle.x, onCurve.y - geometry.middle.y)).toBeLessThan(
			0.05
		);
	});

	it('bends a relation and its reverse to opposite sides', () => {
		const there = relationGeometry(chn, prk, line({ offset: 26, forward: true }));
		const back = relationGeometry(prk, chn, line({ offset: 26, forward: false }));
		expect(Math.sign(there.middle.y)).toBe(Math.sign(back.middle.y));
		const reversedAxis = relationGeometry(prk, chn, line({ offset: 26, forward: true }));
		expect(Math.sign(reversedAxis.middle.y)).toBe(-Math.sign(there.middle.y));
	});

	it('puts the arrow tip at the target circle, pointing at it, with the line stopping inside the head', () => {
		const geometry = relationGeometry(chn, prk, line({ ending: 'arrow' }));
		const [tip, left, right] = geometry.arrowhead!;
		expect(tip.x).toBe(200 - 26 - RELATION_SIZES.gap);
		expect(left.x).toBeCloseTo(tip.x - RELATION_SIZES.arrowLength, 5);
		expect(left.y).toBeCloseTo(-right.y, 5);
		expect(Math.abs(left.y - right.y)).toBeCloseTo(2 * RELATION_SIZES.arrowHalfWidth, 5);
		expect(geometry.lineEnd.x).toBeLessThan(tip.x);
		expect(geometry.lineEnd.x).toBeGreaterThan(left.x);
		expect(geometry.bar).toBeUndefined();
	});

	it('puts a flat bar across the sanctioned end', () => {
		const geometry = relationGeometry(prk, chn, line({ ending: 'bar' }));
		const [one, two] = geometry.bar!;
		expect(one.x).toBe(29);
		expect(two.x).toBe(29);
		expect(Math.abs(one.y - two.y)).toBe(2 * RELATION_SIZES.barHalfLength);
		expect(geometry.lineEnd).toEqual(geometry.tip);
	});

	it('gives the same numbers on every run, rounded to hundredths', () => {
		const from = { x: 1 / 3, y: 2 / 7 };
		const to = { x: 123.456789, y: -98.7654321 };
		const geometry = relationGeometry(from, to, line({ offset: 13, ending: 'arrow' }));
		expect(relationGeometry(from, to, line({ offset: 13, ending: 'arrow' }))).toEqual(geometry);
		for (const point of [geometry.start, geometry.control, geometry.tip, ...geometry.arrowhead!]) {
			expect(Math.round(point.x * 100) / 100).toBe(point.x);
		}
	});
});
