import { describe, expect, it } from 'vitest';
import { labelAt, nameLabels, type LabelBox, type NamedActor } from './name-labels';
import { textWidth } from './text-width';
import { ACTOR_SIZES } from './visual-constants';

const actor = (id: string, name: string, x: number, y: number, degree = 1): NamedActor => ({
	id,
	name,
	x,
	y,
	radius: 26,
	degree
});

/** Each label's box where it stands, and each circle, to check nothing overlaps. */
function clashes(actors: NamedActor[], scale = 1): string[] {
	const labels = nameLabels(actors, scale);
	const boxes = actors.map((a) => {
		const { box } = labels.get(a.id)!;
		return { id: a.id, shown: labels.get(a.id)!.lines.length > 0, box: shift(box, a) };
	});
	const found: string[] = [];
	for (const [i, one] of boxes.entries()) {
		if (!one.shown) continue;
		for (const other of boxes.slice(i + 1))
			if (other.shown && overlap(one.box, other.box))
				found.push(`${one.id} name × ${other.id} name`);
		for (const a of actors)
			if (a.id !== one.id && touches(one.box, a)) found.push(`${one.id} name × ${a.id} circle`);
	}
	return found;
}

const shift = (box: LabelBox, at: { x: number; y: number }): LabelBox => ({
	left: box.left + at.x,
	right: box.right + at.x,
	top: box.top + at.y,
	bottom: box.bottom + at.y
});
const overlap = (a: LabelBox, b: LabelBox) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
function touches(box: LabelBox, a: NamedActor): boolean {
	const dx = a.x - Math.max(box.left, Math.min(a.x, box.right));
	const dy = a.y - Math.max(box.top, Math.min(a.y, box.bottom));
	return Math.hypot(dx, dy) < a.radius;
}

const IRGC = 'Islamic Revolutionary Guard Corps';

describe('nameLabels', () => {
	it('writes a name whole, on one line, below its circle where it has room', () => {
		const label = nameLabels([actor('irn', 'Iran', 0, 0)]).get('irn')!;
		expect(label).toMatchObject({ lines: ['Iran'], anchor: 'middle', x: 0, shortened: false });
		expect(label.y).toBe(26 + ACTOR_SIZES.nameBaseline);
	});

	it('moves a long name that would run into its neighbour, rather than overlap it', () => {
		const actors = [actor('irgc', IRGC, 0, 0), actor('sdn', 'Sudan', 130, 0)];
		// Below, as before, the two names ran into each other.
		const below = shift(labelAt(26, 'below', [IRGC]).box, actors[0]);
		const sudan = shift(labelAt(26, 'below', ['Sudan']).box, actors[1]);
		expect(overlap(below, sudan)).toBe(true);
		expect(clashes(actors)).toEqual([]);
		const labels = nameLabels(actors);
		expect(labels.get('irgc')!.lines.join(' ')).toBe(IRGC);
		expect(labels.get('sdn')!.lines).toEqual(['Sudan']);
	});

	it('wraps or shortens names in a crowd, keeping every one clear of the others', () => {
		const names = [
			IRGC,
			'Sudan',
			'European Union',
			'Russian Federation',
			'Iran',
			'United Nations Security Council'
		];
		const crowd = names.flatMap((name, i) =>
			[0, 1, 2].map((row) => actor(`${i}-${row}`, name, i * 100, row * 95, (i + row) % 3))
		);
		expect(clashes(crowd)).toEqual([]);
		const labels = [...nameLabels(crowd).values()];
		expect(labels.some((label) => label.lines.length === 2 || label.shortened)).toBe(true);
		for (const label of labels.filter((l) => l.shortened && l.lines.length > 0))
			expect(label.lines[0].endsWith('…')).toBe(true);
	});

	it('keeps names clear when they are drawn larger for a camera zoomed far out', () => {
		const actors = [
			actor('irgc', IRGC, 0, 0),
			actor('sdn', 'Sudan', 130, 0),
			actor('eu', 'EU', 60, 110)
		];
		expect(clashes(actors, 1.8)).toEqual([]);
		expect(nameLabels(actors, 1.8).get('sdn')!.size).toBe(ACTOR_SIZES.nameSize * 1.8);
	});

	it('is the same for the same places, whatever the order of the actors', () => {
		const actors = [
			actor('irgc', IRGC, 0, 0),
			actor('sdn', 'Sudan', 130, 0, 3),
			actor('eu', 'EU', 60, 90)
		];
		expect(nameLabels([...actors].reverse())).toEqual(nameLabels(actors));
	});

	it('boxes a name as wide as DejaVu Sans sets it, with its halo', () => {
		const { box } = labelAt(26, 'below', ['Sudan']);
		expect(box.right - box.left).toBeCloseTo(
			textWidth('Sudan', ACTOR_SIZES.nameSize, 'bold') + ACTOR_SIZES.nameHalo
		);
		expect(box.top).toBeGreaterThan(26);
		const beside = labelAt(26, 'right', ['Sudan']);
		expect(beside.anchor).toBe('start');
		expect(beside.box.left).toBeGreaterThanOrEqual(26);
	});
});
