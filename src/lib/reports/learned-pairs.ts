import type { Mention } from './find-mentions';
import type { MentionGroup } from './mention-groups';
import { notARelation } from './non-relation-cues';
import { firstGives, likeliestType, type PairModel } from './pair-model';
import { namedPairs, pairFeatures, type KindOf, type NamedPair } from './pair-features';
import type { Proposal, ProposalMark } from './proposal';
import type { Cue } from './relation-cues';
import type { Ends } from './relation-ends';
import type { Sentence } from './sentences';
import { readStatus } from './status-cues';
import { tokenSpan, type Token } from './tokens';

/** What the rules made of a sentence's relation words. */
export interface RulesReading {
	/** The actors they read a relation for, whether or not they proposed it. */
	actorsRead: Set<string>;
	/** The types of the relation words they read no one's relation from. */
	typesUnread: Set<string>;
}

/** A sentence as the reader has read it: its words, the actors it names and its relation words. */
export interface ReadSentence {
	text: string;
	sentence: Sentence;
	tokens: Token[];
	mentions: Mention[];
	groups: MentionGroup[];
	cues: Cue[];
	rules: RulesReading;
	kindOf: KindOf;
	/** The last year that is history to the report (see non-relation-cues.ts). */
	history?: number;
}

/** The types whose giver or imposer the model tells apart from the receiver. */
export const LEARNT_DIRECTED = ['aid', 'sanctions'];

/** The most a learnt proposal is trusted: less than any the rules make with both ends named. */
const MOST_CONFIDENCE = 0.5;

/** The cue types that say each relation type. */
const SAYS: Record<string, string[]> = { trade: ['trade', 'arms', 'flow'] };

const ungrouped = (mention: Mention): MentionGroup => ({
	keys: [mention.key],
	mentions: [mention],
	from: mention.from,
	to: mention.to,
	possessive: mention.possessive
});

/**
 * The pairs of a sentence the rules found no words to read a relation of, where
 * the learnt model finds one likely: proposed, less sure than the rules' own,
 * with the status read as the rules read it, and only where the sentence does
 * not say it does not hold (a call, a plan, a negation…). An actor the rules
 * read a relation for in the sentence, whether or not they proposed it, is
 * theirs: "the Commission pledged €105 million, and Japan has
 * since disbursed €150 million to Tunis" ties Japan to Tunisia, not the
 * Commission.
 */
export function learnedProposals(read: ReadSentence, model: PairModel): Omit<Proposal, 'id'>[] {
	const { text, sentence, tokens, mentions, groups, cues, rules } = read;
	const proposals: Omit<Proposal, 'id'>[] = [];
	for (const pair of namedPairs(mentions)) {
		if (rules.actorsRead.has(pair.first.key) || rules.actorsRead.has(pair.second.key)) continue;
		const features = pairFeatures(read, pair);
		const likely = likeliestType(model, features);
		if (!likely) continue;
		const { type, probability } = likely;
		const directed = LEARNT_DIRECTED.includes(type);
		const [giver, receiver] =
			directed && !firstGives(model, features, type)
				? [pair.second, pair.first]
				: [pair.first, pair.second];
		const groupOf = (mention: Mention) =>
			groups.find((group) => group.mentions.includes(mention)) ?? ungrouped(mention);
		const ends: Ends = { sources: groupOf(giver), targets: groupOf(receiver), oneWay: directed };
		const said = cues.find((cue) => (SAYS[type] ?? [type]).includes(cue.type));
		const cue = said ?? wordAfterFirst(pair, tokens, type, directed);
		if (notARelation(tokens, cue, ends, type, { history: read.history })) continue;
		const reading = readStatus(tokens, groups, cue, ends, type);
		const marks: ProposalMark[] = [
			{ start: giver.start, end: giver.end, role: 'source' },
			{ start: receiver.start, end: receiver.end, role: 'target' },
			...(said ? [{ ...tokenSpan(tokens, said.from, said.to), role: 'type' as const }] : []),
			...(reading.from !== undefined && reading.to !== undefined
				? [{ ...tokenSpan(tokens, reading.from, reading.to), role: 'status' as const }]
				: [])
		];
		proposals.push({
			source: giver.key,
			target: receiver.key,
			type,
			directed,
			status: reading.status,
			evidence: text.slice(sentence.start, sentence.end),
			start: sentence.start,
			end: sentence.end,
			paragraph: sentence.paragraph,
			marks,
			confidence: Math.round(MOST_CONFIDENCE * probability * 100) / 100,
			reason: `${type}: learnt from the words around the two names, ${Math.round(probability * 100)}% likely; ${reading.reason}`,
			learnt: true
		});
	}
	return proposals;
}

/** Where no relation word of the type was found: the word after the first name stands for it. */
function wordAfterFirst(pair: NamedPair, tokens: Token[], type: string, oneWay: boolean): Cue {
	const from = Math.min(pair.first.to, tokens.length - 1);
	return {
		type,
		from,
		to: from + 1,
		role: 'act',
		oneWay,
		formal: false,
		takesObject: false
	};
}
