import { describe, expect, it } from 'vitest';
import { BUILTIN_RELATION_TYPES } from '$lib/model/builtin-types';
import type { Relation } from '$lib/model/schema';
import { isDirected, relationStyle, signRadius } from './relation-style';
import { OPACITY } from './visual-constants';
import { relationOf } from '../../../tests/fixtures/graph-builders';

const type = (id: string) => BUILTIN_RELATION_TYPES.find((t) => t.id === id)!;
const relation = (overrides: Partial<Relation> = {}) => relationOf('r', overrides);

describe('relationStyle', () => {
	it('gives every built-in type its own look in grayscale: pattern, weight or end', () => {
		const looks = BUILTIN_RELATION_TYPES.map((t) => {
			const style = relationStyle(relation({ type: t.id }), t);
			return JSON.stringify([style.dash, style.width, style.doubleCore, style.ending]);
		});
		expect(new Set(looks).size).toBe(BUILTIN_RELATION_TYPES.length);
	});

	it('draws a confirmed or reported relation at full strength, a reported one with an empty bead', () => {
		const confirmed = relationStyle(relation({ status: 'confirmed' }), type('trade'));
		const reported = relationStyle(relation({ status: 'reported' }), type('trade'));
		for (const style of [confirmed, reported]) {
			expect(style.opacity).toBe(1);
			expect(style.perforation).toBeUndefined();
		}
		expect(confirmed.badge).toBeUndefined();
		expect(reported.badge).toBe('');
		expect(signRadius('')).toBeLessThan(signRadius('?'));
	});

	it('never draws an alleged relation like a confirmed one', () => {
		const alleged = relationStyle(relation({ status: 'alleged' }), type('trade'));
		expect(alleged.opacity).toBe(OPACITY.doubt);
		expect(alleged.perforation?.dash).toEqual([3, 3]);
		expect(alleged.badge).toBe('?');
	});

	it('keeps the pattern of a dashed or dotted type recognisable when alleged', () => {
		const alleged = relationStyle(relation({ type: 'aid', status: 'alleged' }), type('aid'));
		expect(alleged.dash).toEqual(relationStyle(relation({ type: 'aid' }), type('aid')).dash);
		expect(alleged.perforation).toBeUndefined();
		expect(alleged.badge).toBe('?');
	});

	it('marks a denied relation with a cross', () => {
		expect(relationStyle(relation({ status: 'denied' }), type('aid')).badge).toBe('×');
	});

	it('ends aid in an arrow and sanctions in a bar heavier than the line, and a mutual pact in nothing', () => {
		expect(relationStyle(relation({ type: 'aid' }), type('aid')).ending).toBe('arrow');
		const sanctions = relationStyle(relation({ type: 'sanctions' }), type('sanctions'));
		expect(sanctions.ending).toBe('bar');
		expect(sanctions.endWidth).toBeGreaterThan(sanctions.width);
		expect(relationStyle(relation({ type: 'defense-pact' }), type('defense-pact')).ending).toBe(
			'none'
		);
	});

	it("lets a relation's own direction override its type's", () => {
		const oneWayTrade = relation({ directed: true });
		expect(isDirected(oneWayTrade, type('trade'))).toBe(true);
		expect(relationStyle(oneWayTrade, type('trade')).ending).toBe('arrow');
		expect(isDirected(relation({ type: 'aid', directed: false }), type('aid'))).toBe(false);
	});

	it('makes lines, cores and patterns heavier together on a slide, keeping their proportions', () => {
		const screen = relationStyle(relation({ type: 'aid', status: 'alleged' }), type('aid'));
		const slide = relationStyle(relation({ type: 'aid', status: 'alleged' }), type('aid'), 1.5);
		expect(slide.width).toBe(screen.width * 1.5);
		expect(slide.dash).toEqual(screen.dash!.map((length) => length * 1.5));
		const pact = relationStyle(relation({ type: 'defense-pact' }), type('defense-pact'), 2);
		expect(pact.doubleCore).toBe(pact.width / 3);
	});

	it('draws a relation whose type is unknown in the neutral grey, solid', () => {
		const style = relationStyle(relation({ type: 'unknown' }), undefined);
		expect(style.colour).toBe('#6B6B6B');
		expect(style.dash).toBeUndefined();
	});
});
