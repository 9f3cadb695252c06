import { describe, expect, it } from 'vitest';
import { actorForArrow, directionOf, nearestTo, nextActor } from './actor-navigation';

//      1
//  2   0   3
//      4       5 (far right, lower)
const places = [
	{ x: 0, y: 0 },
	{ x: 0, y: -100 },
	{ x: -100, y: 0 },
	{ x: 100, y: 0 },
	{ x: 0, y: 100 },
	{ x: 300, y: 120 }
];

describe('nextActor', () => {
	it('moves to the nearest actor in each arrow direction', () => {
		expect(nextActor(places, 0, 'up')).toBe(1);
		expect(nextActor(places, 0, 'left')).toBe(2);
		expect(nextActor(places, 0, 'right')).toBe(3);
		expect(nextActor(places, 0, 'down')).toBe(4);
	});

	it('prefers an actor straight ahead to one off to the side', () => {
		expect(nextActor(places, 2, 'right')).toBe(0);
	});

	it('stays put (-1) when nothing lies that way', () => {
		expect(nextActor(places, 2, 'left')).toBe(-1);
	});

	it('starts from the actor nearest the middle when none has focus', () => {
		expect(nextActor(places, -1, 'right')).toBe(0);
		expect(nearestTo(places, { x: 280, y: 100 })).toBe(5);
	});
});

describe('directionOf', () => {
	it('reads the arrow keys and nothing else', () => {
		expect(directionOf('ArrowUp')).toBe('up');
		expect(directionOf('Enter')).toBeUndefined();
	});
});

describe('actorForArrow', () => {
	const places = [
		{ x: 0, y: 0 },
		{ x: 100, y: 0 },
		{ x: 200, y: 10 }
	];

	it('lands first on the actor nearest the middle of the view', () => {
		expect(
			actorForArrow(places, 'right', { focused: -1, selected: -1, middle: { x: 190, y: 0 } })
		).toBe(2);
	});

	it('moves on from the focused actor, else from the selected one', () => {
		expect(
			actorForArrow(places, 'right', { focused: 0, selected: 2, middle: { x: 0, y: 0 } })
		).toBe(1);
		expect(
			actorForArrow(places, 'left', { focused: -1, selected: 2, middle: { x: 0, y: 0 } })
		).toBe(1);
		expect(
			actorForArrow(places, 'right', { focused: 2, selected: -1, middle: { x: 0, y: 0 } })
		).toBe(-1);
	});
});
