import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '$lib/model/graph-problem';
import type { OpenedGraph } from '../opened-graph';
import { xmlTools } from '../../../../tests/fixtures/xml-tools';
import { readXmlGraph } from './read-xml-graph';

const TODAY = '2026-12-02';

function fixture(name: string): string {
	return readFileSync(
		new URL(`../../../../tests/fixtures/interchange/${name}`, import.meta.url),
		'utf8'
	);
}

function opened(name: string, text = fixture(name)) {
	const result = readXmlGraph(text, name, TODAY, xmlTools);
	if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
	return result;
}

function problemsOf(result: OpenedGraph): string[] {
	if (result.ok) throw new Error('expected problems, the file opened');
	return result.problems.map(describeProblem);
}

describe('readXmlGraph, of the files NetworkX writes', () => {
	it.each([
		['les-miserables', 77, 254, 'Napoleon'],
		['karate-club', 34, 78, '0'],
		['florentine-families', 15, 20, 'Acciaiuoli']
	])(
		'opens %s as GraphML and as GEXF with all its actors and relations',
		(name, actors, relations, first) => {
			for (const extension of ['graphml', 'gexf']) {
				const { graph, notes } = opened(`${name}.${extension}`);
				expect(graph.actors).toHaveLength(actors);
				expect(graph.relations).toHaveLength(relations);
				expect(graph.actors[0].name).toBe(first);
				expect(graph.relations.every((relation) => relation.directed === false)).toBe(true);
				expect(notes[0]).toContain('gives no evidence');
			}
		}
	);

	it('cites the file itself as the one source, with no link it does not have', () => {
		const { graph } = opened('karate-club.gexf');
		expect(graph.sources).toEqual([
			{
				id: 'opened-file',
				title: 'GEXF file karate-club.gexf',
				publisher: 'Unknown',
				published: TODAY
			}
		]);
	});

	it("takes the graph's name as its title, and the file's name where it has none", () => {
		expect(opened('karate-club.graphml').graph.title).toBe("Zachary's Karate Club");
		expect(opened('les-miserables.gexf').graph.title).toBe('les-miserables');
	});

	it('makes ids such as "Napoleon" into actor ids, ends of relations included, and reports it', () => {
		const { graph, notes } = opened('les-miserables.graphml');
		const valjean = graph.actors.find((actor) => actor.name === 'Valjean')!;
		expect(valjean.id).toBe('valjean');
		expect(graph.relations.some((relation) => relation.source === 'valjean')).toBe(true);
		expect(notes).toContain(
			'77 node ids were not an actor id (lower-case letters, digits, ".", "_" or "-"), so each was made into one: "Napoleon" → napoleon, "Myriel" → myriel, "MlleBaptistine" → mllebaptistine and 74 more.'
		);
	});

	it('lists the attributes it has no place for', () => {
		expect(opened('karate-club.gexf').notes).toContain(
			'Attributes a Ties graph has no place for were not kept: on nodes, club (34 nodes); on edges, weight (78 edges).'
		);
	});
});

describe('readXmlGraph, of a Gephi GEXF', () => {
	const { graph, notes } = opened('gephi-sanctions.gexf');
	const relation = (id: string) => graph.relations.find((each) => each.id === id)!;

	it('opens every actor and relation, titled as the file is', () => {
		expect(graph.title).toBe('Korean Peninsula ties');
		expect(graph.actors.map((actor) => actor.name)).toEqual([
			'North Korea',
			'China',
			'Russia',
			'South Korea',
			'United States',
			'UN Security Council'
		]);
		expect(graph.relations).toHaveLength(7);
	});

	it('makes states of actors with an ISO code, and keeps a kind the file gives', () => {
		expect(graph.actors[0]).toMatchObject({ id: 'prk', kind: 'state', iso3166: 'PRK' });
		expect(graph.actors[5]).toMatchObject({ id: 'unsc', kind: 'organization' });
	});

	it("keeps Gephi's positions, standing as in Gephi", () => {
		expect(graph.actors[0].position).toEqual({ x: 12.84, y: 3.27 });
		expect(graph.actors[3].position).toEqual({ x: 40.11, y: -188.3 });
	});

	it("honours each edge's direction, type, status and spells", () => {
		expect(relation('0')).toMatchObject({
			type: 'aid',
			source: 'chn',
			target: 'prk',
			directed: true,
			status: 'reported',
			since: '2023-01-01',
			until: '2024-10-06'
		});
		expect(relation('1')).toMatchObject({
			type: 'defense-pact',
			directed: false,
			since: '1961-09-10'
		});
		expect(relation('1').until).toBeUndefined();
		expect(relation('3')).toMatchObject({
			status: 'alleged',
			since: '2023-08-01',
			until: '2024-10-06'
		});
		expect(relation('4')).toMatchObject({ type: 'sanctions', source: 'unsc', directed: true });
	});

	it('makes a new type of a relation Ties does not know, and says so', () => {
		expect(relation('3').type).toBe('arms-transfer');
		expect(graph.relationTypes?.map((type) => type.label)).toEqual(['Arms transfer']);
		expect(notes).toContain('New relation type made from the file: "Arms transfer".');
	});

	it('lists what Gephi drew and computed, which the graph file has no place for', () => {
		const unkept = notes.find((note) => note.startsWith('Attributes'))!;
		expect(unkept).toContain('modularity_class (6 nodes)');
		expect(unkept).toContain('size (6 nodes)');
		expect(unkept).toContain('spells (1 node)');
		expect(unkept).toContain('weight (7 edges)');
	});
});

