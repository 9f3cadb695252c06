import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { serialize } from '$lib/export/svg-element';
import { BUILTIN_RELATION_TYPES } from '$lib/model/builtin-types';
import type { RelationStatus, RelationType } from '$lib/model/schema';
import { sampleNode } from '$lib/render/svg-mark-nodes';
import { sampleDrawing } from '$lib/render/svg-marks';
import { TypeLabels } from '$lib/csv/type-labels';
import { relationStyle } from './relation-style';
import { LIGHT_PALETTE } from './visual-constants';
import { exampleGraph } from '../../../tests/fixtures/example-graph';

/** A legend's sample (as on screen and in the export), drawn by librsvg's peer resvg in gray. */
function grayPixels(type: RelationType, status: RelationStatus): Uint8Array {
	const drawing = sampleDrawing(
		relationStyle({ status }, type),
		{ x: 4, y: 10 },
		{ x: 52, y: 10 },
		LIGHT_PALETTE,
		7
	);
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="56" height="20"><rect width="56" height="20" fill="#fff"/>${serialize(sampleNode(drawing))}</svg>`;
	const image = new Resvg(svg, { font: { loadSystemFonts: true } }).render();
	const rgba = image.pixels;
	const gray = new Uint8Array(rgba.length / 4);
	for (let i = 0; i < gray.length; i++) {
		gray[i] = Math.round(
			0.2126 * rgba[i * 4] + 0.7152 * rgba[i * 4 + 1] + 0.0722 * rgba[i * 4 + 2]
		);
	}
	return gray;
}

/** How many pixels of two gray samples differ by more than a printer's smudge. */
function differingPixels(a: Uint8Array, b: Uint8Array): number {
	let count = 0;
	for (let i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > 48) count++;
	return count;
}

/** Every pair of samples that a gray print would show alike. */
function alike(samples: [string, Uint8Array][]): string[] {
	const pairs: string[] = [];
	for (const [i, [one, a]] of samples.entries())
		for (const [two, b] of samples.slice(i + 1))
			if (differingPixels(a, b) < 12) pairs.push(`${one} ~ ${two}`);
	return pairs;
}

const NEUTRAL: RelationType = {
	id: 'status',
	label: 'status',
	colour: '#1f1f1f',
	dash: 'solid',
	end: 'none',
	directed: false
};

describe('the legend in grayscale', () => {
	it('tells every status apart without colour', () => {
		const statuses: RelationStatus[] = ['confirmed', 'reported', 'alleged', 'denied'];
		const samples = statuses.map((s) => [s, grayPixels(NEUTRAL, s)] as [string, Uint8Array]);
		expect(alike(samples)).toEqual([]);
	});

	it("tells every type apart without colour: the built-in ones and the example's own", () => {
		const types = [...BUILTIN_RELATION_TYPES, ...(exampleGraph().relationTypes ?? [])];
		expect(types.length).toBeGreaterThan(4);
		const samples = types.map((t) => [t.label, grayPixels(t, 'confirmed')] as [string, Uint8Array]);
		expect(alike(samples)).toEqual([]);
	});

	it('tells apart the types a spreadsheet brings, beyond the four built in', () => {
		const labels = new TypeLabels();
		for (const label of ['Diplomatic', 'Arms transfers', 'Cyber operations', 'Loans', 'Visits'])
			labels.idOf(label);
		const types = [...BUILTIN_RELATION_TYPES, ...labels.declared];
		const samples = types.map((t) => [t.label, grayPixels(t, 'confirmed')] as [string, Uint8Array]);
		expect(alike(samples)).toEqual([]);
	});
});
