import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '$lib/model/graph-problem';
import { parseGraph } from '$lib/model/parse-graph';
import type { GraphFile } from '$lib/model/schema';
import { graphLayout, withPins } from './graph-layout';
import type { Point } from './point';

const EXAMPLE = new URL('../../../static/graphs/dprk-prc-russia-un.json', import.meta.url);

/** The example graph, read as the app reads it, after an optional change to its JSON. */
function loadExample(change: (json: GraphFile) => void = () => {}): GraphFile {
	const json: GraphFile = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
	change(json);
	const parsed = parseGraph(json);
	if (!parsed.ok) throw new Error(parsed.problems.map(describeProblem).join('\n'));
	return parsed.graph;
}

describe('graphLayout', () => {
	it('places every actor of the example graph', () => {
		const graph = loadExample();
		const layout = graphLayout(graph);
		expect([...layout.keys()].sort()).toEqual(graph.actors.map((actor) => actor.id).sort());
		for (const place of layout.values()) {
			expect(Number.isFinite(place.x) && Number.isFinite(place.y)).toBe(true);
		}
	});

	it('draws the same picture of the example graph every time it is opened', () => {
		const first = graphLayout(loadExample());
		const second = graphLayout(loadExample());
		expect([...second]).toEqual([...first]);
	});

	it('draws another picture when the file gives another seed', () => {
		const graph = loadExample();
		const reseeded = graphLayout({ ...graph, seed: (graph.seed ?? 1) + 1 });
		expect([...reseeded]).not.toEqual([...graphLayout(graph)]);
	});

	it('keeps an actor the file places exactly where the file puts it', () => {
		const placed = loadExample((json) => {
			json.actors.find((actor) => actor.id === 'un')!.position = { x: 412.5, y: -287.25 };
		});
		expect(graphLayout(placed).get('un')).toEqual({ x: 412.5, y: -287.25 });
	});
});

describe('withPins', () => {
	const layout: ReadonlyMap<string, Point> = new Map([
		['chn', { x: -120, y: 40 }],
		['prk', { x: 0, y: 0 }],
		['rus', { x: 130, y: -60 }]
	]);

	it('moves the actors the analyst dragged and leaves the others in place', () => {
		const pinned = withPins(layout, new Map([['prk', { x: 25, y: -15 }]]));
		expect([...pinned]).toEqual([
			['chn', { x: -120, y: 40 }],
			['prk', { x: 25, y: -15 }],
			['rus', { x: 130, y: -60 }]
		]);
	});

	it('ignores a pin for an actor the graph no longer has', () => {
		const pinned = withPins(layout, new Map([['usa', { x: 300, y: 300 }]]));
		expect([...pinned]).toEqual([...layout]);
	});

	it('leaves the layout it was given unchanged', () => {
		const before = [...layout];
		withPins(layout, new Map([['chn', { x: 1, y: 2 }]]));
		expect([...layout]).toEqual(before);
	});
});
