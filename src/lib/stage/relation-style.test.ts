import { describe, expect, it } from 'vitest';
import { BUILTIN_RELATION_TYPES } from '$lib/model/builtin-types';
import type { Relation } from '$lib/model/schema';
import { isDirected, relationStyle } from './relation-style';

const type = (id: string) => BUILTIN_RELATION_TYPES.find((t) => t.id === id)!;
const relation = (overrides: Partial<Relation> = {}): Relation => ({
	id: 'r',
	type: 'trade',
	source: 'chn',
	target: 'prk',
	status: 'confirmed',
	summary: 'Trade',
	evidence: [{ source: 's', note: 'n' }],
	...overrides
});

describe('relationStyle', () => {
	it('gives every built-in type its own look in grayscale: pattern, weight or end', () => {
		const looks = BUILTIN_RELATION_TYPES.map((t) => {
			const style = relationStyle(relation({ type: t.id }), t);
			return JSON.stringify([style.dash, style.width, style.doubleCore, style.ending]);
		});
		expect(new Set(looks).size).toBe(BUILTIN_RELATION_TYPES.length);
	});

	it('draws a confirmed or reported relation at full strength', () => {
		for (const status of ['confirmed', 'reported'] as const) {
			const style = relationStyle(relation({ status }), type('trade'));
			expect(style.opacity).toBe(1);
			expect(style.badge).toBeUndefined();
		}
	});

	it('never draws an alleged relation like a confirmed one', () => {
		const alleged = relationStyle(relation({ status: 'alleged' }), type('trade'));
		expect(alleged.opacity).toBeLessThan(1);
		expect(alleged.brokenOverlay).toBeDefined();
		expect(alleged.badge).toBe('?');
	});

	it('keeps the pattern of a dashed or dotted type recognisable when alleged', () => {
		const alleged = relationStyle(relation({ type: 'aid', status: 'alleged' }), type('aid'));
		expect(alleged.dash).toBe(relationStyle(relation({ type: 'aid' }), type('aid')).dash);
		expect(alleged.brokenOverlay).toBeUndefined();
		expect(alleged.badge).toBe('?');
	});

	it('marks a denied relation with a cross', () => {
		expect(relationStyle(relation({ status: 'denied' }), type('aid')).badge).toBe('×');
	});

	it('ends aid in an arrow and sanctions in a bar, and a mutual pact in nothing', () => {
		expect(relationStyle(relation({ type: 'aid' }), type('aid')).ending).toBe('arrow');
		expect(relationStyle(relation({ type: 'sanctions' }), type('sanctions')).ending).toBe('bar');
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
});
