import { describe, expect, it } from 'vitest';
import type { Focus } from '$lib/stage/emphasis';
import { ACTOR_SIZES, LIGHT_PALETTE, OPACITY } from '$lib/stage/visual-constants';
import { baseLook, withFocus } from '$lib/stage/visual-graph';
import { canvasView, placedLook } from '../../../tests/fixtures/canvas-frame';
import { actorOf, graphOf, relationOf } from '../../../tests/fixtures/graph-builders';
import { RecordingContext } from '../../../tests/fixtures/recording-context';
import { drawActorsInSteps, drawNamesInSteps } from './canvas-actors';
import { DrawingPace, drawAtOnce, type DrawingStep } from './drawing-pace';

const graph = graphOf({
	actors: [
		actorOf('a', { name: 'Alpha' }),
		actorOf('b', { name: 'Bravo', kind: 'organization' }),
		actorOf('c', { name: 'Charlie' })
	],
	relations: [relationOf('ab', { source: 'a', target: 'b' })]
});

/** The graph with actor a selected, at `xy`, seen at zoom `k` with the pointer over c. */
function setUp(k: number, xy = [0, 0, 200, 0, 0, 200]) {
	const selected: Focus = { kind: 'selection', selection: { kind: 'actor', id: 'a' } };
	const look = withFocus(baseLook({ graph }), selected);
	const placed = placedLook(look, ['a', 'b', 'c'], xy);
	const view = canvasView(
		{ x: 400, y: 300, k },
		{ hoveredActor: 2, nameWidth: (i: number) => [40, 40, 50][i] }
	);
	const box = { x0: -1e4, y0: -1e4, x1: 1e4, y1: 1e4 };
	return { look, placed, view, box, context: new RecordingContext() };
}

describe('drawActorsInSteps', () => {
	it('fills states and organizations in their own colours, faded ones first and fainter', () => {
		const { placed, view, box, context } = setUp(1);
		drawAtOnce(drawActorsInSteps(context.asContext(), placed, view, box));
		const fills = context.painted.flatMap((p) => (p.op === 'fill' ? [p] : []));
		expect(fills.map((p) => [p.colour, p.alpha])).toContainEqual([
			LIGHT_PALETTE.actorFill,
			OPACITY.fadedActor
		]);
		const last = fills.filter((p) => p.path.length > 0).at(-1)!;
		expect(last).toMatchObject({ alpha: 1 });
	});

	it('rings the selected actor boldly and the one under the pointer lightly', () => {
		const { placed, view, box, context } = setUp(1);
		drawAtOnce(drawActorsInSteps(context.asContext(), placed, view, box));
		const rings = context.painted.filter(
			(p) => p.op === 'stroke' && p.path.length === 1 && p.path[0].op === 'arc'
		);
		const widths = rings.map((p) => (p.op === 'stroke' ? p.width : 0)).sort();
		expect(widths).toEqual([ACTOR_SIZES.ringWidth / 2, ACTOR_SIZES.ringWidth]);
	});

	it('draws specks as squares when circles are a few pixels across', () => {
		const { placed, view, box, context } = setUp(0.05);
		drawAtOnce(drawActorsInSteps(context.asContext(), placed, view, box));
		const shapes = context.painted.flatMap((p) => ('path' in p ? p.path : []));
		expect(shapes.some((s) => s.op === 'rect')).toBe(true);
		expect(shapes.some((s) => s.op === 'arc' && s.radius === 26)).toBe(false);
	});
});

/** 400 actors in a grid 60 apart, each named, nothing selected. */
function crowd() {
	const ids = Array.from({ length: 400 }, (_, i) => `x${i}`);
	const look = baseLook({
		graph: graphOf({ actors: ids.map((id) => actorOf(id, { name: `Actor ${id}` })), relations: [] })
	});
	const xy = ids.flatMap((_, i) => [(i % 20) * 60, Math.floor(i / 20) * 60]);
	return placedLook(look, ids, xy);
}

/** How many `op`s (an arc of a path, or a text drawn) each step of a drawing made, for steps that made any. */
function opsPerStep(
	context: RecordingContext,
	steps: Iterator<DrawingStep | void>,
	op: 'arc' | 'fillText'
): number[] {
	// A circle is filled, then outlined: its arc is counted once, in the fill.
	const count = () =>
		op === 'arc'
			? context.painted
					.flatMap((p) => (p.op === 'fill' ? p.path : []))
					.filter((s) => s.op === 'arc').length
			: context.painted.filter((p) => p.op === op).length;
	const counts: number[] = [];
	let before = 0;
	while (!steps.next().done) {
		const now = count();
		counts.push(now - before);
		before = now;
	}
	return counts.filter((n) => n > 0);
}

