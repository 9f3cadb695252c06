import type { Mention } from './find-mentions';
import type { MentionGroup } from './mention-groups';
import { notARelation, type NotARelation } from './non-relation-cues';
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
	const proposals: Omit<Proposal, 'id'>[] = [];
	for (const { pair, features, likely } of pairReadings(read, model)) {
		const { actorsRead } = read.rules;
		if (actorsRead.has(pair.first.key) || actorsRead.has(pair.second.key)) continue;
		if (likely.probability < model.threshold) continue;
		const percent = Math.round(likely.probability * 100);
		const proposal = pairProposal(read, pair, features, model, likely.type, {
			confidence: MOST_CONFIDENCE * likely.probability,
			reason: `${likely.type}: learnt from the words around the two names, ${percent}% likely`
		});
		if (proposal) proposals.push(proposal);
	}
	return proposals;
}

/** A pair of a sentence as the model reads it: its features and its likeliest type, however likely. */
interface PairReading {
	pair: NamedPair;
	features: string[];
	likely: { type: string; probability: number };
}

/** Each sentence's pairs as the model read them: read once, for its proposals and its list. */
const readings = new WeakMap<ReadSentence, { model: PairModel; pairs: PairReading[] }>();

function pairReadings(read: ReadSentence, model: PairModel): PairReading[] {
	const known = readings.get(read);
	if (known?.model === model) return known.pairs;
	const pairs: PairReading[] = [];
	for (const pair of namedPairs(read.mentions)) {
		const features = pairFeatures(read, pair);
		const likely = likeliestType(model, features, 0);
		if (likely) pairs.push({ pair, features, likely });
	}
	readings.set(read, { model, pairs });
	return pairs;
}

/** Why a sentence does not state a relation as holding, in the reviewer's words. */
const NOT_HELD: Record<NotARelation, string> = {
	call: 'a call',
	hypothetical: 'a hypothesis or condition',
	negation: 'a negation',
	vote: 'a vote',
	plan: 'a plan',
	ended: 'a relation that ended'
};

/** The least likelihood of its likeliest type at which a pair named together is listed. */
export const LEAST_LISTED = 0.1;

/** How sure a pair named together is, at most: it is listed, not proposed. */
const MOST_LISTED_CONFIDENCE = 0.3;

/**
 * The pairs a sentence names together that nothing was proposed for, where the
 * learnt model gives some type of relation a chance (at least LEAST_LISTED):
 * each drafted as the model reads it, for the analyst to take up as a
 * proposal. "Germany has delivered IRIS-T systems to Ukraine" read as trade
 * leaves no pair; "Exporters say Chinese customs continue to block Australian
 * rock lobster", with no words the rules read, leaves China and Australia.
 */
export function namedTogether(
	read: ReadSentence,
	model: PairModel,
	proposed: readonly Omit<Proposal, 'id'>[]
): Omit<Proposal, 'id'>[] {
	const pairs = new Set(proposed.map((p) => [p.source, p.target].sort().join(' ')));
	const listed: Omit<Proposal, 'id'>[] = [];
	for (const { pair, features, likely } of pairReadings(read, model)) {
		if (pairs.has([pair.first.key, pair.second.key].sort().join(' '))) continue;
		if (likely.probability < LEAST_LISTED) continue;
		const percent = Math.round(likely.probability * 100);
		const proposal = pairProposal(read, pair, features, model, likely.type, {
			confidence: MOST_LISTED_CONFIDENCE * likely.probability,
			reason: `named together, no relation read; ${likely.type} is the likeliest learnt, ${percent}%`,
			notHeld: 'listed'
		});
		if (proposal) listed.push(proposal);
	}
	return listed;
}

/**
 * A pair's relation as the model reads it: its type, the giver or imposer
 * first where the type has a direction, the relation word or the word after
 * the first name marked, and the status the rules read. Where the sentence
 * says it does not hold, none, or (listed) that said as its reason.
 */
function pairProposal(
	read: ReadSentence,
	pair: NamedPair,
	features: string[],
	model: PairModel,
	type: string,
	{
		confidence,
		reason,
		notHeld = 'dropped'
	}: {
		confidence: number;
		reason: string;
		/** What becomes of a pair the sentence says does not hold: dropped, or listed with why. */
		notHeld?: 'dropped' | 'listed';
	}
): Omit<Proposal, 'id'> | undefined {
	const { text, sentence, tokens, groups, cues } = read;
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
	const not = notARelation(tokens, cue, ends, type, { history: read.history });
	if (not && notHeld === 'dropped') return undefined;
	const reading = readStatus(tokens, groups, cue, ends, type);
	const marks: ProposalMark[] = [
		{ start: giver.start, end: giver.end, role: 'source' },
		{ start: receiver.start, end: receiver.end, role: 'target' },
		...(said ? [{ ...tokenSpan(tokens, said.from, said.to), role: 'type' as const }] : []),
		...(reading.from !== undefined && reading.to !== undefined
			? [{ ...tokenSpan(tokens, reading.from, reading.to), role: 'status' as const }]
			: [])
	];
	return {
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
		confidence: Math.round(confidence * 100) / 100,
		reason: `${reason}; ${not ? `the sentence reads as ${NOT_HELD[not]}` : reading.reason}`,
		learnt: true
	};
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
