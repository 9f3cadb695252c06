import { describe, expect, it } from 'vitest';
import { indexGraph } from '$lib/model/graph-index';
import { resolveStep } from '$lib/present/resolve-step';
import { storyOf } from '$lib/present/story-steps';
import { exampleGraph, wholeView } from '../../../tests/fixtures/example-graph';
import { graphArea } from './pptx-graph-area';
import { stepView } from './pptx-step-view';
import { svgSize } from './png-export';
import { exportSvg } from './svg-export';

const viewBoxOf = (svg: string) =>
	/<svg\b[^>]*\sviewBox="([^"]+)"/.exec(svg)![1].split(' ').map(Number);

describe('graphArea', () => {
	const graph = exampleGraph();
	const index = indexGraph(graph);
	const steps = storyOf(graph, index);
	const { positions } = wholeView(graph);
	const view = stepView({ graph, index, positions }, resolveStep(graph, steps, 1));
	const svg = exportSvg(view);
	const area = graphArea(svg, view);

	it('keeps the drawing of the network and frames nothing else', () => {
		const [x, y, width, height] = viewBoxOf(area);
		expect(svgSize(area)).toEqual({ width, height });
		const whole = svgSize(svg);
		expect(width).toBeLessThan(whole.width);
		expect(height).toBeLessThan(whole.height);
		// The title and subtitle stand above the frame, the sources below it, the legend right of it.
		const header = /<g class="header">.*?<\/g>/s.exec(svg)![0];
		const baselines = [...header.matchAll(/\sy="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(Math.max(...baselines)).toBeLessThan(y);
		const rule = Number(/<g class="sources"><line[^>]*\sy1="([\d.]+)"/.exec(svg)![1]);
		expect(rule).toBeGreaterThan(y + height);
		const legend = Number(/<g class="legend">.*?\sx="([\d.]+)"/s.exec(svg)![1]);
		expect(legend).toBeGreaterThan(x + width);
		expect(x).toBeGreaterThanOrEqual(0);
	});

	it('changes nothing but the frame', () => {
		const body = (text: string) => text.replace(/<svg\b[^>]*>/, '');
		expect(body(area)).toBe(body(svg));
	});

	it('refuses an SVG with no drawing of the network', () => {
		expect(() => graphArea('<svg width="1" height="1" viewBox="0 0 1 1"></svg>', view)).toThrow(
			/no drawing of the network/
		);
	});
});
