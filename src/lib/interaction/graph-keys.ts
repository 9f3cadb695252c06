import type { Point } from '$lib/layout/point';
import { directionOf, nearestFrom, STEPS } from './actor-navigation';

/** What a key does in the graph. */
export type GraphKeyAction =
	| { kind: 'focus'; actorId: string }
	| { kind: 'move'; actorId: string; dx: number; dy: number }
	| { kind: 'pan'; dx: number; dy: number }
	| { kind: 'zoom'; factor: number };

/** How far Alt+arrow moves an actor, in the graph's units; with Shift too, five times as far. */
export const MOVE_STEP = 10;
/** How far Shift+arrow pans the view, in pixels. */
export const PAN_STEP = 80;
/** How much + and − zoom, as the camera buttons do. */
export const ZOOM_STEP = 1.4;

type Keys = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>;

/** The mark that has the focus: an actor, or a relation (at its middle). */
export interface FocusedMark {
	kind: 'actor' | 'relation';
	id: string;
	at: Point;
}

/**
 * The graph's keys, wherever the focus is in it:
 * - an arrow goes to the nearest actor that way (from an actor or a relation);
 * - Alt+arrow moves the focused actor (Alt+Shift: five steps), as a placement;
 * - Shift+arrow pans the view the way the arrow points;
 * - + and − zoom in and out.
 * Keys with Ctrl or Cmd stay the browser's.
 */
export function graphKeyAction(
	keys: Keys,
	focused: FocusedMark | undefined,
	actors: readonly (Point & { id: string })[]
): GraphKeyAction | undefined {
	if (keys.ctrlKey || keys.metaKey) return undefined;
	if (keys.key === '+' || keys.key === '=') return { kind: 'zoom', factor: ZOOM_STEP };
	if (keys.key === '-') return { kind: 'zoom', factor: 1 / ZOOM_STEP };
	const direction = directionOf(keys.key);
	if (!direction) return undefined;
	const { dx, dy } = STEPS[direction];
	if (keys.altKey) {
		if (focused?.kind !== 'actor') return undefined;
		const step = keys.shiftKey ? 5 * MOVE_STEP : MOVE_STEP;
		return { kind: 'move', actorId: focused.id, dx: dx * step, dy: dy * step };
	}
	// The picture moves the other way: Right shows what lies to the right.
	if (keys.shiftKey) return { kind: 'pan', dx: -dx * PAN_STEP, dy: -dy * PAN_STEP };
	if (!focused) return undefined;
	const skip = focused.kind === 'actor' ? actors.findIndex((actor) => actor.id === focused.id) : -1;
	const next = nearestFrom(actors, focused.at, direction, skip);
	return next < 0 ? undefined : { kind: 'focus', actorId: actors[next].id };
}

/** What a key's action moves: the camera, and the places of actors. */
export interface KeyTargets {
	camera: { zoomBy(factor: number): void; panBy(dx: number, dy: number): void };
	placement: { nudge(actorId: string, dx: number, dy: number): void };
}

/** Zooms, pans or moves as `action` says; a change of focus is the drawing's own to make. */
export function applyKeyAction(action: GraphKeyAction, { camera, placement }: KeyTargets): void {
	if (action.kind === 'zoom') camera.zoomBy(action.factor);
	else if (action.kind === 'pan') camera.panBy(action.dx, action.dy);
	else if (action.kind === 'move') placement.nudge(action.actorId, action.dx, action.dy);
}
