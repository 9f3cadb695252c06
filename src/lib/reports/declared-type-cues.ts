import { BUILTIN_RELATION_TYPES } from '$lib/model/builtin-types';
import type { GraphFile } from '$lib/model/schema';
import type { CuePattern } from './relation-cues';

/** Words too general to say a type on their own: "relations", "ties". */
const GENERAL =
	/^(?:relations?|ties|links?|transfers?|agreements?|cooperation|exchanges?|other|and|the|of|with|for)$/;

/** Words reports use for types analysts often declare, beyond their labels. */
const KNOWN: [RegExp, string[][]][] = [
	[
		/diplomat/i,
		[
			['diplomatic', '(?:relations|ties)'],
			['established', '(?:diplomatic\\s+)?(?:relations|ties)'],
			['embass(?:y|ies)'],
			['diplomatic']
		]
	],
	[/align/i, [['align(?:ed|ment|ing|s)?']]]
];

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Cues for the relation types the graph declares beyond the built-in ones
 * (an arms type is read from the arms words themselves): the words of the
 * type's label, and the usual words for diplomatic relations and alignment.
 */
export function declaredTypeCues(graph: GraphFile | undefined): CuePattern[] {
	const patterns: CuePattern[] = [];
	for (const type of graph?.relationTypes ?? []) {
		if (BUILTIN_RELATION_TYPES.some((builtin) => builtin.id === type.id)) continue;
		if (/arms/i.test(type.id) || /\barms\b/i.test(type.label)) continue;
		const phrases = KNOWN.find(([test]) => test.test(type.id) || test.test(type.label))?.[1] ?? [];
		const labelWords = type.label
			.toLowerCase()
			.split(/[^\p{L}]+/u)
			.filter((word) => word.length >= 5 && !GENERAL.test(word))
			.map((word) => [`${escape(word)}s?`]);
		for (const phrase of [...phrases, ...labelWords]) {
			patterns.push({
				words: phrase.map((word) => new RegExp(`^(?:${word})$`)),
				type: type.id,
				role: 'act',
				oneWay: type.directed,
				formal: false,
				takesObject: false
			});
		}
	}
	return patterns.sort((a, b) => b.words.length - a.words.length);
}