describe('drawing in steps', () => {
	const box = { x0: -1e4, y0: -1e4, x1: 1e4, y1: 1e4 };
	const circlesPerStep = (k: number) => {
		const context = new RecordingContext();
		const view = canvasView({ x: 0, y: 0, k });
		return opsPerStep(context, drawActorsInSteps(context.asContext(), crowd(), view, box), 'arc');
	};

	it('draws fewer circles a step when the camera comes close and each covers more of the screen', () => {
		const far = circlesPerStep(0.2);
		const near = circlesPerStep(1);
		// Every actor drawn either way; close up, a step holds about a sixth as many.
		expect(far.reduce((a, b) => a + b)).toBe(400);
		expect(near.reduce((a, b) => a + b)).toBe(400);
		expect(Math.max(...near)).toBeLessThan(Math.max(...far) / 4);
	});

	it('draws the first name in a font alone in its step, where the browser loads the font', () => {
		const placed = crowd();
		const view = canvasView({ x: 20, y: 20, k: 1 }, { nameWidth: () => 40 });
		const pace = new DrawingPace();
		const first = new RecordingContext();
		const firstSteps = opsPerStep(
			first,
			drawNamesInSteps(first.asContext(), placed, view, pace),
			'fillText'
		);
		expect(firstSteps[0]).toBe(1);
		expect(firstSteps[1]).toBe(pace.size('labels'));
		// The font is loaded now: the next drawing's first step is a whole one.
		const again = new RecordingContext();
		const againSteps = opsPerStep(
			again,
			drawNamesInSteps(again.asContext(), placed, view, pace),
			'fillText'
		);
		expect(againSteps[0]).toBe(pace.size('labels'));
	});
});

describe('drawNamesInSteps', () => {
	it('writes each name below its circle on a halo, the selected one first when names collide', () => {
		const { placed, view, context } = setUp(1, [0, 0, 10, 0, 20, 0]);
		drawAtOnce(drawNamesInSteps(context.asContext(), placed, view));
		const names = context.painted
			.filter((p) => p.op === 'fillText')
			.map((p) => 'text' in p && p.text);
		expect(names).toEqual(['Alpha']);
		const halo = context.painted.find((p) => p.op === 'strokeText');
		expect(halo).toMatchObject({ colour: LIGHT_PALETTE.canvas, text: 'Alpha' });
	});

	it('measures only the names weighed for a place, and finds the actors on screen a step at a time', () => {
		// 12,000 actors on screen, the most connected in the middle of the list; room for 10 names.
		const ids = Array.from({ length: 12_000 }, (_, i) => `x${String(i).padStart(5, '0')}`);
		const hub = 6000;
		const look = baseLook({
			graph: graphOf({
				actors: ids.map((id) => actorOf(id, { name: `Actor ${id}` })),
				relations: ids
					.filter((_, i) => i !== hub)
					.slice(0, 50)
					.map((id) => relationOf(`r-${id}`, { source: ids[hub], target: id }))
			})
		});
		const xy = ids.flatMap((_, i) => [(i % 120) * 10, Math.floor(i / 120) * 6]);
		const placed = placedLook(look, ids, xy);
		const measured: number[] = [];
		const view = canvasView(
			{ x: 0, y: 0, k: 1 },
			{
				width: 1280,
				height: 720,
				detail: { ...canvasView({ x: 0, y: 0, k: 1 }).detail, maxNames: 10 },
				nameWidth: (i: number) => {
					measured.push(i);
					return 40;
				}
			}
		);
		const context = new RecordingContext();
		const steps = drawNamesInSteps(context.asContext(), placed, view);
		// Before the first name, steps of a few thousand actors each, measuring none.
		let before = 0;
		while (context.painted.every((p) => p.op !== 'fillText')) {
			expect(steps.next().done).toBe(false);
			before += 1;
		}
		expect(before).toBeGreaterThanOrEqual(3);
		drawAtOnce(steps);
		const written = context.painted.filter((p) => p.op === 'fillText');
		expect(written).toHaveLength(10);
		// The best-connected actor's name comes first.
		expect(written[0]).toMatchObject({ text: `Actor ${ids[hub]}` });
		expect(measured.length).toBeLessThan(500);
	});
});
