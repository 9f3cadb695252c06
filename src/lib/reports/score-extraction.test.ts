import { describe, expect, it } from 'vitest';
import type { ExtractedRelation } from './extraction-json';
import { figures, relationKey, scoreText, type Annotation } from './score-extraction';

const proposal = (
	source: string,
	target: string,
	type: string,
	status: string,
	evidence = 'A sentence.'
): ExtractedRelation => ({
	source,
	target,
	type,
	directed: type !== 'trade' && type !== 'defense-pact',
	status,
	evidence,
	start: 0,
	end: evidence.length,
	confidence: 0.9
});

describe('scoreText', () => {
	const annotation: Annotation = {
		relations: [
			{ source: 'PRK', target: 'RUS', type: 'trade', status: 'alleged', sentence: 'x' },
			{ source: 'PRK', target: 'RUS', type: 'trade', status: 'denied', sentence: 'y' },
			{ source: 'WORLDBANK', target: 'ARG', type: 'aid', status: 'confirmed', sentence: 'z' }
		],
		traps: [{ sentence: 'Russia could reward Pyongyang', kind: 'hypothetical' }]
	};

	it('matches ends and type, in either order for a mutual type, and a denial apart from its claim', () => {
		const score = scoreText(
			[
				proposal('RUS', 'PRK', 'trade', 'reported'),
				proposal('PRK', 'RUS', 'trade', 'denied'),
				proposal('ARG', 'WB', 'aid', 'confirmed')
			],
			annotation
		);
		expect(score).toMatchObject({ proposed: 3, annotated: 3, correct: 2, statusRight: 1 });
		expect(score.statusWrong).toEqual(['PRK–RUS trade: reported → alleged']);
		expect(score.wrong).toEqual(['ARG→WB aid']);
		expect(score.missed).toEqual(['WB→ARG aid']);
	});

	it('takes another short id annotators give a body as the reader’s own', () => {
		expect(relationKey({ source: 'WORLDBANK', target: 'ARG', type: 'aid', status: 'x' })).toBe(
			relationKey({ source: 'WB', target: 'ARG', type: 'aid', status: 'x' })
		);
	});

	it('counts a trap sentence taken when a relation it does not state is proposed from it', () => {
		const trap = 'Analysts say Russia could reward Pyongyang with satellites.';
		expect(
			scoreText([proposal('RUS', 'PRK', 'aid', 'reported', trap)], annotation).trapsTaken
		).toBe(1);
		expect(scoreText([], annotation).trapsTaken).toBe(0);
	});

	it('counts the relations missed whose two actors are listed as named together in their sentence', () => {
		const text = 'Shells went to x, it is said.';
		const score = scoreText([], annotation, [
			// Either way round, and of another type: the analyst sets both.
			proposal('RUS', 'PRK', 'aid', 'reported', text),
			// In a sentence that does not state it: not that relation.
			proposal('WB', 'ARG', 'aid', 'confirmed', 'Another sentence.')
		]);
		expect(score.listed).toBe(2);
		expect(score.missed).toHaveLength(3);
		expect(score.missedListed).toBe(1);
		// A relation proposed is no longer missed.
		expect(
			scoreText([proposal('PRK', 'RUS', 'trade', 'alleged')], annotation, [
				proposal('RUS', 'PRK', 'aid', 'reported', text)
			]).missedListed
		).toBe(0);
	});

	it('counts one-way trade read the way the annotator wrote it in the same sentence', () => {
		// Trade as the annotator wrote it: supplier first, and the words of its sentence.
		const supplied = (source: string, target: string, sentence: string) => ({
			source,
			target,
			type: 'trade',
			status: 'reported',
			sentence
		});
		const written: Annotation = {
			relations: [
				supplied('RUS', 'PRK', 'shells'),
				supplied('IRN', 'RUS', 'drones'),
				supplied('CHN', 'RUS', 'trade')
			],
			traps: []
		};
		const oneWay = (source: string, target: string, evidence: string) => ({
			...proposal(source, target, 'trade', 'reported', evidence),
			directed: true
		});
		const score = scoreText(
			[
				oneWay('RUS', 'PRK', 'Russia supplied shells.'),
				oneWay('RUS', 'IRN', 'Russia bought drones from Iran.'),
				// Mutual as read: no direction to judge.
				proposal('CHN', 'RUS', 'trade', 'reported', 'Their trade grew.')
			],
			written
		);
		expect(score.correct).toBe(3);
		expect([score.oneWay, score.oneWayRight]).toEqual([2, 1]);
		expect(figures(score).directionRight).toBe(0.5);
	});

	it('works out precision, recall and F1 from the counts, none from nothing', () => {
		const score = scoreText([proposal('PRK', 'RUS', 'trade', 'alleged')], annotation);
		expect(figures(score)).toMatchObject({ precision: 1, recall: 0.333, f1: 0.5 });
		expect(figures(scoreText([], { relations: [], traps: [] }))).toMatchObject({
			precision: 0,
			recall: 0,
			f1: 0
		});
	});
});
