import { extractRelations } from './extract-relations';
import { namedPairs, pairFeatures } from './pair-features';
import { annotatedActor, type Annotation } from './score-extraction';
import type { PairExample } from './train-pair-model';

/**
 * What an annotated report teaches the learnt model: every pair of actors
 * named in a sentence, with the relation the annotator read between them
 * there (or `none`) and, for a relation, which of them gives. A denial
 * teaches nothing of the relation it denies, so it counts as `none`.
 */
export function pairExamples(text: string, annotation: Annotation): PairExample[] {
	const stated = annotation.relations
		.filter((relation) => relation.status !== 'denied')
		.map((relation) => {
			const start = text.indexOf(relation.sentence);
			return {
				source: annotatedActor(relation.source),
				target: annotatedActor(relation.target),
				type: relation.type,
				start,
				end: start + relation.sentence.length
			};
		});
	const examples: PairExample[] = [];
	extractRelations(text, undefined, {
		model: null,
		onSentence: (read) => {
			const { sentence, mentions } = read;
			for (const pair of namedPairs(mentions)) {
				const ends = [pair.first.key, pair.second.key];
				const said = stated.find(
					(relation) =>
						relation.start >= 0 &&
						relation.start < sentence.end &&
						relation.end > sentence.start &&
						relation.source !== relation.target &&
						ends.includes(relation.source) &&
						ends.includes(relation.target)
				);
				examples.push({
					features: pairFeatures(read, pair),
					type: said?.type ?? 'none',
					...(said && { firstGives: said.source === pair.first.key })
				});
			}
		}
	});
	return examples;
}
