import type { Mention } from './find-mentions';
import { SPEECH, TITLE } from './reader-words';
import type { Token } from './tokens';

/** Actors named together: "Britain, France and Germany", "Russian President Vladimir Putin". */
export interface MentionGroup {
	keys: string[];
	mentions: Mention[];
	from: number;
	to: number;
	/** Its last name is possessive: "North Korea’s". */
	possessive: boolean;
}

const JOINS = /^(?:,|and|&|as|well|together|with|along|both|the|neighbou?ring|fellow)$/;

/** What one state is to another: "its biggest creditor". */
const ROLE =
	/^(?:creditors?|lenders?|partners?|suppliers?|allies|ally|donors?|backers?|patrons?|neighbou?rs?|customers?|buyers?|markets?|sources?|protectors?|benefactors?)$/;

/** A verb after "…, and Denmark": a new clause, not a list. */
const STARTS_CLAUSE = /^(?:has|have|had|is|are|was|were|will|would|said|says|\p{Ll}+ed)$/u;

/** The first word of an aside that says what an actor is: "the world's largest importer", "whose farms…". */
const APPOSITIVE = /^(?:the|a|an|its|their|one|home|whose|which|who|where|long|once|now|also)$/;

/** People who say something of a state: "US officials", "Ukrainian intelligence". */
const SAYERS =
	/^(?:officials|diplomats|sources|analysts|intelligence|officers|authorities|media|lawmakers|prosecutors|investigators|military|government|ministry|spokesman|spokeswoman|spokesperson)$/;

/** Whether the words from `at` are people saying something: "officials say", "intelligence believes". */
function saysAfter(tokens: Token[], at: number): boolean {
	return SAYERS.test(tokens[at]?.lower ?? '') && SPEECH.test(tokens[at + 1]?.lower ?? '');
}

/**
 * Whether token `at` is a word of an actor's name: "States" in "the United States" is no verb of
 * saying, however it reads.
 */
export function inName(groups: MentionGroup[], at: number): boolean {
	return groups.some((group) => group.from <= at && at < group.to);
}

/** The sentence's mentions, gathered into the groups they are named in. */
export function groupMentions(tokens: Token[], mentions: Mention[]): MentionGroup[] {
	const groups: MentionGroup[] = [];
	for (const mention of mentions) {
		const last = groups.at(-1);
		const between = last ? tokens.slice(last.to, mention.from) : [];
		const sameActor =
			last?.keys.at(-1) === mention.key &&
			between.every((t) => TITLE.test(t.text) || /^\p{Lu}/u.test(t.text));
		// "the World Food Programme (WFP)": the name and its short form in brackets, one mention.
		const restated =
			last?.keys.at(-1) === mention.key &&
			between.length === 1 &&
			between[0].text === '(' &&
			tokens[mention.to]?.text === ')';
		const aside = /^(?:beyond|besides|unlike|like|except|apart|after|before)$/.test(
			(last && tokens[last.from - 1]?.lower) ?? ''
		);
		const listed =
			last &&
			!last.possessive &&
			!aside &&
			between.length > 0 &&
			between.length <= 4 &&
			// "Guelleh and President Emmanuel Macron": a title after "and" is no break in the list.
			between.every((t, k) => JOINS.test(t.lower) || (k > 0 && TITLE.test(t.text))) &&
			between.some((t) => JOINS.test(t.lower)) &&
			!(between.length === 1 && between[0].lower === 'with') &&
			// "has overtaken Russia as Kazakhstan's largest trading partner", "…and Sudan, as Russia
			// did": "as" is no list's (but "as well as" is).
			!(between.some((t) => t.lower === 'as') && !between.some((t) => t.lower === 'well')) &&
			// "…to Brazil, and it exports power": a pronoun that opens a clause, no list's next.
			!/^(?:it|they)$/.test(tokens[mention.from].lower) &&
			// "…to Venezuela, its most forceful step yet": "its" opens an aside, not a list's next
			// (but "China, its biggest creditor," names the other's role).
			!(
				/^(?:its|their)$/.test(tokens[mention.from].lower) &&
				!tokens.slice(mention.to, mention.to + 4).some((t) => ROLE.test(t.lower))
			) &&
			!(
				between.some((t) => t.text === ',') && STARTS_CLAUSE.test(tokens[mention.to]?.lower ?? '')
			) &&
			// "Japan and South Korea, both US treaty allies": what the list is, no list's next.
			!(
				between.length >= 2 &&
				between[0].text === ',' &&
				/^(?:both|all|each)$/.test(between.at(-1)!.lower)
			) &&
			// "…shipped shells to Russia, US officials say": the ones who say it, no list's next.
			!(between.some((t) => t.text === ',') && saysAfter(tokens, mention.to)) &&
			// "…with Palau, the Marshall Islands and Micronesia, Washington provides": a list closed
			// by "and" takes no more after a comma.
			!(
				between.every((t) => t.text === ',' || t.lower === 'the') &&
				tokens.slice(last.from, last.to).some((t) => /^(?:and|&)$/.test(t.lower))
			);
		// "Egypt, the world's largest wheat importer, and Spain … have been among the biggest buyers":
		// the sentence's subjects, each with its aside.
		const subjects =
			last !== undefined &&
			!last.possessive &&
			last.from <= 1 &&
			between.length >= 4 &&
			between.length <= 14 &&
			between[0].text === ',' &&
			between.at(-2)!.text === ',' &&
			between.at(-1)!.lower === 'and' &&
			APPOSITIVE.test(between[1].lower) &&
			!between.slice(1, -2).some((t) => t.text === ',' || STARTS_CLAUSE.test(t.lower));
		// "EU countries such as France and Spain", "its neighbours, including Kenya": named as one.
		const words = between.map((t) => t.lower).join(' ');
		const exemplified =
			last &&
			!last.possessive &&
			/^(?:(?:countries|states|nations|members|partners|neighbou?rs|economies) )?(?:, )?(?:such as|including|like)$/.test(
				words
			);
		// "the US-Japan alliance": two names joined by a dash, as one word.
		const paired =
			last !== undefined &&
			between.length === 1 &&
			/^[-–]$/.test(between[0].text) &&
			between[0].start === tokens[last.to - 1].end &&
			between[0].end === tokens[mention.from].start;
		if (
			last &&
			(sameActor || restated || listed || subjects || exemplified || paired || between.length === 0)
		) {
			if (!last.keys.includes(mention.key)) last.keys.push(mention.key);
			last.mentions.push(mention);
			last.to = restated ? mention.to + 1 : mention.to;
			last.possessive = mention.possessive;
		} else {
			groups.push({
				keys: [mention.key],
				mentions: [mention],
				from: mention.from,
				to: mention.to,
				possessive: mention.possessive
			});
		}
	}
	return groups;
}
