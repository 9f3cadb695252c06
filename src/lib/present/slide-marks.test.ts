import { describe, expect, it } from 'vitest';
import { relationStyle } from '$lib/stage/relation-style';
import { BUILTIN_RELATION_TYPES } from '$lib/model/builtin-types';
import type { Relation } from '$lib/model/schema';
import { SLIDE_WEIGHT, slideStyle, svgRelation } from './slide-marks';

const pact = BUILTIN_RELATION_TYPES.find((t) => t.id === 'defense-pact')!;
const relation: Relation = {
	id: 'r',
	type: 'defense-pact',
	source: 'a',
	target: 'b',
	status: 'alleged',
	summary: 's',
	evidence: [{ source: 's', note: 'n' }]
};

describe('slideStyle', () => {
	it('makes lines heavier for the room, keeping colour, pattern and ending', () => {
		const screen = relationStyle(relation, pact);
		const slide = slideStyle(screen);
		expect(slide.width).toBeCloseTo(screen.width * SLIDE_WEIGHT);
		expect(slide.doubleCore).toBeCloseTo(screen.doubleCore! * SLIDE_WEIGHT);
		expect(slide.brokenOverlay).toBe('4.8 4.8');
		expect([slide.colour, slide.ending, slide.badge, slide.opacity]).toEqual([
			screen.colour,
			screen.ending,
			screen.badge,
			screen.opacity
		]);
	});

	it('draws a relation without a link, so a click never leaves the briefing', () => {
		const [a, b] = [
			{ x: 0, y: 0 },
			{ x: 10, y: 0 }
		];
		const shape = {
			id: 'r',
			path: 'M0,0L10,0',
			start: a,
			control: a,
			end: b,
			middle: { x: 5, y: 0 }
		};
		const svg = svgRelation(relation, shape, relationStyle(relation, pact));
		expect(svg).not.toContain('<a');
		expect(svg).toContain('data-relation="r"');
	});
});
