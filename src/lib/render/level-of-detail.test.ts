import { describe, expect, it } from 'vitest';
import {
	crowdedDetail,
	detailAt,
	MOST_CODED_ACTORS,
	MOST_DETAILED_RELATIONS,
	MOST_ROUND_ACTORS,
	movingDetail,
	byImportance,
	NamePlaces,
	startingDetail,
	type NameBox
} from './level-of-detail';

/** A name that might be drawn: its box on screen and how much it matters (higher first). */
type NameCandidate = NameBox & { priority: number };

describe('detailAt', () => {
	it('draws names, codes, ends and badges close up', () => {
		expect(detailAt(1, 26, 5000)).toMatchObject({
			names: true,
			codes: true,
			ends: true,
			badges: true,
			patterns: true
		});
	});

	it('drops names and codes when circles are specks', () => {
		const far = detailAt(0.1, 26, 5000);
		expect(far.names).toBe(false);
		expect(far.codes).toBe(false);
		expect(far.ends).toBe(false);
	});

	it('keeps names before codes: a name fits where a code inside the circle does not', () => {
		const middle = detailAt(0.3, 26, 5000);
		expect(middle.names).toBe(true);
		expect(middle.codes).toBe(false);
	});

	it('draws plain lines for thousands of relations seen from afar, patterns for a few', () => {
		expect(detailAt(0.1, 26, 5000).patterns).toBe(false);
		expect(detailAt(0.1, 26, 40).patterns).toBe(true);
	});
});

describe('NamePlaces', () => {
	const viewport = { width: 800, height: 600 };
	/** The names a drawing places, the most important first, up to `max`. */
	const placeNames = (candidates: NameCandidate[], on: typeof viewport, max: number) => {
		const places = new NamePlaces(on, max);
		return byImportance(candidates.map((c) => c.priority)).filter((i) =>
			places.place(candidates[i])
		);
	};
	const box = (x: number, y: number, priority = 0): NameCandidate => ({
		x,
		y,
		width: 80,
		height: 16,
		priority
	});

	it('orders names by importance, highest first, keeping their order where equal, at any count', () => {
		expect(byImportance([0, 1e6 + 3, 5, 1e9, 5, 1e6 + 3])).toEqual([3, 1, 5, 2, 4, 0]);
		const many = Array.from({ length: 30_000 }, (_, i) => (i * 7919) % 101);
		const order = byImportance(many);
		const byComparison = many.map((_, i) => i).sort((a, b) => many[b] - many[a] || a - b);
		expect(order).toEqual(byComparison);
	});

	it('never places two names on top of each other', () => {
		const candidates = Array.from({ length: 400 }, (_, i) =>
			box((i * 37) % 760, (i * 53) % 580, i % 7)
		);
		const placed = placeNames(candidates, viewport, 1000).map((i) => candidates[i]);
		for (const [i, a] of placed.entries()) {
			for (const b of placed.slice(i + 1)) {
				const overlap =
					a.x < b.x + b.width &&
					b.x < a.x + a.width &&
					a.y < b.y + b.height &&
					b.y < a.y + a.height;
				expect(overlap).toBe(false);
			}
		}
		expect(placed.length).toBeGreaterThan(20);
	});

	it('gives the place to the more important name', () => {
		const candidates = [box(100, 100, 1), box(110, 104, 9)];
		expect(placeNames(candidates, viewport, 10)).toEqual([1]);
	});

	it('skips names off screen and stops at the limit', () => {
		const candidates = [box(-500, 10), box(10, 10), box(200, 10), box(400, 10)];
		expect(placeNames(candidates, viewport, 2)).toEqual([1, 2]);
	});
});

describe('movingDetail', () => {
	it('draws a moving layout with plain lines, hairlines where thin, no codes, and the names that fit', () => {
		const near = detailAt(2, 24, 100);
		expect(near).toMatchObject({ ends: true, badges: true, patterns: true, codes: true });
		expect(movingDetail(near)).toEqual({
			...near,
			ends: false,
			badges: false,
			patterns: false,
			codes: false,
			hairlines: true
		});
	});
});

describe('startingDetail', () => {
	it('draws where a layout starts as it draws a moving one, without names', () => {
		const near = detailAt(2, 24, 100);
		expect(startingDetail(near)).toEqual({ ...movingDetail(near), names: false });
		expect(movingDetail(near).names).toBe(true);
	});
});

describe('crowdedDetail', () => {
	const close = detailAt(4, 24, 100);

	it('keeps every detail on a screen of a few marks', () => {
		expect(crowdedDetail(close, 50, 20)).toMatchObject({
			ends: true,
			badges: true,
			patterns: true,
			codes: true,
			specks: false
		});
	});

	it('leaves out ends, badges and patterns, and thins lines to hairlines, when thousands of relations are on screen', () => {
		const busy = crowdedDetail(close, MOST_DETAILED_RELATIONS + 1, 20);
		expect([busy.ends, busy.badges, busy.patterns, busy.codes, busy.hairlines]).toEqual([
			false,
			false,
			false,
			true,
			true
		]);
		expect(crowdedDetail(close, MOST_DETAILED_RELATIONS, 20).hairlines).toBe(false);
	});

	it('leaves out codes, then draws specks, as actors on screen grow to thousands', () => {
		expect(crowdedDetail(close, 0, MOST_CODED_ACTORS + 1)).toMatchObject({
			codes: false,
			specks: false
		});
		expect(crowdedDetail(close, 0, MOST_ROUND_ACTORS + 1)).toMatchObject({
			codes: false,
			specks: true
		});
	});
});