describe('readXmlGraph, of a yEd GraphML', () => {
	const { graph, notes } = opened('yed-alliances.graphml');
	const relation = (id: string) => graph.relations.find((each) => each.id === id)!;

	it("names each actor by yEd's label and places it at the middle of its box", () => {
		expect(graph.actors.map((actor) => [actor.id, actor.name])).toEqual([
			['n0', 'North Korea'],
			['n1', 'China'],
			['n2', 'Russia'],
			['n3', 'UN Security Council']
		]);
		expect(graph.actors[0].position).toEqual({ x: 300, y: 210 });
		expect(notes).toContain("The file's positions were kept for all 4 actors.");
	});

	it("types each relation by its label, and reads yEd's arrows as its direction", () => {
		expect(relation('e0')).toMatchObject({
			type: 'aid',
			source: 'n1',
			target: 'n0',
			directed: true
		});
		expect(relation('e1')).toMatchObject({ type: 'defense-pact', directed: false });
		expect(relation('e2')).toMatchObject({ type: 'arms-transfer', directed: true });
		expect(relation('e3')).toMatchObject({ type: 'sanctions', source: 'n3', directed: true });
		expect(relation('e4')).toMatchObject({ type: 'tie', directed: false });
	});

	it('keeps a description as the summary, and lists what it cannot keep', () => {
		expect(relation('e0').summary).toBe('Food and fuel shipped across the Yalu');
		expect(relation('e4').summary).toBe('China – Russia');
		expect(notes).toContain(
			'Attributes a Ties graph has no place for were not kept: on nodes, description (1 node), url (1 node).'
		);
	});
});

describe('readXmlGraph, of a GraphML from Gephi', () => {
	const { graph, notes } = opened('gephi-florentine.graphml');

	it("names each actor by its label, and keeps Gephi's positions standing as in Gephi", () => {
		expect(graph.actors.map((actor) => actor.name)).toEqual([
			'Medici',
			'Albizzi',
			'Guadagni',
			'Strozzi'
		]);
		expect(graph.actors[0].position).toEqual({ x: -12.5, y: -40.25 });
	});

	it('honours an edge directed in an undirected graph, and types edges by their label', () => {
		expect(graph.relations.map((relation) => [relation.type, relation.directed])).toEqual([
			['marriage', false],
			['marriage', false],
			['loan', true]
		]);
	});

	it("lists Gephi's colours, sizes, classes and weights, which it does not keep", () => {
		expect(notes).toContain(
			'Attributes a Ties graph has no place for were not kept: on nodes, Modularity Class (4 nodes), size (4 nodes), color (4 nodes); on edges, weight (3 edges).'
		);
	});
});

describe('readXmlGraph, of a file it cannot read', () => {
	it('places XML that is not well-formed by line and column', () => {
		const [problem] = problemsOf(
			readXmlGraph('<graphml>\n<graph>\n<node id="a">\n</graph>', 'broken.graphml', TODAY, xmlTools)
		);
		expect(problem).toMatch(/^broken\.graphml line \d+, column \d+: is not well-formed XML/);
	});

	it('names each edge whose end is no node, by its id and line, and opens nothing', () => {
		const text = fixture('florentine-families.graphml')
			.replace('target="Medici"', 'target="Medicci"')
			.replace('<node id="Pazzi"/>', '<node/>');
		expect(problemsOf(readXmlGraph(text, 'f.graphml', TODAY, xmlTools))).toEqual([
			'f.graphml line 12, node 11: has no id',
			'f.graphml line 17, edge 1: its target "Medicci" is no node of the file',
			'f.graphml line 34, edge 18: its target "Pazzi" is no node of the file'
		]);
	});

	it('refuses a file that declares entities, which could multiply it or read another file', () => {
		const laughs = `<?xml version="1.0"?>
<!DOCTYPE graphml [
<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY secret SYSTEM "file:///etc/passwd">
]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node id="a"><data key="label">&b;&secret;</data></node></graph></graphml>`;
		expect(problemsOf(readXmlGraph(laughs, 'l.graphml', TODAY, xmlTools))).toEqual([
			'l.graphml: declares XML entities (<!ENTITY>), which GEXF and GraphML never need: Ties does not open such a file'
		]);
	});

	it('says what an XML file that is neither GEXF nor GraphML holds', () => {
		expect(problemsOf(readXmlGraph('<svg/>', 'p.xml', TODAY, xmlTools))).toEqual([
			'p.xml: is XML, but neither GEXF nor GraphML: its root element is <svg>'
		]);
	});
});
