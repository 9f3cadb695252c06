import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { serialize } from '$lib/export/svg-element';
import { BUILTIN_RELATION_TYPES } from '$lib/model/builtin-types';
import type { RelationType } from '$lib/model/schema';
import { sampleNode } from '$lib/render/svg-mark-nodes';
import { sampleDrawing } from '$lib/render/svg-marks';
import {
	coloursApart,
	distinctStyle,
	grayOf,
	lookAlikePairs,
	looksAlike,
	patternsApart,
	TYPE_COLOURS
} from './look-alike-types';
import { relationStyle } from './relation-style';
import { LIGHT_PALETTE } from './visual-constants';

const [trade, aid, defensePact, sanctions] = BUILTIN_RELATION_TYPES;

const type = (id: string, style: Partial<RelationType>): RelationType => ({
	id,
	label: id,
	colour: '#6B6B6B',
	dash: 'solid',
	end: 'arrow',
	directed: false,
	...style
});

const drawn = new Map<RelationType, Uint8Array>();

/** A legend sample of the type, drawn as the export draws it, in grays. */
function grayPixels(relationType: RelationType): Uint8Array {
	const known = drawn.get(relationType);
	if (known) return known;
	const drawing = sampleDrawing(
		relationStyle({ status: 'confirmed' }, relationType),
		{ x: 4, y: 10 },
		{ x: 52, y: 10 },
		LIGHT_PALETTE,
		7
	);
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="56" height="20"><rect width="56" height="20" fill="#fff"/>${serialize(sampleNode(drawing))}</svg>`;
	const rgba = new Resvg(svg).render().pixels;
	const gray = new Uint8Array(rgba.length / 4);
	for (let i = 0; i < gray.length; i++) gray[i] = Math.round(grayOf(hexOf(rgba, i * 4)));
	drawn.set(relationType, gray);
	return gray;
}

const hexOf = (rgba: Uint8Array, at: number) =>
	'#' + [0, 1, 2].map((k) => rgba[at + k].toString(16).padStart(2, '0')).join('');

/** Whether the two samples print alike: fewer than 12 pixels differ by more than a smudge. */
function printAlike(one: RelationType, other: RelationType): boolean {
	const [a, b] = [grayPixels(one), grayPixels(other)];
	let differing = 0;
	for (let i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > 48) differing++;
	return differing < 12;
}

describe('types that look alike in grayscale', () => {
	it('finds none among the four built-in types', () => {
		expect(lookAlikePairs(BUILTIN_RELATION_TYPES)).toEqual([]);
	});

	it('finds a type drawn as aid is, in a colour of about the same gray', () => {
		const arms = type('arms', { colour: '#D55E00', dash: 'long-dash', directed: true });
		expect(lookAlikePairs([...BUILTIN_RELATION_TYPES, arms])).toEqual([[aid, arms]]);
	});

	it('tells types apart by pattern, by end, by weight or by a gray far enough', () => {
		const base = type('base', { colour: '#0072B2' });
		expect(looksAlike(base, trade)).toBe(true);
		expect(looksAlike({ ...base, dash: 'dotted' }, trade)).toBe(false);
		expect(looksAlike({ ...base, directed: true }, trade)).toBe(false);
		expect(looksAlike({ ...base, weight: 5 }, trade)).toBe(false);
		expect(looksAlike({ ...base, colour: '#1F1F1F' }, trade)).toBe(false);
	});

	it('takes the end only where the type flows one way, as the legend draws it', () => {
		const mutual = type('mutual', { colour: '#0072B2', end: 'bar' });
		expect(looksAlike(mutual, trade)).toBe(true);
		expect(looksAlike({ ...mutual, directed: true }, { ...trade, directed: true })).toBe(false);
	});

	it('agrees with the printed legend samples', () => {
		const candidates = [
			...BUILTIN_RELATION_TYPES,
			type('near-trade', { colour: '#0072B2' }),
			type('dark-trade', { colour: '#1F1F1F' }),
			type('dotted', { dash: 'dotted', colour: '#0072B2' }),
			type('arms', { colour: '#D55E00', dash: 'long-dash', directed: true }),
			type('heavy', { colour: '#0072B2', weight: 5 })
		];
		for (const [i, one] of candidates.entries())
			for (const other of candidates.slice(i + 1))
				expect(looksAlike(one, other), `${one.id} ~ ${other.id}`).toBe(printAlike(one, other));
	});
});

describe('ways to set a type apart', () => {
	const arms = type('arms', { colour: '#D55E00', dash: 'long-dash', directed: true });

	it('offers patterns and colours that no longer look like any other type', () => {
		const patterns = patternsApart(arms, BUILTIN_RELATION_TYPES);
		expect(patterns).not.toContain('long-dash');
		expect(patterns).toContain('dotted');
		for (const dash of patterns)
			expect(lookAlikePairs([...BUILTIN_RELATION_TYPES, { ...arms, dash }])).toEqual([]);
		const colours = coloursApart(arms, BUILTIN_RELATION_TYPES);
		expect(colours.length).toBeGreaterThan(0);
		for (const colour of colours)
			expect(lookAlikePairs([...BUILTIN_RELATION_TYPES, { ...arms, colour }])).toEqual([]);
	});

	it('offers only colours that keep 3:1 contrast on white', () => {
		const luminance = (colour: string) => {
			const channels = [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16) / 255);
			const [r, g, b] = channels.map((c) =>
				c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
			);
			return 0.2126 * r + 0.7152 * g + 0.0722 * b;
		};
		for (const { colour, name } of TYPE_COLOURS)
			expect(1.05 / (luminance(colour) + 0.05), name).toBeGreaterThanOrEqual(3);
	});

	it('styles a new type so that it looks like none before it, one way or mutual', () => {
		const types: RelationType[] = [...BUILTIN_RELATION_TYPES];
		for (let n = 0; n < 12; n++) {
			const style = distinctStyle(types);
			for (const directed of [true, false]) {
				const made = type(`new-${n}`, { ...style, directed });
				expect(lookAlikePairs([...types, made]), `type ${n + 1}`).toEqual([]);
			}
			types.push(type(`new-${n}`, { ...style, directed: n % 2 === 0 }));
		}
	});

	it('starts with a pattern and a colour no type uses yet', () => {
		const style = distinctStyle(BUILTIN_RELATION_TYPES);
		expect(BUILTIN_RELATION_TYPES.map((t) => t.dash)).not.toContain(style.dash);
		expect(BUILTIN_RELATION_TYPES.map((t) => t.colour)).not.toContain(style.colour);
		expect(defensePact.dash).not.toBe(style.dash);
		expect(sanctions.colour).not.toBe(style.colour);
	});
});
