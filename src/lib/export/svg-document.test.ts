import { describe, expect, it } from 'vitest';
import { graphOf } from '../../../tests/fixtures/graph-builders';
import { parseXml } from '../../../tests/fixtures/xml-document';
import { svgDocument } from './svg-document';

const graph = graphOf({ title: 'DPRK ties', subtitle: 'How North Korea is tied' });
const view = { graph, asOf: '2024-10-06' };

describe('svgDocument', () => {
	it('is a standalone SVG document of its size, with the marks inside', () => {
		const svg = svgDocument(view, { width: 960, height: 540 }, '<g class="graph"/>');
		expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
		const root = parseXml(svg).documentElement!;
		expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
		expect(root.getAttribute('viewBox')).toBe('0 0 960 540');
		expect(root.lastChild).toMatchObject({ localName: 'g' });
	});

	it('is titled with its as-of date and described by the subtitle', () => {
		const root = parseXml(svgDocument(view, { width: 960, height: 540 })).documentElement!;
		expect(root.getElementsByTagName('title')[0].textContent).toBe('DPRK ties — as of 6 Oct 2024');
		expect(root.getElementsByTagName('desc')[0].textContent).toBe('How North Korea is tied');
	});

	it('takes a story step’s own title, and has no description without a subtitle', () => {
		const step = { graph: { ...graph, subtitle: undefined }, asOf: '2024', title: 'The pact' };
		const root = parseXml(svgDocument(step, { width: 10, height: 10 })).documentElement!;
		expect(root.getElementsByTagName('title')[0].textContent).toBe('The pact — as of 2024');
		expect(root.getElementsByTagName('desc')).toHaveLength(0);
	});

	it('lays a white ground unless asked to be transparent', () => {
		const grounds = (background?: 'white' | 'transparent') =>
			parseXml(svgDocument(view, { width: 10, height: 10, background })).getElementsByTagName(
				'rect'
			).length;
		expect(grounds()).toBe(1);
		expect(grounds('white')).toBe(1);
		expect(grounds('transparent')).toBe(0);
	});
});
