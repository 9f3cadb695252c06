import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphFile } from '$lib/model/schema';
import { EMPTY_GRAPH_ELEMENT as TEMPLATE_ELEMENT } from '../../../scripts/build-pack-page.mjs';
import { EMPTY_GRAPH_ELEMENT, embedGraph, graphElement } from './graph-element';
import { readEmbeddedGraph } from './embedded-graph';

const example = JSON.parse(
	readFileSync('static/graphs/dprk-prc-russia-un.json', 'utf8')
) as GraphFile;

const HOSTILE = '</script><script>alert(1)</script> <!-- </SCRIPT > <!--x--> \u2028\u2029 & >';
const hostile: GraphFile = {
	...example,
	title: HOSTILE,
	actors: example.actors.map((actor, i) => (i === 0 ? { ...actor, name: HOSTILE } : actor))
};

const TEMPLATE = `<!doctype html><html><head><meta charset="utf-8" />${EMPTY_GRAPH_ELEMENT}</head><body><script>start()</script></body></html>`;

/** The text of the graph element as an HTML parser reads it: up to the first `</script`. */
function elementText(html: string): string {
	const start = html.indexOf('id="ties-graph">') + 'id="ties-graph">'.length;
	return html.slice(start, html.toLowerCase().indexOf('</script', start));
}

describe('graphElement', () => {
	it('never lets a text in the graph close the element or open a comment', () => {
		const element = graphElement(hostile);
		const text = element.slice(element.indexOf('>') + 1, -'</script>'.length);
		expect(text).not.toMatch(/<\/script/i);
		expect(text).not.toContain('<!--');
		expect(text).not.toContain('<');
		// Only the element's own end tag ends it.
		expect(element.toLowerCase().split('</script').length).toBe(2);
	});

	it('reads back as the same graph, hostile texts and all', () => {
		const pack = embedGraph(TEMPLATE, hostile);
		const read = readEmbeddedGraph(elementText(pack));
		expect(read.graph).toEqual(hostile);
		expect(read.graph?.title).toBe(HOSTILE);
	});
});

describe('embedGraph', () => {
	it('fills the template in place and leaves the rest as it was', () => {
		const pack = embedGraph(TEMPLATE, example);
		expect(
			pack.startsWith(
				'<!doctype html><html><head><meta charset="utf-8" /><script type="application/json" id="ties-graph">{'
			)
		).toBe(true);
		expect(pack.endsWith('</script></head><body><script>start()</script></body></html>')).toBe(
			true
		);
		expect(readEmbeddedGraph(elementText(pack)).graph).toEqual(example);
	});

	it('refuses a page that is not a pack template, or one with two places', () => {
		expect(() => embedGraph('<html><head></head></html>', example)).toThrow(/not a pack template/);
		expect(() => embedGraph(TEMPLATE + EMPTY_GRAPH_ELEMENT, example)).toThrow(/more than one/);
	});

	it('looks for the element the build writes', () => {
		expect(EMPTY_GRAPH_ELEMENT).toBe(TEMPLATE_ELEMENT);
	});
});
