import { actorNames, type ActorNames } from './actor-names';
import type { ExtractedRelation } from './extraction-json';
import { findMentions } from './find-mentions';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';

/** The words that name each type, as a keyword reader knows them. */
const KEYWORDS: [string, RegExp][] = [
	[
		'trade',
		/^(?:trade|trading|exports?|exported|exporting|imports?|imported|importing|sold|sells?|selling|sales?|bought|buys?|buying|purchased?|purchases|supplied|supplies|supply|suppliers?|delivered|deliveries|delivery|shipped|shipments?|deals?|contracts?)$/
	],
	[
		'aid',
		/^(?:aid|assistance|grants?|granted|loans?|lent|donat\w*|relief|humanitarian|troops|trained|training|financ\w*|funding|funded)$/
	],
	['defense-pact', /^(?:alliances?|allies|ally|allied|pacts?|treat(?:y|ies)|bases?|defen[cs]e)$/],
	[
		'sanctions',
		/^(?:sanction\w*|embargo\w*|bans?|banned|blacklist\w*|tariffs?|froze|frozen|freez\w*|restrictions?|blockade)$/
	]
];

const DIRECTED = new Set(['aid', 'sanctions']);

/** The names the baseline knows, built on first use, as the reader's own are. */
let names: ActorNames | undefined;

/**
 * The keyword co-occurrence reader the report reader is measured against: in
 * each sentence, every two actors named with a word of a type make a relation
 * of that type, the first named first, stated as fact. No references, no
 * clauses, no traps: what a reader without rules would propose.
 */
export function keywordBaseline(text: string): ExtractedRelation[] {
	names ??= actorNames();
	const relations: ExtractedRelation[] = [];
	for (const sentence of splitSentences(text)) {
		const tokens = tokenize(text, sentence.start, sentence.end);
		const keys = [...new Set(findMentions(tokens, names, new Map(), []).map((m) => m.key))];
		const types = KEYWORDS.filter(([, words]) => tokens.some((t) => words.test(t.lower)));
		for (const [type] of types) {
			for (let i = 0; i < keys.length; i++) {
				for (let j = i + 1; j < keys.length; j++) {
					relations.push({
						source: keys[i],
						target: keys[j],
						type,
						directed: DIRECTED.has(type),
						status: 'reported',
						evidence: text.slice(sentence.start, sentence.end),
						start: sentence.start,
						end: sentence.end,
						confidence: 0.5
					});
				}
			}
		}
	}
	return relations;
}
