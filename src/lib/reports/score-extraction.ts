import { BUILTIN_RELATION_TYPES } from '$lib/model/builtin-types';
import type { ExtractedRelation } from './extraction-json';

/** A relation an analyst marked in an evaluation text. */
export interface AnnotatedRelation {
	source: string;
	target: string;
	type: string;
	status: string;
	/** Part of the sentence that states it, verbatim. */
	sentence: string;
}

/** A sentence that names two actors and a relation word but states no relation that holds. */
export interface TrapSentence {
	sentence: string;
	kind: string;
}

export interface Annotation {
	relations: AnnotatedRelation[];
	traps: TrapSentence[];
}

/** Counts for one text or a whole set; figures are worked out from them. */
export interface Score {
	proposed: number;
	annotated: number;
	correct: number;
	statusRight: number;
	traps: number;
	trapsTaken: number;
	/** What was proposed and is not annotated, and what is annotated and was not found. */
	wrong: string[];
	missed: string[];
	/** Correct relations with the status read wrong: `key: proposed → annotated`. */
	statusWrong: string[];
	/** Pairs named together that nothing was proposed for, listed apart. */
	listed: number;
	/** The relations missed whose two actors are among those pairs, in the sentence that states it. */
	missedListed: number;
	/**
	 * Correct proposals of a mutual type that the reader gave a direction ("Russia supplied shells
	 * to North Korea"), matched against the annotation of the same sentence, and how many of those
	 * run the way the annotator wrote them. The match ignores direction for mutual types, so only
	 * this shows a supplier and a buyer read the wrong way round.
	 */
	oneWay: number;
	oneWayRight: number;
}

/** Other short ids annotators give a body, and the reader's own. */
const SAME_BODY: Record<string, string> = {
	WORLDBANK: 'WB',
	'WORLD-BANK': 'WB',
	AFRICANUNION: 'AU'
};

/** The reader's key for an actor as an annotator wrote it. */
export const annotatedActor = (key: string) => SAME_BODY[key] ?? key;

/** The two actors of a relation, either way round: "PRK–RUS". */
const pairOf = (relation: { source: string; target: string }) =>
	[annotatedActor(relation.source), annotatedActor(relation.target)].sort().join('–');

const mutual = (type: string) =>
	BUILTIN_RELATION_TYPES.find((t) => t.id === type)?.directed === false;

/**
 * How a relation is matched: its two actors and its type, in order only for
 * a type with a direction; a denial is matched apart from the claim it denies.
 */
export function relationKey(relation: {
	source: string;
	target: string;
	type: string;
	status: string;
}) {
	const ends = mutual(relation.type)
		? pairOf(relation)
		: `${annotatedActor(relation.source)}→${annotatedActor(relation.target)}`;
	return `${ends} ${relation.type}${relation.status === 'denied' ? ' (denied)' : ''}`;
}

/** A pair named together, as the reader lists it: its two actors and its sentence. */
type ListedPair = Pick<ExtractedRelation, 'source' | 'target' | 'evidence'>;

/**
 * Scores the proposals for one text against its annotation, and how many of
 * the relations missed are among the pairs `listed` as named together.
 */
