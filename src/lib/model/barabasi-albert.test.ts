import { describe, expect, it } from 'vitest';
import { barabasiAlbert } from './barabasi-albert';
import { parseGraph } from './parse-graph';
import { fromSimpleGraph, isSimpleGraph } from './simple-graph';

describe('barabasiAlbert', () => {
	it('makes n actors and about m·n ties, the same for the same seed', () => {
		const graph = barabasiAlbert(1000, 2, 7);
		expect(graph.nodes).toHaveLength(1000);
		expect(graph.links.length).toBeGreaterThan(1990);
		expect(graph.links.length).toBeLessThanOrEqual(2000);
		expect(barabasiAlbert(1000, 2, 7)).toEqual(graph);
		expect(barabasiAlbert(1000, 2, 8)).not.toEqual(graph);
	});

	it('grows hubs: the best-tied actor has far more ties than the typical one', () => {
		const { links } = barabasiAlbert(2000, 2, 1);
		const degree = new Map<string, number>();
		for (const link of links) {
			degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
			degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
		}
		const sorted = [...degree.values()].sort((a, b) => a - b);
		expect(sorted.at(-1)!).toBeGreaterThan(10 * sorted[Math.floor(sorted.length / 2)]);
	});

	it('uses the four relation types and unique labels, with no actor tied to itself', () => {
		const { nodes, links } = barabasiAlbert(200);
		expect(new Set(links.map((l) => l.type))).toEqual(
			new Set(['trade', 'aid', 'defense-pact', 'sanctions'])
		);
		expect(new Set(nodes.map((n) => n.label)).size).toBe(200);
		expect(links.every((l) => l.source !== l.target)).toBe(true);
	});
});

describe('fromSimpleGraph', () => {
	it('turns a node-link graph into a valid graph file, marking that it has no evidence', () => {
		const simple = barabasiAlbert(100);
		expect(isSimpleGraph(simple)).toBe(true);
		const parsed = parseGraph(fromSimpleGraph(simple));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.graph.actors).toHaveLength(100);
		expect(parsed.graph.relations[0].evidence[0].note).toMatch(/gives no evidence/);
	});

	it('does not take a graph file for a node-link graph', () => {
		expect(isSimpleGraph({ actors: [], nodes: [], links: [] })).toBe(false);
		expect(isSimpleGraph(null)).toBe(false);
	});
});
