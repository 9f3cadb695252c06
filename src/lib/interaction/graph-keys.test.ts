import { describe, expect, it } from 'vitest';
import { graphKeyAction, MOVE_STEP, PAN_STEP, ZOOM_STEP, type FocusedMark } from './graph-keys';

const actors = [
	{ id: 'prk', x: 0, y: 0 },
	{ id: 'chn', x: -150, y: 200 },
	{ id: 'rus', x: 100, y: 230 }
];
const onPrk: FocusedMark = { kind: 'actor', id: 'prk', at: { x: 0, y: 0 } };
const press = (key: string, more: Partial<KeyboardEvent> = {}) => ({
	key,
	shiftKey: false,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	...more
});

describe('graphKeyAction', () => {
	it('goes from an actor, or from a relation’s middle, to the nearest actor the arrow points to', () => {
		expect(graphKeyAction(press('ArrowDown'), onPrk, actors)).toEqual({
			kind: 'focus',
			actorId: 'rus'
		});
		const onTrade: FocusedMark = { kind: 'relation', id: 'chn-prk', at: { x: -75, y: 100 } };
		expect(graphKeyAction(press('ArrowDown'), onTrade, actors)).toEqual({
			kind: 'focus',
			actorId: 'chn'
		});
		expect(graphKeyAction(press('ArrowUp'), onPrk, actors)).toBeUndefined();
	});

	it('moves the focused actor with Alt, five steps with Alt and Shift; never a relation', () => {
		expect(graphKeyAction(press('ArrowLeft', { altKey: true }), onPrk, actors)).toEqual({
			kind: 'move',
			actorId: 'prk',
			dx: -MOVE_STEP,
			dy: 0
		});
		expect(
			graphKeyAction(press('ArrowDown', { altKey: true, shiftKey: true }), onPrk, actors)
		).toEqual({ kind: 'move', actorId: 'prk', dx: 0, dy: 5 * MOVE_STEP });
		const onLine: FocusedMark = { kind: 'relation', id: 'r', at: { x: 0, y: 0 } };
		expect(graphKeyAction(press('ArrowLeft', { altKey: true }), onLine, actors)).toBeUndefined();
	});

	it('pans with Shift, showing what lies the way the arrow points', () => {
		expect(graphKeyAction(press('ArrowRight', { shiftKey: true }), onPrk, actors)).toEqual({
			kind: 'pan',
			dx: -PAN_STEP,
			dy: -0
		});
		expect(graphKeyAction(press('ArrowUp', { shiftKey: true }), undefined, actors)).toMatchObject({
			kind: 'pan',
			dy: PAN_STEP
		});
	});

	it('zooms with + and −, and leaves Ctrl and Cmd keys to the browser', () => {
		expect(graphKeyAction(press('+'), undefined, actors)).toEqual({
			kind: 'zoom',
			factor: ZOOM_STEP
		});
		expect(graphKeyAction(press('-'), onPrk, actors)).toEqual({
			kind: 'zoom',
			factor: 1 / ZOOM_STEP
		});
		expect(graphKeyAction(press('ArrowDown', { ctrlKey: true }), onPrk, actors)).toBeUndefined();
		expect(graphKeyAction(press('a'), onPrk, actors)).toBeUndefined();
	});
});
