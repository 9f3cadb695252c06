import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '$lib/model/graph-index';
import { describeProblem } from '$lib/model/graph-problem';
import type { GraphFile } from '$lib/model/schema';
import { isDirected } from '$lib/stage/relation-style';
import {
	actorOf,
	graphOf,
	relationOf,
	relationTypeOf
} from '../../../tests/fixtures/graph-builders';
import { graphFile } from '../../../tests/fixtures/graph-arbitrary';
import { exportActorsCsv } from './actors-csv';
import { exportCsv } from './csv-export';
import { readGraphCsv } from './read-graph-csv';

const TODAY = '2026-12-02';

/** The graph the two CSV exports open as again, through the CSV import. */
function reopened(graph: GraphFile): GraphFile {
	const result = readGraphCsv(
		[
			{ name: 'relations.csv', text: exportCsv(graph) },
			{ name: 'actors.csv', text: exportActorsCsv(graph) }
		],
		TODAY
	);
	if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
	return result.graph;
}

/** Each relation's id, ends, and whether it is directed, as Ties draws it. */
function directions(graph: GraphFile) {
	const index = indexGraph(graph);
	return graph.relations.map((relation) => ({
		id: relation.id,
		ends: [relation.source, relation.target],
		directed: isDirected(relation, index.types.get(relation.type))
	}));
}

describe('the relations CSV with the actors CSV', () => {
	const graph = graphOf({
		actors: [
			actorOf('chn', { kind: 'state', code: 'PRC', aliases: ['PRC', 'Beijing'] }),
			actorOf('prk', { kind: 'state', iso3166: 'PRK' }),
			actorOf('asean', { name: 'ASEAN', kind: 'organization' })
		],
		relationTypes: [
			relationTypeOf('loan', 'Loan', { directed: true }),
			relationTypeOf('talks', 'Talks', { directed: false, colour: '#56B4E9' })
		],
		relations: [
			relationOf('chn-prk-loan', { type: 'loan' }),
			relationOf('chn-prk-talks', { type: 'talks' }),
			// A relation that goes otherwise than its type.
			relationOf('prk-chn-talks', { type: 'talks', source: 'prk', target: 'chn', directed: true }),
			relationOf('chn-prk-trade', { type: 'trade' })
		]
	});
	const opened = reopened(graph);

	it('open again as the same actors, ids, kinds, codes and aliases, with an actor of no relation', () => {
		expect(opened.actors).toEqual(graph.actors);
		expect(opened.actors.map((actor) => actor.id)).toContain('asean');
	});

	it('keep the direction of the types the graph declares, and of each relation', () => {
		const types = new Map(opened.relationTypes?.map((type) => [type.label, type.directed]));
		expect(types.get('Loan')).toBe(true);
		expect(types.get('Talks')).toBe(false);
		expect(directions(opened)).toEqual(directions(graph));
	});

	it('write plain negative numbers as numbers, which open again as they were', () => {
		const placed = graphOf({
			actors: [actorOf('chn', { position: { x: -45.25, y: 12 } }), actorOf('prk')],
			relations: [relationOf('chn-prk-trade')]
		});
		expect(exportActorsCsv(placed)).toContain(',-45.25,12\r\n');
		expect(reopened(placed).actors[0].position).toEqual({ x: -45.25, y: 12 });
	});

	it('give any valid graph back with the same actors, and every relation as directed as it was', () => {
		fc.assert(
			fc.property(graphFile, (any) => {
				const back = reopened(any);
				expect(back.actors).toEqual(any.actors);
				expect(directions(back)).toEqual(directions(any));
			}),
			{ numRuns: 60 }
		);
	});
});
