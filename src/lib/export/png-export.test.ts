import { describe, expect, it } from 'vitest';
import { exampleGraph, wholeView } from '../../../tests/fixtures/example-graph';
import { svgSize } from './png-export';
import { exportSvg } from './svg-export';

// Drawing the PNG needs a browser's canvas: the end-to-end tests check its pixel size.
describe('svgSize', () => {
	it('reads the size of an exported SVG', () => {
		const svg = exportSvg(wholeView(exampleGraph()));
		const root = /<svg[^>]*>/.exec(svg)![0];
		expect(root).toContain(`width="${svgSize(svg).width}"`);
		expect(root).toContain(`height="${svgSize(svg).height}"`);
		expect(svgSize(svg).width).toBeGreaterThanOrEqual(960);
	});

	it('refuses an SVG without a size', () => {
		expect(() => svgSize('<svg viewBox="0 0 1 1"/>')).toThrow(TypeError);
	});
});