export function scoreText(
	proposals: ExtractedRelation[],
	annotation: Annotation,
	listed: readonly ListedPair[] = []
): Score {
	const annotated = new Map<string, Set<string>>();
	for (const relation of annotation.relations) {
		const key = relationKey(relation);
		annotated.set(key, (annotated.get(key) ?? new Set()).add(relation.status));
	}
	const firstStatus = new Map<string, string>();
	for (const proposal of proposals) {
		const key = relationKey(proposal);
		if (!firstStatus.has(key)) firstStatus.set(key, proposal.status);
	}
	const correct = [...firstStatus.keys()].filter((key) => annotated.has(key));
	const statusWrong = correct
		.filter((key) => !annotated.get(key)!.has(firstStatus.get(key)!))
		.map((key) => `${key}: ${firstStatus.get(key)} → ${[...annotated.get(key)!].join('/')}`);
	const trapsTaken = annotation.traps.filter((trap) =>
		proposals.some(
			(proposal) =>
				proposal.evidence.includes(trap.sentence) && !annotated.has(relationKey(proposal))
		)
	).length;
	const missed = [...annotated.keys()].filter((key) => !firstStatus.has(key));
	const ways = oneWayReadings(proposals, annotation);
	const missedListed = annotation.relations.filter(
		(relation) =>
			missed.includes(relationKey(relation)) &&
			listed.some(
				(pair) => pairOf(pair) === pairOf(relation) && pair.evidence.includes(relation.sentence)
			)
	);
	return {
		proposed: firstStatus.size,
		annotated: annotated.size,
		correct: correct.length,
		statusRight: correct.length - statusWrong.length,
		traps: annotation.traps.length,
		trapsTaken,
		wrong: [...firstStatus.keys()].filter((key) => !annotated.has(key)),
		missed,
		statusWrong,
		listed: listed.length,
		missedListed: new Set(missedListed.map(relationKey)).size,
		oneWay: ways.length,
		oneWayRight: ways.filter(Boolean).length
	};
}

/**
 * For each correct proposal of a mutual type read one way, whether it runs as the annotator wrote
 * the relation of its sentence (first proposal of each relation and sentence; one the annotator
 * wrote both ways round is left out).
 */
function oneWayReadings(proposals: ExtractedRelation[], annotation: Annotation): boolean[] {
	const seen = new Set<string>();
	const readings: boolean[] = [];
	for (const proposal of proposals) {
		if (!proposal.directed || !mutual(proposal.type)) continue;
		const key = relationKey(proposal);
		const written = annotation.relations.filter(
			(relation) => relationKey(relation) === key && proposal.evidence.includes(relation.sentence)
		);
		const at = `${key} ${proposal.evidence}`;
		if (written.length === 0 || seen.has(at)) continue;
		seen.add(at);
		const forward = written.some((relation) => annotatedActor(relation.source) === proposal.source);
		const back = written.some((relation) => annotatedActor(relation.source) === proposal.target);
		if (forward !== back) readings.push(forward);
	}
	return readings;
}

/** The sum of several texts' scores. */
export function addScores(scores: Score[]): Score {
	const total: Score = {
		proposed: 0,
		annotated: 0,
		correct: 0,
		statusRight: 0,
		traps: 0,
		trapsTaken: 0,
		wrong: [],
		missed: [],
		statusWrong: [],
		listed: 0,
		missedListed: 0,
		oneWay: 0,
		oneWayRight: 0
	};
	for (const score of scores) {
		total.proposed += score.proposed;
		total.annotated += score.annotated;
		total.correct += score.correct;
		total.statusRight += score.statusRight;
		total.traps += score.traps;
		total.trapsTaken += score.trapsTaken;
		total.wrong.push(...score.wrong);
		total.missed.push(...score.missed);
		total.statusWrong.push(...score.statusWrong);
		total.listed += score.listed;
		total.missedListed += score.missedListed;
		total.oneWay += score.oneWay;
		total.oneWayRight += score.oneWayRight;
	}
	return total;
}

/** Precision, recall, F1, status accuracy and the share of traps taken, rounded to three places. */
export function figures(score: Score) {
	const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);
	const precision = ratio(score.correct, score.proposed);
	const recall = ratio(score.correct, score.annotated);
	const f1 =
		precision + recall === 0
			? 0
			: Math.round(((2 * precision * recall) / (precision + recall)) * 1000) / 1000;
	return {
		precision,
		recall,
		f1,
		statusAccuracy: ratio(score.statusRight, score.correct),
		directionRight: ratio(score.oneWayRight, score.oneWay),
		trapsTaken: ratio(score.trapsTaken, score.traps)
	};
}
