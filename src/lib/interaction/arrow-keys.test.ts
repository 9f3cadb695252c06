import { describe, expect, it } from 'vitest';
import { ARROWS, nearestInDirection } from './arrow-keys';

// North Korea in the middle, China below left, Russia below right, the UN to the right.
const actors = [
	{ id: 'prk', x: 0, y: 0 },
	{ id: 'chn', x: -150, y: 200 },
	{ id: 'rus', x: 100, y: 230 },
	{ id: 'un', x: 250, y: 80 }
];
const from = (id: string) => actors.find((a) => a.id === id)!;
const others = (id: string) => actors.filter((a) => a.id !== id);
const go = (id: string, key: string) => nearestInDirection(from(id), others(id), ARROWS[key])?.id;

describe('nearestInDirection', () => {
	it('goes to the nearest actor that lies the way the arrow points', () => {
		expect(go('prk', 'ArrowRight')).toBe('un');
		expect(go('prk', 'ArrowDown')).toBe('rus');
		expect(go('chn', 'ArrowRight')).toBe('rus');
		expect(go('rus', 'ArrowLeft')).toBe('chn');
		expect(go('chn', 'ArrowUp')).toBe('prk');
	});

	it('weighs a step across more than a step along', () => {
		const row = [
			{ id: 'beside', x: 200, y: 0 },
			{ id: 'above', x: 60, y: -90 }
		];
		expect(nearestInDirection({ x: 0, y: 0 }, row, ARROWS.ArrowRight)?.id).toBe('beside');
	});

	it('finds nothing where nothing lies that way', () => {
		expect(go('prk', 'ArrowUp')).toBeUndefined();
		expect(go('un', 'ArrowRight')).toBeUndefined();
		expect(nearestInDirection({ x: 0, y: 0 }, [], ARROWS.ArrowLeft)).toBeUndefined();
	});
});
