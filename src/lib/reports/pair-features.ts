import type { Mention } from './find-mentions';
import type { Cue } from './relation-cues';
import type { Token } from './tokens';

/** Two actors named in one sentence, the one named first as `first`. */
export interface NamedPair {
	first: Mention;
	second: Mention;
}

/** What kind of actor a key names: a state or a body. */
export type KindOf = (key: string) => 'state' | 'body';

/** What the features are read from: a sentence as read, and what the rules made of it. */
export interface PairContext {
	tokens: Token[];
	mentions: Mention[];
	cues: Cue[];
	rules: { typesUnread: Set<string> };
	kindOf: KindOf;
}

/** Sentences naming more actors than this are lists, not relations between two of them. */
export const MOST_ACTORS = 8;

/** A word with its ending taken off, so "supplies", "supplied" and "supplying" count as one. */
export function wordStem(word: string): string {
	const lower = word.toLowerCase();
	if (/^\d/.test(lower)) return '#';
	return lower.length > 4 ? lower.replace(/(?:ing|ed|es|s)$/, '') : lower;
}

const distance = (words: number) =>
	words <= 2 ? 'near' : words <= 5 ? 'close' : words <= 10 ? 'mid' : words <= 20 ? 'far' : 'apart';

/** The pairs of different actors a sentence names, each by its first mention, in text order. */
export function namedPairs(mentions: Mention[]): NamedPair[] {
	const first = new Map<string, Mention>();
	for (const mention of mentions) if (!first.has(mention.key)) first.set(mention.key, mention);
	const named = [...first.values()].sort((a, b) => a.from - b.from);
	if (named.length < 2 || named.length > MOST_ACTORS) return [];
	const pairs: NamedPair[] = [];
	for (let i = 0; i < named.length; i++) {
		for (let j = i + 1; j < named.length; j++) pairs.push({ first: named[i], second: named[j] });
	}
	return pairs;
}

/** What a sentence says to every pair in it: its words' stems and the features of the whole. */
interface SentenceFeatures {
	stems: string[];
	shared: string[];
}

/** Each sentence's features, worked out once for all the pairs it names. */
const ofSentence = new WeakMap<Token[], SentenceFeatures>();

function sentenceFeatures({ tokens, mentions, cues, rules }: PairContext): SentenceFeatures {
	let found = ofSentence.get(tokens);
	if (found) return found;
	const stems = tokens.map((token) => wordStem(token.text));
	const shared = new Set(stems.map((stem) => `word:${stem}`));
	for (const cue of cues) {
		shared.add(`cue:${cue.type}`);
		shared.add(`cue:${cue.type}:${cue.role}`);
	}
	// Relation words the rules read no one's relation from: a sign there is none ("removed Cuba from the list").
	for (const type of rules.typesUnread) shared.add(`unread:${type}`);
	shared.add(`actors:${Math.min(new Set(mentions.map((m) => m.key)).size, 5)}`);
	ofSentence.set(tokens, (found = { stems, shared: [...shared] }));
	return found;
}

/**
 * What the learnt reader weighs of a pair: the sentence's words, the words
 * between the two names and just around them, the relation words the rules
 * found and where they stand, how each actor is named, and how far apart.
 */
export function pairFeatures(context: PairContext, { first, second }: NamedPair): string[] {
	const { tokens, mentions, cues, kindOf } = context;
	const { stems, shared } = sentenceFeatures(context);
	const features = new Set<string>(shared);
	for (let k = first.to; k < second.from; k++) {
		features.add(`between:${stems[k]}`);
		if (k + 1 < second.from) features.add(`between:${stems[k]}_${stems[k + 1]}`);
	}
	for (let k = first.to; k < Math.min(second.from, first.to + 3); k++)
		features.add(`after-first:${stems[k]}`);
	for (let k = Math.max(first.to, second.from - 3); k < second.from; k++)
		features.add(`before-second:${stems[k]}`);
	for (let k = Math.max(0, first.from - 4); k < first.from; k++)
		features.add(`before-first:${stems[k]}`);
	for (let k = second.to; k < Math.min(tokens.length, second.to + 4); k++)
		features.add(`after-second:${stems[k]}`);
	if (first.possessive) features.add('first-possessive');
	for (const cue of cues) {
		const where = cue.from < first.from ? 'before' : cue.from < second.from ? 'between' : 'after';
		features.add(`cue:${cue.type}:${where}`);
	}
	features.add(`first-named-as:${first.form}`);
	features.add(`second-named-as:${second.form}`);
	features.add(`first-is:${kindOf(first.key)}`);
	features.add(`second-is:${kindOf(second.key)}`);
	features.add(`apart:${distance(second.from - first.to)}`);
	const others = mentions.some(
		(m) => m.from >= first.to && m.to <= second.from && m.key !== first.key && m.key !== second.key
	);
	if (others) features.add('others-between');
	if (first.from === mentions[0]?.from) features.add('first-opens');
	return [...features];
}
