import { describe, expect, it } from 'vitest';
import { exampleGraph, valid } from '../../../tests/fixtures/example-graph';
import { actorOf, graphOf } from '../../../tests/fixtures/graph-builders';
import { KSAT_TEXT, actorOfReport } from '../../../tests/fixtures/report-builders';
import { acceptActor, actorInGraph, newActorOf } from './proposed-actors';

const IRAN = actorOfReport('Iran and Russia', 'IRN', 'Iran', 'state', 'IRN');

describe('actorInGraph', () => {
	const graph = exampleGraph();

	it('finds the actor the reading found, while the graph still has it', () => {
		const china = actorOfReport(KSAT_TEXT, 'CHN', 'China', 'state', 'CHN', 'chn');
		expect(actorInGraph(graph, china)?.id).toBe('chn');
		expect(actorInGraph(graph, { ...china, graphId: 'gone', iso3166: 'XXX' })?.id).toBe('chn');
	});

	it('finds a state by its ISO code, any actor by name, full name or alias, whatever the case or accents', () => {
		expect(actorInGraph(graph, actorOfReport('DPRK', 'PRK', 'DPRK', 'state', 'PRK'))?.id).toBe(
			'prk'
		);
		const body = (name: string) => actorOfReport(name, 'UN', name, 'organization');
		expect(actorInGraph(graph, body('united  nations'))?.id).toBe('un');
		expect(actorInGraph(graph, body('Démocratic People’s Republic of Korea'))).toBeUndefined();
		expect(actorInGraph(graph, body('Russian Federation'))?.id).toBe('rus');
		expect(actorInGraph(graph, IRAN)).toBeUndefined();
	});
});

describe('newActorOf and acceptActor', () => {
	it('makes a state with its ISO code, drawn in its circle, its id made from its name', () => {
		const graph = graphOf({ actors: [actorOf('iran', { name: 'Old Iran' })] });
		expect(newActorOf(IRAN, graph)).toEqual({
			id: 'iran-2',
			name: 'Iran',
			kind: 'state',
			iso3166: 'IRN',
			code: 'IRN'
		});
	});

	it('adds the actor once: accepting it again changes nothing', () => {
		const once = acceptActor(graphOf(), IRAN);
		expect(once.actors.map((actor) => actor.id)).toEqual(['iran']);
		expect(acceptActor(once, IRAN)).toBe(once);
		expect(valid(once)).toBe(true);
	});

	it('gives a person or another actor no code, and keeps a name within the schema’s length', () => {
		const person = actorOfReport('Kim Jong Un', 'kim', 'Kim Jong Un', 'person');
		expect(newActorOf(person, graphOf())).toEqual({
			id: 'kim-jong-un',
			name: 'Kim Jong Un',
			kind: 'person'
		});
		const long = { ...person, name: 'A'.repeat(120) };
		expect(newActorOf(long, graphOf()).name).toHaveLength(80);
	});
});
