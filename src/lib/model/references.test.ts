import { describe, expect, it } from 'vitest';
import type { GraphProblem } from './graph-problem';
import { parseGraph } from './parse-graph';
import { actorOf, graphOf, relationOf } from '../../../tests/fixtures/graph-builders';

/** A small graph: China and North Korea tied since 1949, Russia in a pact with North Korea since 2024. */
function graphWith(story: unknown): unknown {
	const graph = graphOf({
		asOf: '2024-10-06',
		actors: ['chn', 'prk', 'rus'].map((id) => actorOf(id)),
		relations: [
			relationOf('tie', { since: '1949-10-06', summary: 'Ties' }),
			relationOf('pact', {
				type: 'defense-pact',
				source: 'rus',
				since: '2024-06-19',
				summary: 'Pact'
			})
		]
	});
	return { ...graph, story };
}

function problemsOf(input: unknown): GraphProblem[] {
	const parsed = parseGraph(input);
	return parsed.ok ? [] : parsed.problems;
}

describe('story checks', () => {
	it('accepts a story whose steps name actors and relations that exist', () => {
		const parsed = parseGraph(
			graphWith([
				{ title: 'Ties', caption: 'Since 1949.', actors: ['chn'], relations: ['tie'] },
				{ title: 'Pact', caption: 'June 2024.', relations: ['pact'], asOf: '2024-06-19' },
				{ title: 'All', caption: 'The whole network.', notes: 'Take questions.' }
			])
		);
		expect(parsed.ok ? [] : parsed.problems).toEqual([]);
		expect(parsed.ok && parsed.graph.story?.map((step) => step.title)).toEqual([
			'Ties',
			'Pact',
			'All'
		]);
	});

	it('names the step and the place of an unknown relation or actor', () => {
		expect(
			problemsOf(
				graphWith([
					{ title: 'A', caption: 'a', relations: ['tie'] },
					{ title: 'B', caption: 'b', relations: ['tie'] },
					{ title: 'C', caption: 'c', actors: ['chn', 'usa'], relations: ['x'] }
				])
			)
		).toEqual([
			{ origin: '', place: 'story[2].actors[1]', message: 'no actor has the id "usa"' },
			{ origin: '', place: 'story[2].relations[0]', message: 'no relation has the id "x"' }
		]);
	});

	it('refuses a relation in focus that was not in force as of the step’s date', () => {
		expect(
			problemsOf(graphWith([{ title: 'A', caption: 'a', relations: ['pact'], asOf: '2023' }]))
		).toEqual([
			{
				origin: '',
				place: 'story[0].relations[0]',
				message: '"pact" begins 19 Jun 2024: it is not in force as of the step\'s date (2023)'
			}
		]);
	});

	it('lets a step about a signing show the relation signed, not yet in force', () => {
		const graph = graphWith([
			{ title: 'Signed', caption: 'June 2024.', relations: ['treaty'], asOf: '2024-06-19' },
			{ title: 'Before', caption: 'May 2024.', relations: ['treaty'], asOf: '2024-05' }
		]) as { relations: object[] };
		graph.relations.push(
			relationOf('treaty', {
				type: 'defense-pact',
				source: 'rus',
				signed: '2024-06-19',
				since: '2024-12-04',
				summary: 'Treaty'
			})
		);
		expect(problemsOf(graph)).toEqual([
			{
				origin: '',
				place: 'story[1].relations[0]',
				message:
					'"treaty" is signed 19 Jun 2024: it is neither signed nor in force as of the step\'s date (May 2024)'
			}
		]);
	});

	it('refuses a relation in focus that has no start date, on a step with a date', () => {
		const graph = graphWith([
			{ title: 'Now', caption: 'Trade.', relations: ['trade'] },
			{ title: 'Then', caption: 'Trade.', relations: ['trade'], asOf: '1961' }
		]) as { relations: object[] };
		graph.relations.push(relationOf('trade', { summary: 'Trade' }));
		expect(problemsOf(graph)).toEqual([
			{
				origin: '',
				place: 'story[1].relations[0]',
				message:
					'"trade" has no start date: whether it was in force as of the step\'s date (1961) is not known, so it is not drawn'
			}
		]);
	});

	it('refuses two steps with one id', () => {
		expect(
			problemsOf(
				graphWith([
					{ id: 'one', title: 'A', caption: 'a' },
					{ id: 'one', title: 'B', caption: 'b' }
				])
			)
		).toEqual([
			{ origin: '', place: 'story[1].id', message: 'another story step already has the id "one"' }
		]);
	});

	it('checks the shape of a step: a title and a caption, known fields, dates', () => {
		expect(
			problemsOf(graphWith([{ caption: ' ', relations: 'tie', asOf: '2024-13', extra: 1 }]))
		).toEqual([
			{ origin: '', place: 'story[0].title', message: 'is missing (expected a string)' },
			{ origin: '', place: 'story[0].caption', message: 'is empty' },
			{ origin: '', place: 'story[0].relations', message: 'must be an array, not a string' },
			{
				origin: '',
				place: 'story[0].asOf',
				message: '"2024-13" is not a date: month 13 does not exist'
			},
			{ origin: '', place: 'story[0]', message: 'has unknown field "extra"' }
		]);
	});

	it('refuses an empty story: leave it out instead', () => {
		expect(problemsOf(graphWith([]))).toEqual([
			{ origin: '', place: 'story', message: 'needs at least one step' }
		]);
	});
});
