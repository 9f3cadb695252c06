import { describe, expect, it } from 'vitest';
import type { Camera } from '$lib/layout/camera';
import { graphLayout } from '$lib/layout/graph-layout';
import type { Focus } from '$lib/stage/emphasis';
import { LIGHT_PALETTE, OPACITY, RELATION_SIZES } from '$lib/stage/visual-constants';
import { baseLook, visualGraph, withFocus, type VisualRelation } from '$lib/stage/visual-graph';
import { canvasView, placedLook } from '../../../tests/fixtures/canvas-frame';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import {
	RecordingContext,
	type Painted,
	type PathStep
} from '../../../tests/fixtures/recording-context';
import { barabasiAlbert } from '$lib/model/barabasi-albert';
import { fromSimpleGraph } from '$lib/model/simple-graph';
import { circleCost } from './canvas-actors';
import { lineCost } from './canvas-relations';
import { drawGraph, drawGraphInSteps, type CanvasView } from './canvas-renderer';
import { DrawingPace, type DrawingStep, type DrawingSteps } from './drawing-pace';
import { detailAt } from './level-of-detail';

const graph = exampleGraph();
const positions = graphLayout(graph);
const CAMERA: Camera = { x: 640, y: 360, k: 1 };

/** Draws the example on a recording canvas, as the explorer would with this focus and camera. */
function draw(focus?: Focus, camera = CAMERA, more: Partial<CanvasView> = {}) {
	const look = withFocus(baseLook({ graph }), focus);
	const ids = graph.actors.map((actor) => actor.id).sort();
	const xy = ids.flatMap((id) => [positions.get(id)!.x, positions.get(id)!.y]);
	const context = new RecordingContext();
	drawGraph(
		context.asContext(),
		placedLook(look, ids, xy),
		canvasView(camera, {
			width: 1280,
			height: 720,
			detail: detailAt(camera.k, 24, look.relations.length),
			nameWidth: () => 60,
			...more
		})
	);
	return { painted: context.painted, visual: visualGraph({ graph, positions, focus }) };
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.01;
type Stroke = Extract<Painted, { op: 'stroke' | 'fill' }>;
const strokes = (painted: Painted[]) =>
	painted.filter((p): p is Stroke => p.op === 'stroke' || p.op === 'fill');

/** The index of the step in `path` that draws this relation's line, or -1. */
function lineIn(path: PathStep[], relation: VisualRelation): number {
	const { start, control, lineEnd, curved } = relation.geometry;
	return path.findIndex((step, i) => {
		const next = path[i + 1];
		if (step.op !== 'moveTo' || !near(step.x, start.x) || !near(step.y, start.y)) return false;
		if (curved)
			return (
				next?.op === 'quadraticCurveTo' &&
				near(next.cx, control.x) &&
				near(next.x, lineEnd.x) &&
				near(next.y, lineEnd.y)
			);
		return next?.op === 'lineTo' && near(next.x, lineEnd.x) && near(next.y, lineEnd.y);
	});
}

describe('drawGraph on a canvas', () => {
	it("strokes every relation along the stage's own geometry, in its type's colour, width and dash", () => {
		const { painted, visual } = draw();
		for (const relation of visual.relations) {
			const { style } = relation;
			const line = strokes(painted).find(
				(p) => p.op === 'stroke' && p.colour === style.colour && lineIn(p.path, relation) >= 0
			);
			expect(line, relation.id).toBeDefined();
			expect(line!.width).toBe(style.width);
			expect(line!.dash).toEqual(style.dash ? [...style.dash] : []);
			expect(line!.alpha).toBe(style.opacity);
		}
	});

	it('draws what a selection fades at the stage’s opacity, beneath what it brings forward, with a halo', () => {
		const { painted, visual } = draw({
			kind: 'selection',
			selection: { kind: 'relation', id: 'chn-prk-aid' }
		});
		const all = strokes(painted);
		const order = (relation: VisualRelation) =>
			all.findIndex((p) => p.colour === relation.style.colour && lineIn(p.path, relation) >= 0);
		const aid = visual.relations.find((r) => r.id === 'chn-prk-aid')!;
		for (const relation of visual.relations.filter((r) => r.emphasis === 'faded')) {
			const stroke = all[order(relation)];
			expect(stroke.alpha, relation.id).toBeCloseTo(relation.style.opacity * OPACITY.fadedRelation);
			expect(order(relation)).toBeLessThan(order(aid));
		}
		const halo = all.find(
			(p) => p.colour === LIGHT_PALETTE.ink && p.alpha === OPACITY.halo && lineIn(p.path, aid) >= 0
		);
		expect(halo?.width).toBe(aid.style.width + RELATION_SIZES.haloExtraWidth);
	});

	it('shows what each colleague has selected in their colour: a halo under a relation, a ring round an actor', () => {
		const look = baseLook({ graph });
		const aidAt = look.relations.findIndex((r) => r.id === 'chn-prk-aid');
		const prkAt = look.actors.findIndex((a) => a.id === 'prk');
		const { painted, visual } = draw(undefined, CAMERA, {
			colleagues: {
				actors: new Map([[prkAt, '#0077b6']]),
				relations: new Map([[aidAt, '#b5179e']])
			}
		});
		const aid = visual.relations.find((r) => r.id === 'chn-prk-aid')!;
		const halo = strokes(painted).find((p) => p.colour === '#b5179e');
		expect(halo && lineIn(halo.path, aid)).toBeGreaterThanOrEqual(0);
		expect(halo?.width).toBe(aid.style.width + RELATION_SIZES.haloExtraWidth);
		const prk = visual.actors.find((a) => a.id === 'prk')!;
		const ring = strokes(painted).find((p) => p.colour === '#0077b6');
		expect(ring?.path).toEqual([
			expect.objectContaining({ op: 'arc', x: prk.x, y: prk.y, radius: expect.any(Number) })
		]);
		expect((ring!.path[0] as { radius: number }).radius).toBeGreaterThan(prk.radius);
		// Nothing of the kind without colleagues.
		expect(strokes(draw().painted).some((p) => p.colour === '#b5179e')).toBe(false);
	});

	it('ends aid in a filled arrowhead and sanctions in a heavier bar, and marks doubt with its badge', () => {
		const { painted, visual } = draw();
		const aid = visual.relations.find((r) => r.id === 'chn-prk-aid')!;
		const [tip, left, right] = aid.geometry.arrowhead!;
		const head = strokes(painted).find(
			(p) =>
				p.op === 'fill' &&
				p.colour === aid.style.colour &&
				p.path.some((s) => s.op === 'moveTo' && near(s.x, tip.x) && near(s.y, tip.y))
		);
		expect(head?.path.slice(1, 3)).toEqual([
			{ op: 'lineTo', x: expect.closeTo(left.x, 1), y: expect.closeTo(left.y, 1) },
			{ op: 'lineTo', x: expect.closeTo(right.x, 1), y: expect.closeTo(right.y, 1) }
		]);
		const sanctions = visual.relations.find((r) => r.id === 'un-prk-sanctions')!;
		const bar = strokes(painted).find(
			(p) =>
				p.op === 'stroke' &&
				p.width === sanctions.style.endWidth &&
				p.path.some((s) => s.op === 'moveTo' && near(s.x, sanctions.geometry.bar![0].x))
		);
		expect(bar?.colour).toBe(sanctions.style.colour);
		const arms = visual.relations.find((r) => r.id === 'prk-rus-arms')!;
		const sign = painted.find((p) => p.op === 'fillText' && p.text === '?');
		expect(sign).toMatchObject({ x: expect.closeTo(arms.geometry.middle.x, 1) });
	});

	it('draws each actor at its place with its size, and its code and name in the stage’s type', () => {
		const { painted, visual } = draw();
		const circles = strokes(painted)
			.filter((p) => p.op === 'fill')
			.flatMap((p) => p.path.filter((s) => s.op === 'arc'));
		for (const actor of visual.actors) {
			expect(circles, actor.id).toContainEqual({
				op: 'arc',
				x: actor.x,
				y: actor.y,
				radius: actor.radius
			});
			const name = painted.find((p) => p.op === 'fillText' && p.text === actor.name);
			expect(name && 'font' in name && name.font).toMatch(/^600 13.5px system-ui/);
			const code = painted.find((p) => p.op === 'fillText' && p.text === actor.code);
			expect(code && 'font' in code && code.font).toMatch(/^700 12px/);
		}
	});

	it('leaves the names of the selection to the elements drawn over it, keeping their places clear', () => {
		const focus: Focus = { kind: 'selection', selection: { kind: 'actor', id: 'prk' } };
		const names = (painted: Painted[]) =>
			painted.flatMap((p) => (p.op === 'fillText' && !/^[A-Z]{2,3}$/.test(p.text) ? [p] : []));
		const alone = draw(focus);
		const shown = new Set(
			alone.visual.actors.filter((a) => a.emphasis !== 'faded').map((a) => a.name)
		);
		expect(shown.size).toBeGreaterThan(1);
		expect(names(alone.painted).some((p) => shown.has(p.text))).toBe(true);

		const under = names(draw(focus, CAMERA, { namedAbove: true }).painted);
		expect(under.filter((p) => shown.has(p.text))).toEqual([]);
		// The others are written where they were: the selection's places were kept clear for it.
		const others = names(alone.painted).filter((p) => !shown.has(p.text));
		expect(under).toEqual(others);
	});

	it('leaves out what a briefing step has not told yet, and what is too small to read', () => {
		const { painted } = draw({
			kind: 'story',
			actors: new Set(['chn', 'prk']),
			relations: new Set(['chn-prk-trade']),
			context: new Set()
		});
		const coloured = new Set(strokes(painted).map((p) => p.colour));
		expect(coloured.has('#D55E00')).toBe(false); // sanctions, not told yet
		expect(coloured.has('#0072B2')).toBe(true); // trade, told now

		const far = draw(undefined, { x: 640, y: 360, k: 0.1 }).painted;
		expect(far.some((p) => p.op === 'fillText')).toBe(false);
		expect(strokes(far).some((p) => p.op === 'fill' && p.path.length === 4)).toBe(false);
	});
});

/** Runs a drawing to its end, returning what each step that drew marks said it drew. */
function allSteps(drawing: DrawingSteps): DrawingStep[] {
	const steps: DrawingStep[] = [];
	for (let step = drawing.next(); !step.done; step = drawing.next())
		if (step.value) steps.push(step.value);
	return steps;
}

describe('drawGraphInSteps', () => {
	it('draws what drawGraph draws, in steps that say what they drew', () => {
		const look = baseLook({ graph });
		const ids = graph.actors.map((actor) => actor.id).sort();
		const xy = ids.flatMap((id) => [positions.get(id)!.x, positions.get(id)!.y]);
		const view = canvasView(CAMERA, {
			width: 1280,
			height: 720,
			detail: detailAt(1, 24, look.relations.length),
			nameWidth: () => 60
		});
		const whole = new RecordingContext();
		drawGraph(whole.asContext(), placedLook(look, ids, xy), view);
		const stepped = new RecordingContext();
		const steps = allSteps(drawGraphInSteps(stepped.asContext(), placedLook(look, ids, xy), view));
		expect(stepped.painted).toEqual(whole.painted);
		// A handful of marks: one step for each kind, and for codes and names the first written
		// in their font alone; every relation and every actor counted once, at its cost.
		const placed = placedLook(look, ids, xy);
		const shownLines = look.relations.flatMap((r, i) => (r.opacity > 0 ? [i] : []));
		const lineSteps = steps.filter((step) => step.marks === 'detailed lines');
		expect(lineSteps.reduce((cost, step) => cost + step.count, 0)).toBeCloseTo(
			shownLines.reduce((cost, r) => cost + lineCost(placed.geometry, r, CAMERA.k), 0)
		);
		expect(steps.slice(lineSteps.length).map((step) => [step.marks, step.count])).toEqual([
			[
				'circles',
				look.actors.reduce((cost, actor) => cost + circleCost(actor.radius * CAMERA.k), 0)
			],
			['labels', 1],
			['labels', look.actors.length - 1],
			['labels', 1],
			['labels', look.actors.length - 1]
		]);
	});

	it('stops between batches of relations when there are thousands on screen', () => {
		const big = fromSimpleGraph(barabasiAlbert(2000, 3, 1));
		const look = baseLook({ graph: big });
		const ids = big.actors.map((actor) => actor.id).sort();
		// Every actor in a 300-unit square: all on screen at zoom 1.
		const xy = ids.flatMap((_, i) => [(i * 37) % 300, (i * 91) % 300]);
		const view = canvasView(
			{ x: 400, y: 200, k: 1 },
			{
				width: 1280,
				height: 720,
				detail: detailAt(1, 24, look.relations.length),
				nameWidth: () => 60
			}
		);
		const context = new RecordingContext();
		// A pace that has learnt that 100 plain lines fill a step.
		const pace = new DrawingPace(6);
		for (let i = 0; i < 4; i++) {
			const count = pace.size('plain lines');
			pace.learn({ marks: 'plain lines', count }, (count / 100) * 6);
		}
		expect(pace.size('plain lines')).toBe(100);
		const steps = allSteps(
			drawGraphInSteps(context.asContext(), placedLook(look, ids, xy), view, pace)
		);
		const lineSteps = steps.filter((step) => step.marks === 'plain lines' && step.count > 0);
		// A step ends with the line that fills it: at most one line's cost past the 100.
		const placed = placedLook(look, ids, xy);
		const costs = look.relations.map((_, r) => lineCost(placed.geometry, r, 1));
		expect(lineSteps.every((step) => step.count < 100 + Math.max(...costs))).toBe(true);
		expect(lineSteps.reduce((sum, step) => sum + step.count, 0)).toBeCloseTo(
			costs.reduce((sum, cost) => sum + cost, 0)
		);
		// So many relations on one screen: every one drawn, all plain (no dashes, no ends).
		const lines = strokes(context.painted).filter((p) => p.op === 'stroke');
		expect(lines.every((p) => p.dash.length === 0)).toBe(true);
		const traced = lines.flatMap((p) => p.path).filter((step) => step.op === 'moveTo').length;
		expect(traced).toBeGreaterThanOrEqual(look.relations.length);
	});

	it('draws fewer lines a step where they are long on screen, as when a layout starts', () => {
		const big = fromSimpleGraph(barabasiAlbert(2000, 3, 1));
		const look = baseLook({ graph: big });
		const ids = big.actors.map((actor) => actor.id).sort();
		const linesPerStep = (spread: number) => {
			// Every actor in a square `spread` units wide, all on screen at zoom 1.
			const xy = ids.flatMap((_, i) => [((i * 37) % 300) * spread, ((i * 91) % 300) * spread]);
			const view = canvasView(
				{ x: 20, y: 20, k: 1 },
				{ width: 1280, height: 720, detail: detailAt(1, 24, look.relations.length) }
			);
			const context = new RecordingContext();
			const steps = drawGraphInSteps(context.asContext(), placedLook(look, ids, xy), view);
			// The relations traced in each step of lines: lines and curves, no circles.
			const traced = () =>
				strokes(context.painted)
					.filter((p) => p.op === 'stroke' && !p.path.some((step) => step.op === 'arc'))
					.flatMap((p) => p.path)
					.filter((step) => step.op === 'moveTo').length;
			const perStep: number[] = [];
			let before = 0;
			for (let step = steps.next(); !step.done; step = steps.next()) {
				if (!step.value?.marks.endsWith('lines')) continue;
				perStep.push(traced() - before);
				before = traced();
			}
			return { most: Math.max(...perStep), all: before };
		};
		const short = linesPerStep(0.2);
		const long = linesPerStep(2);
		// Every relation drawn either way; ten times as long, a step holds a few times fewer.
		expect(short.all).toBe(look.relations.length);
		expect(long.all).toBe(look.relations.length);
		expect(long.most).toBeLessThan(short.most / 3);
	});

	it('counts lines drawn as hairlines apart from wider ones, so that neither kind’s pace misleads the other', () => {
		// Fewer relations than a crowded screen, which is drawn in hairlines whether moving or not.
		const network = fromSimpleGraph(barabasiAlbert(600, 3, 1));
		// One type, confirmed: every line as wide as every other.
		const big = {
			...network,
			relations: network.relations.map((r) => ({
				...r,
				type: 'trade',
				status: 'confirmed' as const
			}))
		};
		const look = baseLook({ graph: big });
		const ids = big.actors.map((actor) => actor.id).sort();
		const xy = ids.flatMap((_, i) => [(i * 37) % 300, (i * 91) % 300]);
		const widths = new Set(look.relations.map((relation) => relation.style.width));
		expect(widths.size).toBe(1);
		// Every line 1.2 pixels wide on screen: thin enough to be a hairline.
		const k = 1.2 / [...widths][0];
		const camera = { x: 400, y: 200, k };
		const moving = { ...detailAt(k, 24, look.relations.length), hairlines: true };
		const drawn = (detail: typeof moving) => {
			const context = new RecordingContext();
			const steps = allSteps(
				drawGraphInSteps(
					context.asContext(),
					placedLook(look, ids, xy),
					canvasView(camera, { width: 1280, height: 720, detail, nameWidth: () => 60 })
				)
			);
			const widest = Math.max(
				...strokes(context.painted)
					.filter((p) => p.op === 'stroke' && p.dash.length === 0)
					.map((p) => p.width * k)
			);
			return { kinds: new Set(steps.map((step) => step.marks)), widest };
		};
		const thin = drawn(moving);
		expect(thin.kinds.has('hairlines')).toBe(true);
		expect(thin.kinds.has('plain lines')).toBe(false);
		expect(thin.widest).toBeLessThan(1);
		const settled = drawn({ ...moving, hairlines: false });
		expect(settled.kinds.has('hairlines')).toBe(false);
		expect(settled.widest).toBeGreaterThan(1);
	});
});
