import { AID_WORDS, IMPOSED_TYPES, typeOfThings, type Cue } from './relation-cues';
import { inName, type MentionGroup } from './mention-groups';
import { MILITARY_ALLIANCES } from './bodies';
import {
	ARMED_PARTY,
	COUNT_WORDS,
	DENY,
	FUNDS,
	keptAfterBut,
	ledByPreposition,
	LICENCES,
	PAST_VERB,
	REQUESTED,
	SPEECH,
	TAKEN_AWAY,
	TITLE,
	TROOPS
} from './reader-words';
import { possessiveAt, type Token } from './tokens';

/** The two ends a cue ties, giver or imposer first where the relation flows one way. */
export interface Ends {
	sources: MentionGroup;
	targets: MentionGroup;
	/** The sentence says who gave to whom (not "trade between"). */
	oneWay: boolean;
	/** The speaker whose words the relation is, where the actor said it of itself: "Moscow said it had sent". */
	speaker?: MentionGroup;
}

/** Marks no cue reaches across. */
const CLAUSE_END =
	/^(?:;|:|—|–|\.|\?|!|but|while|whereas|although|though|because|after|before|since|when|whom|whose)$/;
/** "has since sold": "since" as an adverb, which ends no clause. */
const isClauseEnd = (tokens: Token[], at: number) =>
	CLAUSE_END.test(tokens[at].lower) &&
	!(tokens[at].lower === 'since' && /^(?:has|have|had)$/.test(tokens[at - 1]?.lower ?? '')) &&
	!(tokens[at].text === '.' && ABBREVIATED.test(tokens[at - 1]?.lower ?? ''));
/** "said on Nov. 22 that": the point of a short word, which ends no clause. */
const ABBREVIATED =
	/^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|st|gen|col|lt|sgt|gov|sen|rep|no|vs|jr|sr)$/;
/** "in force since August 2023": since a date, which ends no clause. */
const SINCE_DATE =
	/^(?:\d+s?|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** Verbs whose subject takes a stand on a relation without being a party to it. */
const STANCE =
	/^(?:critici[sz](?:e|es|ed|ing)|condemn(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|oppos(?:e|es|ed|ing)|protest(?:s|ed|ing)?|prais(?:e|es|ed|ing)|question(?:s|ed|ing)?|slamm?(?:s|ed|ing)?|decr(?:y|ies|ied|ying)|hail(?:s|ed|ing)?|defend(?:s|ed|ing)?|monitor(?:s|ed|ing)?|investigat(?:e|es|ed|ing)|document(?:s|ed|ing)?|track(?:s|ed|ing)?|calls?|called|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|appeal(?:s|ed|ing)?|press(?:es|ed|ing)?|ask(?:s|ed|ing)?|warn(?:s|ed|ing)?|mediat(?:e|es|ed|ing)|brokered|host(?:s|ed|ing)?|enforc(?:e|es|ed|ing)|implement(?:s|ed|ing)?|evad(?:e|es|ed|ing)|circumvent(?:s|ed|ing)?|violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?|lift(?:s|ed|ing)?|eas(?:e|es|ed|ing))$/;
const PRONOUN = /^(?:it|its|they|their|itself|themselves)$/;
/** Words after a comma that start another clause: "…covert aid, it remains hesitant". */
const NEW_CLAUSE =
	/^(?:it|they|he|she|we|which|who|while|as|but|and|so|yet|although|though|whereas|prioriti[sz]ing|saying|adding|citing)$/;
/** Verbs by which an actor announces its own act: "announced sanctions on", "denied any arms transfers". */
const OWN_ACT =
	/^(?:announc(?:e|es|ed|ing)|confirm(?:s|ed|ing)?|den(?:y|ies|ied|ying)|admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|approv(?:e|es|ed|ing))$/;
/** Words before a name that make it a place, not an actor that acts: "the war in Ukraine". */
const LOCATIVE = /^(?:in|at|inside|across|near|within|throughout)$/;
/** Nouns that name a state by its part in a tie: "a minor supplier", "the largest donor". */
const ROLE_NOUN =
	/^(?:suppliers?|donors?|buyers?|lenders?|creditors?|investors?|customers?|sellers?|exporters?|importers?)$/;
/** Words before a state goods only pass through: "a pipeline that crosses Belarus to supply Poland". */
const TRANSIT = /^(?:cross(?:es|ed|ing)?|transit(?:s|ed|ing)?|travers(?:e|es|ed|ing)|through|via)$/;
/** People an aid goes to, in a country: "to hundreds of thousands of people in Niger". */
const PEOPLE =
	/^(?:people|civilians|population|families|households|refugees|children|hundreds|thousands|millions|of|the|displaced|hungry|poor|needy|malnourished|starving|sick|wounded|injured|homeless|vulnerable|stranded|affected|survivors|victims|communities|customers|buyers|consumers|utilities|refiners|markets)$/;
const PASSIVE = /^(?:was|were|been|being|is|are|be|got|get|gets|hit|targeted)$/;
const TARGET_PREPOSITION =
	/^(?:to|on|against|for|with|into|toward|towards|targeting|upon|alongside|onto)$/;
/** Where what is imposed falls: not "for" ("on a US sanctions list for carrying cargo for Russia's military"). */
const IMPOSED_ON = /^(?:to|on|against|with|into|toward|towards|targeting|upon|onto)$/;
/** Where what is given goes: not "against" or "on", which are for sanctions. */
const TARGET_OF_GIVING = /^(?:to|for|with|into|toward|towards|alongside|onto|at)$/;
/** Verbs of paying for what is built where it stands: "funds hospitals and scholarships in Palau". */
const FUNDING = /^(?:fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|bankroll(?:s|ed|ing)?)$/;
/** Words that may stand between a preposition and the actor: "to the Russian army", "on North Korea". */
const FILLER = new RegExp(
	String.raw`^(?:the|a|an|its|their|both|all|some|several|many|much|most|part|parts|of|cover|pay|meet|equip|protect|defend|back|rescue|reinforce|strengthen|bolster|prop|shore|up|punish|pressure|costs?|salaries|budget|central|bank|government|authorities|army|navy|military|forces|coast|guard|relief|humanitarian|effort|efforts|operations?|response|in|\d[\d,.]*|\p{Ll}+(?:ed|ing|ian|ese|ish|al|ic|ary|ern|ive|ful|ous)|[\p{L}-]+-(?:led|backed|based|run|owned)|new|key|top|major|main|close|old|hungry|poor|needy|vulnerable|rural|and|imports?|exports?|goods|products|from|help|support|rebuild|rehabilitate|restore|fund|finance|${COUNT_WORDS}|districts?|regions?|provinces?|areas?|north|south|east|west|borderlands?|countryside|interior)$`,
	'u'
);
/** After "X’s …": nouns that make X the one who receives, and the sentence’s subject the one who gives. */
const RECEIVER_NOUN =
	/^(?:partners?|ally|allies|supplier|suppliers|source|sources|provider|providers|donor|donors|backer|backers|benefactor|patron|lifeline|creditor|creditors|lender|lenders|protector)$/;

/** Verbs by which a state has goods made elsewhere: "that Peru bought", "which it flies". */
const OWNED = /^(?:bought|buys|ordered|acquired|purchased|flies|flew|operates|received|imported)$/;

/** Verbs by which the one named after a sanction imposed it: "the tariffs Beijing imposed on". */
const IMPOSED_AFTER = /^(?:imposed|reimposed|slapped|levied|placed|kept|maintains|maintained)$/;

/** Words before "sanctions" that say they are imposed by no one actor named. */
const UNNAMED_IMPOSERS = /^(?:western|international|global|multilateral)$/;

/** Words of a number of people: "more than a dozen", "other". */
const MORE = /^(?:more|than|over|dozen|other|senior|at|least)$/;
/** People who hold office, on whom sanctions fall: "Georgian officials". */
const OFFICIALS =
	/^(?:officials|ministers|officers|judges|lawmakers|legislators|politicians|generals|commanders|oligarchs|businessmen|individuals|entities|leaders)$/;

/** Firms, named by what they are: "oil companies in Saudi Arabia", "Serbia's main oil company". */
const FIRM_WORD =
	/^(?:compan(?:y|ies)|firms?|producers?|suppliers?|manufacturers?|makers?|refiner(?:y|ies|s)?|exporters?|importers?|buyers?|mills?|factories|shipyards?|traders?|banks?|lenders?|operators?|carriers?|airlines?|giants?|conglomerates?|insurers?|shippers?)$/;

/** The group that begins at most `within` tokens after `at`, with only filler words ("the", "its") before it. */
export function groupAfter(groups: MentionGroup[], at: number, within: number, tokens: Token[]) {
	const group = groups.find((candidate) => candidate.from >= at && candidate.from <= at + within);
	if (!group) return undefined;
	const between = tokens.slice(at, group.from);
	// "sanctioned President Emmerson Mnangagwa": a title before a name is no more than filler.
	if (
		between.every(
			(token) => FILLER.test(token.lower) || token.text === ',' || TITLE.test(token.text)
		)
	)
		return group;
	// "entry bans on Ivanishvili and more than a dozen Georgian officials": past a person named
	// first, to the officials of a state.
	const and = between.findIndex((token) => token.lower === 'and');
	if (
		and > 0 &&
		between.slice(0, and).every((token) => /^\p{Lu}/u.test(token.text)) &&
		between.slice(and + 1).every((token) => FILLER.test(token.lower) || MORE.test(token.lower)) &&
		OFFICIALS.test(tokens[group.to]?.lower ?? '')
	)
		return group;
	// "imported fuel from state oil companies in Saudi Arabia": the state the firms are in.
	if (
		between.at(-1)?.lower === 'in' &&
		between.some((token) => FIRM_WORD.test(token.lower)) &&
		between.every((token) => !CLAUSE_END.test(token.lower) && token.text !== ',')
	)
		return group;
	// "to Karachi and Islamabad": other cities of the capital's state, listed before it.
	const cities =
		group.mentions[0].form === 'capital' &&
		between.at(-1)?.lower === 'and' &&
		between.every((token) => /^\p{Lu}\p{Ll}+$/u.test(token.text) || /^(?:and|,)$/.test(token.text));
	return cities ? group : undefined;
}

/**
 * "Azerbaijan, through whose pipelines oil and gas flow across Georgia to Turkey, supplies":
 * the sentence's first actor, past a clause led by a preposition and "whose" or "which" that
 * closes before the cue, with those it names.
 */
function relativeOwner(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	const first = groups[0];
	if (!first || first.to > cue.from || tokens[first.to]?.text !== ',') return undefined;
	const led =
		/^(?:through|in|of|with|by|from|for|to|under|across|along)$/.test(
			tokens[first.to + 1]?.lower ?? ''
		) && /^(?:whose|which|whom)$/.test(tokens[first.to + 2]?.lower ?? '');
	const closing = tokens.findLastIndex((t, k) => k < cue.from && t.text === ',');
	if (!led || closing <= first.to + 2 || cue.from - closing > 3) return undefined;
	return groups.every((group) => group === first || group.from > closing || group.to <= closing)
		? first
		: undefined;
}

/** The group that acts before the cue, and the speaker when the act is in what someone said. */
export function groupBefore(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	const subject = subjectOfSecondVerb(tokens, groups, cue);
	// The subject speaks where its first verb was one of saying: "Britain, France and Germany said
	// …, and announced sanctions" (not "New Delhi withdrew …, and raised customs duties").
	const said = (k: number) => SPEECH.test(tokens[k].lower) && !inName(groups, k);
	const spoke = subject && tokens.some((_, k) => k >= subject.to && k < cue.from && said(k));
	if (subject) return { agent: subject, speaker: spoke ? subject : undefined };
	const joined = subjectPastObject(tokens, groups, cue);
	if (joined) return { agent: joined };
	const sharing = subjectOfGerund(tokens, groups, cue) ?? subjectOfProgressive(tokens, groups, cue);
	if (sharing) return { agent: sharing };
	const owner = relativeOwner(tokens, groups, cue);
	if (owner) return { agent: owner };
	for (let g = groups.length - 1; g >= 0; g--) {
		const group = groups[g];
		if (group.to > cue.from) continue;
		// "Bhutan, whose hydropower is sold to India": the relative clause's owner acts.
		// "the EU, which banned imports": the antecedent of a relative clause acts in it;
		// "Poland, a NATO member that …, is also taking delivery": past the appositive;
		// "Venezuela, which once sent 100,000 barrels a day, still ships": past the clause.
		const next = tokens[group.to + 1]?.lower ?? '';
		const lastComma = tokens.findLastIndex((t, k) => k < cue.from && t.text === ',');
		const closed = lastComma > group.to + 1;
		const whose =
			tokens[group.to]?.text !== ','
				? 0
				: /^(?:whose|which|who)$/.test(next)
					? closed && g === 0
						? lastComma + 1 - group.to
						: 2
					: (/^(?:a|an|the)$/.test(next) || /^\p{Ll}+ed$/u.test(next)) &&
						  closed &&
						  (g === 0 || /^(?:and|,)$/.test(tokens[group.from - 1]?.lower ?? ''))
						? lastComma + 1 - group.to
						: 0;
		const between = tokens.slice(group.to + whose, cue.from);
		// "…goes to Britain and Spain, and a free trade agreement with China lets": a new clause whose
		// subject holds the cue; the list before it does not act.
		// So does a place goods went to: "Coal, most of it shipped to India, and aluminium …, sold".
		if (
			whose === 0 &&
			between[0]?.text === ',' &&
			between[1]?.lower === 'and' &&
			(/^(?:a|an)$/.test(between[2]?.lower ?? '') ||
				(ledByPreposition(tokens, group.from) &&
					/^\p{Ll}+$/u.test(between[2]?.text ?? '') &&
					!isPastVerb(between[2]) &&
					!AUXILIARY.test(between[2].lower) &&
					!/^(?:is|are|was|were|will|would|can|could|may|might|must|should)$/.test(
						between[2].lower
					)))
		)
			continue;
		// "the war in Ukraine", "Armenia, dependent on Russian equipment, now buys": not the one who acts.
		if (LOCATIVE.test(tokens[group.from - 1]?.lower ?? '') && !between.some((t) => t.text === ','))
			continue;
		// "The plant, to be built by Rosatom, is financed by": the aside's agent is not the subject.
		const aside =
			tokens[group.from - 1]?.lower === 'by' &&
			tokens[group.to]?.text === ',' &&
			tokens.slice(Math.max(0, group.from - 6), group.from - 1).some((t) => t.text === ',');
		if (aside) continue;
		const previousEnd = groups[g - 1]?.to ?? 0;
		// "Egypt, locked in its own dispute with Addis Ababa over the Grand Ethiopian Renaissance
		// Dam, signed": any name in an aside after the sentence's subject.
		const afterSubject = groups[0].from <= 1 ? groups[0].to : previousEnd;
		const enclosed =
			between.some((t) => t.text === ',') &&
			g > 0 &&
			(tokens.slice(previousEnd, group.from).some((t) => t.text === ',') ||
				(tokens[afterSubject]?.text === ',' &&
					!tokens.slice(afterSubject + 1, group.from).some((t) => t.text === ',')));
		if (enclosed) continue;
		// "whose three members — Mali, Burkina Faso and Niger — signed": a list set off by dashes.
		const dashed =
			/^[—–]$/.test(tokens[group.to]?.text ?? '') &&
			tokens[group.from - 1]?.text === tokens[group.to].text;
		if (
			between.length > 16 ||
			between.some((_, k) => (!dashed || k > 0) && isClauseEnd(tokens, group.to + whose + k))
		)
			return {};
		// "the Yamal-Europe pipeline, which crosses Belarus to supply Poland": a state passed through.
		const goods = cue.type === 'trade' || cue.type === 'arms' || cue.type === 'flow';
		// (One state: a list after "through" may run on into the subject, "through Uzbekistan and
		// Kazakhstan, and Beijing now takes".)
		const passed = group.keys.length === 1 && TRANSIT.test(tokens[group.from - 1]?.lower ?? '');
		if (goods && passed) continue;
		// "the World Bank added budget support": "added" says something only where words follow it.
		// (Not a word of a name: "the United States".)
		const speechAt = between.findIndex(
			(t, k) =>
				SPEECH.test(t.lower) &&
				!inName(groups, group.to + whose + k) &&
				!(/^(?:adds?|added)$/.test(t.lower) && k === between.length - 1)
		);
		if (speechAt >= 0) {
			// "denied sending", "announced sanctions", "said it had sent": the speaker is who acted;
			// so is one who "responded by freezing South Korean assets".
			const by = between.at(-1)?.lower === 'by' ? 1 : 0;
			const gerund = speechAt === between.length - 1 - by && /ing$/.test(tokens[cue.from].lower);
			const owned = OWN_ACT.test(between[speechAt].lower) && between.length - speechAt <= 8;
			const pronoun = between.slice(speechAt).some((t) => PRONOUN.test(t.lower));
			if (gerund || owned || pronoun) return { agent: group, speaker: group };
			// "Moscow is believed to have supplied", "Iran is said to have shipped": said of the
			// subject by others, who acts.
			const saidOf =
				/^(?:is|are|was|were|been)$/.test(between[speechAt - 1]?.lower ?? '') &&
				between[speechAt + 1]?.lower === 'to';
			return saidOf ? { agent: group } : {};
		}
		if (between.some((t) => STANCE.test(t.lower))) return {};
		// "depend far more on natural gas, which it pipes to Brazil and Argentina, than on sales to
		// the United States": the other side of a comparison, whose actor is not the one named last.
		const than = between.findLastIndex((t) => t.lower === 'than');
		if (than >= 0 && than >= between.length - 2 && !/^\d/.test(between[than + 1]?.text ?? ''))
			return {};
		// "is distributing": a verb in -ing after "is" is active; "were among the main donors": a
		// noun after a copula, no passive.
		const noun = !cue.takesObject && !/ed$/.test(tokens[cue.from].lower);
		// "are among the countries that have paid for": a copula far from the verb makes no passive.
		const passive =
			!noun &&
			between.slice(-3).some((t) => PASSIVE.test(t.lower)) &&
			!/ing$/.test(tokens[cue.from].lower);
		return { agent: group, passive };
	}
	return {};
}

/** Words that may stand between "and" and a second past verb: "and has since disbursed". */
const AUXILIARY =
	/^(?:has|have|had|since|also|already|then|later|now|subsequently|recently|quietly)$/;

const isPastVerb = (token: Token) => OWN_ACT.test(token.lower) || PAST_VERB.test(token.text);

/**
 * "Britain, France and Germany said …, and announced sanctions on Tehran":
 * a second verb joined by "and" acts for the sentence's subject.
 */
function subjectOfSecondVerb(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	let reach = 5;
	for (let at = cue.from - 1; at >= Math.max(1, cue.from - reach); at--) {
		if (!/^(?:and|but)$/.test(tokens[at].lower)) continue;
		const verbs = tokens.slice(at + 1, cue.from);
		// "and imposed a land, sea and air blockade on it": past the "and" of a list of words.
		if (
			reach === 5 &&
			tokens[at].lower === 'and' &&
			verbs.length <= 2 &&
			!verbs.some(isPastVerb) &&
			/^\p{Ll}/u.test(verbs[0]?.text ?? '')
		) {
			reach = 9;
			continue;
		}
		// "…, and has since disbursed €150 million": the cue is the second verb itself.
		const perfect =
			verbs.length > 0 &&
			verbs.every((t) => AUXILIARY.test(t.lower)) &&
			isPastVerb(tokens[cue.from]);
		// "has lifted its asset freezes but keeps an arms embargo on the country".
		const keeps = keptAfterBut(tokens, at);
		if (!verbs.some(isPastVerb) && !perfect && !keeps) return undefined;
		// "…, and Islamabad suspended all trade": the second clause has a subject of its own.
		if (groups.some((group) => group.from > at && group.from < cue.from)) return undefined;
		if (tokens[at - 1].text !== ',' && !isPastVerb(tokens[at + 1]) && !keeps) return undefined;
		const dateline = tokens.slice(0, 10).findIndex((token) => /^[—–]$/.test(token.text));
		const subject = groups[0];
		const opens = subject && subject.from < dateline + 3;
		return opens && !subject.possessive ? subject : undefined;
	}
	return undefined;
}

/**
 * "Saudi Arabia, the UAE, Bahrain and Egypt severed ties with Qatar and closed their links", "The
 * Dominican Republic has opened its border to relief convoys and sent medical teams": a past verb
 * right after "and", in a clause whose subject did the first act, acts for that subject, not for
 * an actor named in the first act's object (led by a preposition, or owning a thing).
 */
function subjectPastObject(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	const and = cue.from - 1;
	if (tokens[and]?.lower !== 'and' || !isPastVerb(tokens[cue.from])) return undefined;
	// The sentence's subject, after an opening phrase at most: "That day, Saudi Arabia …".
	const subject = firstSubject(tokens, groups, and);
	if (!subject || subject !== groups[0]) return undefined;
	const start = subject.from - (tokens[subject.from - 1]?.lower === 'the' ? 1 : 0);
	if (start !== 0 && !/^(?:,|—|–)$/.test(tokens[start - 1]?.text ?? '')) return undefined;
	// The subject's own act first, in the same clause: "severed ties with Qatar", "has opened".
	const first = tokens.slice(subject.to, and);
	if (!first.slice(0, 3).some(isPastVerb)) return undefined;
	if (first.some((_, k) => isClauseEnd(tokens, subject.to + k))) return undefined;
	const others = groups.filter((group) => group.from > subject.to && group.from < and);
	return others.every((group) => group.possessive || ledByPreposition(tokens, group.from))
		? subject
		: undefined;
}

/** The first actor of the sentence before `at` that no preposition leads to and that owns nothing. */
function firstSubject(tokens: Token[], groups: MentionGroup[], at: number) {
	return groups.find(
		(group) => group.to <= at && !group.possessive && !ledByPreposition(tokens, group.from)
	);
}

/**
 * "Last November it signed a deal …, after buying second-hand F-16s from Portugal": a gerund
 * after "after", "before" or "while" shares the sentence's subject.
 */
function subjectOfGerund(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	if (!/ing$/.test(tokens[cue.from].lower)) return undefined;
	if (!/^(?:after|before|while|since|when)$/.test(tokens[cue.from - 1]?.lower ?? ''))
		return undefined;
	if (tokens[cue.from - 2]?.text !== ',') return undefined;
	const subject = firstSubject(tokens, groups, cue.from);
	const clause = subject ? tokens.slice(subject.to, cue.from - 2) : [];
	return subject && !clause.some((t, k) => t.text === ';' || isClauseEnd(tokens, subject.to + k))
		? subject
		: undefined;
}

/**
 * "the F-16s that Bucharest bought from Portugal and is now receiving from Norway": a verb in
 * -ing joined by "and is" has the subject of the verb before, not the actor after its preposition.
 */
function subjectOfProgressive(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	if (!/ing$/.test(tokens[cue.from].lower)) return undefined;
	let at = cue.from - 1;
	while (at > cue.from - 4 && AUXILIARY.test(tokens[at]?.lower ?? '')) at--;
	if (!/^(?:is|are|was|were)$/.test(tokens[at]?.lower ?? '')) return undefined;
	if (tokens[at - 1]?.lower !== 'and') return undefined;
	const subject = groups.findLast(
		(group) => group.to <= at - 1 && !group.possessive && !ledByPreposition(tokens, group.from)
	);
	const clause = subject ? tokens.slice(subject.to, at - 1) : [];
	return subject &&
		clause.length <= 8 &&
		!clause.some((t, k) => t.text === ',' || isClauseEnd(tokens, subject.to + k))
		? subject
		: undefined;
}

/** "Poland, a NATO member that…": the one the appositive is said of. */
function appositiveOwner(tokens: Token[], groups: MentionGroup[], body: MentionGroup) {
	const article = /^(?:a|an)$/.test(tokens[body.from - 1]?.lower ?? '') ? 1 : 0;
	if (!article || tokens[body.from - 2]?.text !== ',') return undefined;
	return groups.findLast((group) => group.to === body.from - 2 && !group.possessive);
}

/** "As a founding member of NATO, the UK will…": the subject after an opening phrase. */
function subjectAfterOpening(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	if (!/^(?:as|like)$/.test(tokens[0]?.lower ?? '') || cue.from > 6) return undefined;
	const comma = tokens.findIndex((token, i) => i >= cue.to && token.text === ',');
	return comma > 0 ? groupAfter(groups, comma + 1, 1, tokens) : undefined;
}

/** The group that ends just before a word: the subject of "Kathmandu accused". */
function groupJustBefore(groups: MentionGroup[], at: number) {
	return groups.findLast((group) => group.to <= at && at - group.to <= 2 && !group.possessive);
}

/**
 * "sanctions over Iran's nuclear programme", "over its missile tests": the state whose deeds a
 * sanction answers, named as their owner right after "over".
 */
function offenderAfterOver(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	const over = groupAfterPreposition(tokens, groups, cue, /^over$/);
	// Named, not a pronoun's guess ("UN, US and European sanctions over its programme": not the US's).
	const named = over?.group.mentions.every((mention) => mention.form !== 'reference');
	return over && named && over.at - cue.to <= 3 && over.group.possessive ? over.group : undefined;
}

/** The first group after the cue in its clause that follows one of these prepositions. */
function groupAfterPreposition(
	tokens: Token[],
	groups: MentionGroup[],
	cue: Cue,
	preposition: RegExp
) {
	for (let i = cue.to; i < Math.min(tokens.length, cue.to + 14); i++) {
		const word = tokens[i].lower;
		// A word of a name is no verb: "by the United States on Moscow".
		if (inName(groups, i)) continue;
		// "since 2011 with Djibouti's consent": since a date, which ends no clause.
		const sinceDate = word === 'since' && SINCE_DATE.test(tokens[i + 1]?.lower ?? '');
		if ((CLAUSE_END.test(word) && !sinceDate) || SPEECH.test(word)) return undefined;
		if (word === ',' && NEW_CLAUSE.test(tokens[i + 1]?.lower ?? '')) return undefined;
		// "bankrolling Russia's war machine and calling the country …": a second verb, its own objects.
		if (word === 'and' && /^\p{Ll}+ing$/u.test(tokens[i + 1]?.text ?? '')) return undefined;
		// "a NATO member that now spends … of its output", "bankrolled by China that has strained
		// relations with Washington": not into a relative clause.
		if (/^(?:that|who|which)$/.test(word) && i > cue.to) return undefined;
		if (/^(?:that|who)$/.test(word) && preposition.source === '^of$') return undefined;
		if (!preposition.test(word)) continue;
		// "a minor supplier next to the United States", "a major donor alongside Japan": the one it
		// is set beside, not the one it supplies.
		const beside =
			(word === 'to' && tokens[i - 1]?.lower === 'next') ||
			(word === 'alongside' && ROLE_NOUN.test(tokens[cue.to - 1].lower));
		if (beside) continue;
		const group = groupAfter(groups, i + 1, 6, tokens) ?? groupOfPeople(tokens, groups, i + 1);
		if (group) return { group, at: i };
	}
	return undefined;
}

/** Works and programmes money is given for, built where they stand. */
const WORKS_FOR =
	/^(?:ports?|roads?|railways?|bridges?|dams?|airports?|hospitals?|stadiums?|schools?|plants?|projects?|programmes?|programs?|pipelines?|highways?|grids?|terminals?|clinics?|housing)$/;

/**
 * "provided most of the money for the Kribi deep-water port in Cameroon", "loans for roads in
 * Laos": money given for works, the state they stand in receives it.
 */
function worksPaidIn(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	if (cue.type !== 'given' && cue.type !== 'aid') return undefined;
	const things = tokens.slice(cue.to, cue.to + 8);
	const money = things.findIndex((t) => FUNDS.test(t.lower));
	const forAt = things.findIndex((t, k) => k > money && t.lower === 'for');
	if (money < 0 || forAt < 0) return undefined;
	const from = cue.to + forAt + 1;
	const inAt = tokens.findIndex((t, k) => k > from && k <= from + 6 && t.lower === 'in');
	const works = tokens.slice(from, inAt);
	if (inAt < 0 || !works.some((t) => WORKS_FOR.test(t.lower))) return undefined;
	if (works.some((t) => t.text === ',' || CLAUSE_END.test(t.lower))) return undefined;
	return groupAfter(groups, inAt + 1, 1, tokens);
}

/**
 * "deployed soldiers at Maputo's request", "sent troops at the request of the government of
 * Mozambique": the one who asked for the help receives it, past a list of what was sent ("has
 * deployed thousands of troops, the hospital ship USNS Comfort and urban search-and-rescue teams
 * at the request of the Haitian Government").
 */
function requester(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	for (let i = cue.to; i < Math.min(tokens.length, cue.to + 24); i++) {
		if (CLAUSE_END.test(tokens[i].lower)) return undefined;
		if (tokens[i].lower !== 'at') continue;
		const asking = groups.find(
			(group) =>
				group.possessive &&
				(group.from === i + 1 || (group.from === i + 2 && tokens[i + 1].lower === 'the')) &&
				REQUESTED.test(tokens[group.to + 1]?.lower ?? '')
		);
		if (asking) return asking;
		if (tokens[i + 1]?.lower === 'the' && REQUESTED.test(tokens[i + 2]?.lower ?? ''))
			return tokens[i + 3]?.lower === 'of' ? groupAfter(groups, i + 4, 5, tokens) : undefined;
	}
	return undefined;
}

/**
 * "slapped export duties on fuel bound for Kyrgyzstan": a measure on goods, the state they are
 * bound for, within the clause.
 */
function boundFor(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	if (tokens[cue.to]?.lower !== 'on') return undefined;
	for (let i = cue.to + 1; i < Math.min(tokens.length - 1, cue.to + 7); i++) {
		if (CLAUSE_END.test(tokens[i].lower) || tokens[i].text === ',') return undefined;
		if (
			/^(?:bound|destined|headed)$/.test(tokens[i].lower) &&
			/^(?:for|to)$/.test(tokens[i + 1].lower)
		)
			return groupAfter(groups, i + 2, 1, tokens);
	}
	return undefined;
}

/** Words that say where goods come from, before "in": "diamonds mined in Russia", "cars made in Germany". */
const MADE = /^(?:mined|produced|made|grown|manufactured|refined|originating|caught|extracted)$/;

/** Words that say where goods supplied end up, before "in": "electricity consumed in Moldova". */
const SOLD = /^(?:consumed|sold|used|burned|burnt)$/;

/**
 * The state named after the cue by a participle and "in": where goods received were made
 * ("barred imports of diamonds mined in Russia"), or where goods supplied end up ("supplies most
 * of the electricity consumed in neighbouring Moldova", read within the clause).
 */
function stateOfGoods(tokens: Token[], groups: MentionGroup[], cue: Cue, end: 'made' | 'sold') {
	const [participle, reach, within] = end === 'made' ? [MADE, 8, 1] : [SOLD, 10, 2];
	for (let i = cue.to; i < Math.min(tokens.length - 1, cue.to + reach); i++) {
		if (CLAUSE_END.test(tokens[i].lower) || (end === 'sold' && tokens[i].text === ','))
			return undefined;
		if (participle.test(tokens[i].lower) && tokens[i + 1].lower === 'in')
			return groupAfter(groups, i + 2, within, tokens);
	}
	return undefined;
}

/** "people in Niger": the country the people are in. */
function groupOfPeople(tokens: Token[], groups: MentionGroup[], at: number) {
	let i = at;
	while (i < tokens.length && i < at + 8 && PEOPLE.test(tokens[i].lower)) i++;
	if (i === at) return undefined;
	// "people uprooted by violence in Mozambique", "families displaced by the floods in Pakistan".
	if (/^(?:uprooted|displaced|affected|stranded|trapped|left|made)$/.test(tokens[i]?.lower ?? '')) {
		const place = tokens.findIndex(
			(t, k) => k > i && k <= i + 5 && /^(?:in|across|inside)$/.test(t.lower)
		);
		const between = place < 0 ? [] : tokens.slice(i + 1, place);
		if (place > 0 && between.every((t) => /^[\p{L}-]+$/u.test(t.text))) i = place;
	}
	if (!/^(?:in|across|inside)$/.test(tokens[i]?.lower ?? '')) return undefined;
	return groupAfter(groups, i + 1, 1, tokens);
}

const pairOf = (
	sources: MentionGroup,
	targets: MentionGroup,
	oneWay: boolean,
	speaker?: MentionGroup
): Ends => ({
	sources,
	targets,
	oneWay,
	speaker
});

/**
 * "it is still bound to Moscow by a 2005 treaty", "Turkey is tied to Azerbaijan by the Shusha
 * Declaration": the one bound, named before, and the one it is bound to.
 */
function boundBy(tokens: Token[], groups: MentionGroup[], cue: Cue): Ends | undefined {
	const by = tokens.findLastIndex((t, k) => k < cue.from && k >= cue.from - 5 && t.lower === 'by');
	if (by < 0) return undefined;
	const partner = groups.findLast((group) => group.to <= by && group.from >= by - 4);
	if (!partner || tokens[partner.from - 1]?.lower !== 'to') return undefined;
	if (!/^(?:bound|tied|linked|joined)$/.test(tokens[partner.from - 2]?.lower ?? ''))
		return undefined;
	const bound = groups.findLast((group) => group.to <= partner.from - 2 && !group.possessive);
	return bound && bound.keys.every((key) => !partner.keys.includes(key))
		? pairOf(bound, partner, false)
		: undefined;
}

/**
 * "each other's assistance", "assist one another": a cue the parties give each other,
 * the words right before or after it (not "train on each other's soil").
 */
export function givenEachOther(tokens: Token[], cue: Cue): boolean {
	const pair = (at: number) =>
		/^(?:each|one)$/.test(tokens[at]?.lower ?? '') &&
		/^(?:other|another)$/.test(tokens[at + 1]?.lower ?? '');
	return pair(cue.to) || (pair(cue.from - 3) && /^['’]s?$/.test(tokens[cue.from - 1]?.text ?? ''));
}

/** The firms of a state, named by its demonym: "Japanese utilities", "Chinese banks". */
const FIRMS =
	/^(?:utilities|companies|firms|buyers|refiners|importers|exporters|traders|banks|lenders|investors|producers|shipyards|carriers|airlines|insurers|manufacturers|businesses)$/;

/** A group naming two or more actors, tied each to each: "North Korea and Russia signed". */
function splitGroup(group: MentionGroup): Ends | undefined {
	if (group.keys.length < 2) return undefined;
	// Every pair of them: "Australia, Britain and the United States unveiled a security pact".
	return pairOf(group, group, false);
}

type EndsReader = (tokens: Token[], groups: MentionGroup[], cue: Cue) => Ends | undefined;

/** Kinds of cue whose ends are read their own way, each by the reader below named for it. */
const ENDS_OF_KIND: Partial<Record<string, EndsReader>> = {
	base: baseEnds,
	origin: originEnds,
	funded: fundedEnds,
	ban: banOnGoods,
	preference: preferenceTaken,
	visa: visasSuspended,
	listed: listedBy,
	closure: bordersClosed,
	debt: debtOwed,
	frozen: assetsFrozen,
	reliance: reliedOn
};

/** Words before one a state is compared with: "the second-biggest user after the United States". */
const COMPARED = /^(?:after|than|behind|besides|beside|like|unlike)$/;
/** Verbs by which one state takes another's place: "has overtaken Russia as". */
const OVERTAKEN =
	/^(?:overtak(?:en|es|ing)|overtook|surpass(?:ed|es|ing)|replac(?:ed|es|ing)|displac(?:ed|es|ing)|supplant(?:ed|s|ing)|eclips(?:ed|es|ing)|outstripp(?:ed|ing)|outpac(?:ed|es|ing))$/;

/** The word before a group, past a "the": "overtook the US" → "overtook". */
const wordBefore = (tokens: Token[], group: MentionGroup) =>
	tokens[tokens[group.from - 1]?.lower === 'the' ? group.from - 2 : group.from - 1]?.lower ?? '';

/**
 * "India overtook the US as the largest buyer of Nigerian crude": the one that overtook, not the
 * one overtaken, is the subject of what follows.
 */
function overtaker(tokens: Token[], groups: MentionGroup[], agent: MentionGroup | undefined) {
	if (!agent || !OVERTAKEN.test(wordBefore(tokens, agent))) return agent;
	return groups.findLast((group) => group.to <= agent.from - 1 && !group.possessive) ?? agent;
}

/** "Japan and South Korea, both US treaty allies": each state listed is allied to the one named. */
function alliesOfOne(tokens: Token[], groups: MentionGroup[], cue: Cue): Ends | undefined {
	if (!/^(?:allies|ally)$/.test(tokens[cue.to - 1].lower)) return undefined;
	const ally = groups.find((group) => group.to === cue.from && !group.possessive);
	if (!ally || !/^(?:both|all)$/.test(tokens[ally.from - 1]?.lower ?? '')) return undefined;
	if (tokens[ally.from - 2]?.text !== ',') return undefined;
	const listed = groups.find((group) => group.to === ally.from - 2);
	if (!listed || listed.keys.some((key) => ally.keys.includes(key))) return undefined;
	return pairOf(listed, ally, false);
}

/** What one state's help is called: "with Chinese help", "thanks to American loans". */
const HELP =
	/^(?:help|support|assistance|aid|loans?|money|financing|funding|credits?|backing|grants?|cash)$/;

/**
 * "Pakistan built its JF-17 fighter with Chinese help", "thanks to American loans, Egypt
 * survived": the demonym's state gives, the sentence's subject is helped.
 */
function helpedWith(tokens: Token[], groups: MentionGroup[]): Ends | undefined {
	const giver = groups.find(
		(group) =>
			group.mentions.every((m) => m.form === 'demonym') && HELP.test(tokens[group.to]?.lower ?? '')
	);
	if (!giver) return undefined;
	const lead = tokens[giver.from - 1]?.lower ?? '';
	// (Not "a building that had been built with American money": what was built, no one helped.)
	const builtWith = /^(?:built|constructed|bought|paid)$/.test(tokens[giver.from - 2]?.lower ?? '');
	const helpedBy =
		(lead === 'with' && !builtWith) ||
		(lead === 'to' && tokens[giver.from - 2]?.lower === 'thanks') ||
		(lead === 'of' && /^(?:help|support)$/.test(tokens[giver.from - 2]?.lower ?? ''));
	if (!helpedBy) return undefined;
	const subject = groups.find(
		(group) => group !== giver && !ledByPreposition(tokens, group.from) && !group.possessive
	);
	if (!subject || subject.keys.some((key) => giver.keys.includes(key))) return undefined;
	return pairOf(giver, subject, true);
}

/**
 * Who a cue says gives, imposes or is allied to whom, read from the actors
 * named around it in its clause; none where the sentence does not say.
 */
export function relationEnds(tokens: Token[], groups: MentionGroup[], cue: Cue): Ends | undefined {
	const ends = endsOfCue(tokens, groups, cue);
	const more = ends?.oneWay ? gappedReceiver(tokens, groups, ends.targets) : undefined;
	if (!ends || !more || more.keys.some((key) => ends.sources.keys.includes(key))) return ends;
	const targets = ends.targets;
	return {
		...ends,
		targets: {
			...targets,
			keys: [...new Set([...targets.keys, ...more.keys])],
			mentions: [...targets.mentions, ...more.mentions]
		}
	};
}

/**
 * "sells uranium to France and oil to Italy": a second receiver, of other goods, after the
 * first, the verb left out.
 */
function gappedReceiver(tokens: Token[], groups: MentionGroup[], target: MentionGroup) {
	const lead = tokens[target.from - 1]?.lower ?? '';
	if (!/^(?:to|for)$/.test(lead)) return undefined;
	let k = target.to;
	if (tokens[k]?.text === ',') k++;
	if (tokens[k]?.lower !== 'and') return undefined;
	const things = k + 1;
	const to = tokens.findIndex((t, i) => i > things && i <= things + 4 && t.lower === lead);
	if (to < 0 || typeOfThings(tokens, things, to) === undefined) return undefined;
	if (!tokens.slice(things, to).every((t) => /^[\p{Ll}\d$€£.,-]+$/u.test(t.text))) return undefined;
	return groups.find((group) => group.from === to + 1 && !group.possessive);
}

function endsOfCue(tokens: Token[], groups: MentionGroup[], cue: Cue): Ends | undefined {
	// "goods covered by Western sanctions": imposed by others than any actor named.
	if (cue.type === 'sanctions' && UNNAMED_IMPOSERS.test(tokens[cue.from - 1]?.lower ?? ''))
		return undefined;
	const own = ENDS_OF_KIND[cue.type];
	if (own) return own(tokens, groups, cue);
	const alliedToOne = cue.type === 'defense-pact' ? alliesOfOne(tokens, groups, cue) : undefined;
	if (alliedToOne) return alliedToOne;
	const helped =
		cue.type === 'aid' || cue.type === 'given' ? helpedWith(tokens, groups) : undefined;
	if (helped) return helped;
	const between = groupAfterPreposition(tokens, groups, cue, /^between$/);
	if (between) return splitGroup(between.group);
	const bound = cue.type === 'defense-pact' ? boundBy(tokens, groups, cue) : undefined;
	if (bound) return bound;
	// "the two countries pledged to come to each other's assistance": each to the other.
	if (givenEachOther(tokens, cue)) {
		const { agent } = groupBefore(tokens, groups, cue);
		if (agent && agent.keys.length >= 2) return splitGroup(agent);
	}

	// "the treaty that Kim and Putin signed": the signatories are named in the relative clause.
	if (/^(?:that|which)$/.test(tokens[cue.to]?.lower ?? '')) {
		const after = groupAfter(groups, cue.to + 1, 1, tokens);
		if (after && isPastVerb(tokens[after.to] ?? tokens[0]) && !cue.oneWay) {
			const ends = splitGroup(after);
			if (ends) return ends;
		}
	}
	const before = groupBefore(tokens, groups, cue);
	const { speaker, passive } = before;
	const agent = overtaker(tokens, groups, before.agent) ?? denyingSubject(tokens, groups, cue);
	const byAgent = groupAfterPreposition(tokens, groups, cue, /^by$/)?.group;

	const receiverFirst = agent?.possessive && isReceiverPhrase(tokens, agent, cue);
	if (cue.role === 'partner' || receiverFirst) {
		if (!agent?.possessive) return agent ? splitGroup(agent) : undefined;
		// "China, North Korea's largest trading partner": the appositive's first is the subject.
		if (agent.keys.length >= 2) {
			const receiver = agent.keys.at(-1)!;
			return pairOf(
				{ ...agent, keys: agent.keys.slice(0, -1) },
				{ ...agent, keys: [receiver] },
				cue.role !== 'partner'
			);
		}
		// Not one named in a comparison: "the canal's second-biggest user after the United States",
		// "China has overtaken Russia as Kazakhstan's largest trading partner".
		const compared = (group: MentionGroup) =>
			COMPARED.test(wordBefore(tokens, group)) || OVERTAKEN.test(wordBefore(tokens, group));
		const isOther = (group: MentionGroup) =>
			group !== agent &&
			!group.possessive &&
			!compared(group) &&
			group.keys.some((key) => !agent.keys.includes(key));
		// The nearest actor named before: "…, while the United States remains its largest source".
		const subject =
			groups.findLast((group) => group.to <= agent.from && isOther(group)) ?? groups.find(isOther);
		if (!subject) return undefined;
		// "China is Poland's second-largest source of imports after Germany": the one ahead of it
		// in the ranking is a partner too.
		const ahead = groups.find(
			(group) =>
				group.from >= cue.to &&
				!group.possessive &&
				/^(?:after|behind)$/.test(wordBefore(tokens, group)) &&
				group.keys.every((key) => !agent.keys.includes(key) && !subject.keys.includes(key))
		);
		const sources = ahead ? { ...subject, keys: [...subject.keys, ...ahead.keys] } : subject;
		return pairOf(sources, agent, cue.role !== 'partner');
	}

	if (cue.role === 'receive') {
		const listed = listedAmong(tokens, groups, cue);
		if (listed) return listed;
		const from =
			groupAfterPreposition(tokens, groups, cue, /^from$/)?.group ??
			stateOfGoods(tokens, groups, cue, 'made') ??
			groups.find(
				(group) =>
					group.from >= cue.to &&
					!ownPronoun(tokens, group) &&
					// "took its first cargo of discounted Russian crude", "has received more than $10
					// billion in Chinese loans": a demonym past "of" or "in" (or a name used as one: "$3.8
					// billion a year in US military aid").
					(group.from <= cue.to + 4 ||
						(group.from <= cue.to + 7 &&
							(group.mentions[0].form === 'demonym' ||
								/^\p{Ll}/u.test(tokens[group.to]?.text ?? '')) &&
							tokens.slice(cue.to, group.from).some((t) => /^(?:of|in)$/.test(t.lower)))) &&
					(group.mentions[0].form === 'demonym' ||
						// "the largest customer for Saudi crude": a name used as one, before goods.
						(/^\p{Ll}/u.test(tokens[group.to]?.text ?? '') &&
							typeOfThings(tokens, group.to, group.to + 2) !== undefined) ||
						// "the largest beneficiary of EU support", "recipient of US military aid"
						(cue.type === 'aid' &&
							tokens.slice(group.to, group.to + 2).some((t) => AID_WORDS.test(t.lower)))) &&
					!tokens.slice(cue.to, group.from).some((t) => CLAUSE_END.test(t.lower) || t.text === ',')
			);
		if (from && agent && from.keys.some((key) => !agent.keys.includes(key)))
			return pairOf(from, agent, true, speaker);
		// "China blocked Lithuanian imports": the demonym just before names where they come from,
		// the subject before it takes them in.
		const origin = groups.find(
			(group) => group.to === cue.from && group.mentions[0].form === 'demonym'
		);
		const taker = origin && groups.findLast((group) => group.to < origin.from && !group.possessive);
		if (
			origin &&
			taker &&
			agent === origin &&
			/^imports?$/.test(tokens[cue.from].lower) &&
			taker.keys.every((key) => !origin.keys.includes(key))
		)
			return pairOf(origin, taker, true, speaker);
		// "Kuwait's air force is …, flying Typhoons bought from Italy": goods bought from one are
		// had by the sentence's subject.
		const boughtFrom =
			from &&
			!agent &&
			PARTICIPLE_BOUGHT.test(tokens[cue.from].lower) &&
			tokens[cue.to]?.lower === 'from';
		const owner = boughtFrom ? subjectOf(tokens, groups, cue) : undefined;
		if (from && owner && owner.keys.every((key) => !from.keys.includes(key)))
			return pairOf(from, owner, true);
		// "Russia buys about a fifth of Ecuador's banana exports": the possessive sells its goods,
		// not its firms ("bought Italy's Piaggio Aerospace").
		// "Japan has been the biggest customer for its gas": "its", read as another's (see
		// referring-words.ts), sells to the one the noun is said of.
		const sellerIts =
			agent && /^(?:customers?|buyers?|importers?|purchasers?)$/.test(tokens[cue.from].lower)
				? groups.find(
						(group) =>
							group.from >= cue.to &&
							group.from <= cue.to + 2 &&
							group.possessive &&
							ownPronoun(tokens, group) &&
							group.keys.every((key) => !agent.keys.includes(key))
					)
				: undefined;
		const seller =
			agent && !agent.possessive ? (possessiveAfter(tokens, groups, cue) ?? sellerIts) : undefined;
		// Past the possessive's "'s" ("Ecuador's banana exports"); "its" has none ("its gas").
		const goodsFrom = seller ? seller.to + (possessiveAt(tokens, seller.to) ? 1 : 0) : 0;
		const goods = seller && typeOfThings(tokens, goodsFrom, goodsFrom + 4);
		if (seller && goods && agent && seller.keys.every((key) => !agent.keys.includes(key))) {
			// "…through Uzbekistan and Kazakhstan, and Beijing now takes": a verb in the singular
			// has one subject, the last of a list.
			// But "South Korea and Japan are customers for the sultanate's gas": a noun, each buys.
			const verb = tokens[cue.from].lower;
			const singular = /[^s]s$/.test(verb) && !/(?:er|or)s$/.test(verb) && agent.keys.length > 1;
			const buyer = singular ? { ...agent, keys: agent.keys.slice(-1) } : agent;
			return pairOf(seller, buyer, true, speaker);
		}
		// "India is Russia's biggest buyer": the possessive sells, the subject buys.
		// But "New Zealand is a leading source of its imported food": the possessive's goods were
		// bought, from the nearest actor named before it.
		if (agent?.possessive) {
			const bought = tokens[cue.from].lower === 'imported' && agent.to === cue.from;
			const before = (group: MentionGroup) =>
				group !== agent && !group.possessive && group.to <= agent.from;
			const other = bought ? groups.findLast(before) : groups.find(before);
			if (other)
				return bought ? pairOf(other, agent, true, speaker) : pairOf(agent, other, true, speaker);
		}
		const supplier = agent && supplierOfRelative(tokens, groups, agent, cue);
		return supplier ? pairOf(supplier, agent, true, speaker) : undefined;
	}

	if (cue.role === 'join') {
		// "Montenegro became NATO's 29th member", "the alliance, of which Kazakhstan is a founding
		// member": the alliance is named before the member, as its owner or before "of which".
		const owned =
			allianceBeforeMember(tokens, groups, cue) ??
			membersAre(tokens, groups, cue) ??
			joinedWhich(tokens, groups, agent);
		if (owned) return pairOf(owned.member, owned.alliance, false, speaker);
		const alliance = agent && (cue.takesObject ? groupAfter(groups, cue.to, 2, tokens) : undefined);
		const body =
			alliance ??
			groupAfterPreposition(tokens, groups, cue, /^of$/)?.group ??
			(agent && agent.possessive ? undefined : agent);
		// "members Finland and Sweden"; but "a member of NATO": the member comes before.
		const named =
			tokens[cue.to]?.lower === 'of' ? undefined : groupAfter(groups, cue.to, 1, tokens);
		const member =
			(alliance ? agent : (named ?? (body === agent ? undefined : agent))) ??
			subjectAfterOpening(tokens, groups, cue) ??
			(body ? appositiveOwner(tokens, groups, body) : undefined);
		// "As a founding member of NATO, Norway…": the alliance and the member named as one list.
		const listed = body?.keys.filter((key) => !MILITARY_ALLIANCES.has(key)) ?? [];
		if (!member && body && listed.length > 0 && body.keys.length > listed.length) {
			return pairOf(
				{ ...body, keys: listed },
				{ ...body, keys: body.keys.filter((key) => MILITARY_ALLIANCES.has(key)) },
				false,
				speaker
			);
		}
		if (!body || !member || !body.keys.some((key) => MILITARY_ALLIANCES.has(key))) return undefined;
		return pairOf(
			member,
			{ ...body, keys: body.keys.filter((key) => MILITARY_ALLIANCES.has(key)) },
			false,
			speaker
		);
	}

	// "accused Doha of financing extremist groups and of being close to Tehran": given to a party
	// that is no actor, not to one named later.
	if (cue.role === 'act' && givenToArmedParty(tokens, cue)) return undefined;
	const alliedMembers = cue.type === 'defense-pact' ? membersBound(tokens, groups, cue) : undefined;
	if (alliedMembers) return alliedMembers;
	const fromGroup = groupAfterPreposition(tokens, groups, cue, /^from$/)?.group;
	const toGroup = groupAfterPreposition(tokens, groups, cue, /^(?:to|into)$/)?.group;
	const noun = !cue.takesObject;
	if (
		cue.role === 'act' &&
		(noun || !agent) &&
		fromGroup &&
		toGroup &&
		fromGroup.from < toGroup.from
	) {
		// "the supply of natural gas from Azerbaijan to Syria", "aid from China to North Korea".
		return pairOf(fromGroup, toGroup, true, speaker);
	}
	// "Contingents from Uganda and Kenya, which have fought alongside the Somali National Army".
	const fought =
		fromGroup && TROOPS.test(tokens[cue.from].lower) && foughtAlongside(tokens, groups, cue);
	if (fought && fromGroup.from < fought.from) return pairOf(fromGroup, fought, true, speaker);
	// "treaty allies of the United States": the ally after "of".
	const allies =
		/^(?:allies|ally)$/.test(tokens[cue.to - 1].lower) && tokens[cue.to]?.lower === 'of';
	// "suspended €6.3 billion in cohesion funds for Hungary": money stopped for the one it was for.
	const prepositions = IMPOSED_TYPES.has(cue.type)
		? cue.type === 'suspension'
			? /^(?:to|for)$/
			: IMPOSED_ON
		: allies
			? /^of$/
			: cue.type === 'patrol'
				? // "patrol Tajikistan's frontier with Afghanistan": the ground's owner, not its neighbour.
					/^(?:in|off)$/
				: TARGET_OF_GIVING;
	// "Chinese goods still reach Paraguay …, much of them for re-sale to Brazilian shoppers": where
	// goods reach, before where they go on to.
	const reached = cue.type === 'flow' ? objectAfter(tokens, groups, cue) : undefined;
	// "China, the largest creditor of both countries": the giver's debtor after "of".
	const debtor = /^(?:creditors?|lenders?|donors?|benefactors?|backers?)$/.test(
		tokens[cue.to - 1].lower
	)
		? groupAfterPreposition(tokens, groups, cue, /^of$/)?.group
		: undefined;
	const target =
		reached ??
		groupAfterPreposition(tokens, groups, cue, prepositions)?.group ??
		debtor ??
		// (Not "soldiers who had trained in Eritrea": trained there, not sent to fight for it.)
		((TROOPS.test(tokens[cue.from].lower) &&
			!tokens.slice(cue.to, cue.to + 4).some((t) => /^train(?:ed|ing)$/.test(t.lower))) ||
		FUNDING.test(tokens[cue.from].lower)
			? groupAfterPreposition(tokens, groups, cue, /^in$/)?.group
			: undefined) ??
		worksPaidIn(tokens, groups, cue) ??
		(cue.takesObject ? objectAfter(tokens, groups, cue) : undefined) ??
		(cue.type === 'aid' || cue.type === 'given' ? requester(tokens, groups, cue) : undefined) ??
		(cue.type === 'sanctions' ? ownerOfAssets(tokens, groups, cue) : undefined) ??
		(cue.type === 'sanctions' ? offenderAfterOver(tokens, groups, cue) : undefined) ??
		(cue.type === 'sanctions' ? stateOfFirm(tokens, groups, cue) : undefined) ??
		(IMPOSED_TYPES.has(cue.type) ? boundFor(tokens, groups, cue) : undefined) ??
		(cue.takesObject ? possessiveAfter(tokens, groups, cue) : undefined) ??
		(cue.type === 'trade' && cue.role === 'act'
			? stateOfGoods(tokens, groups, cue, 'sold')
			: undefined) ??
		(cue.oneWay ? undefined : withWhich(tokens, groups, agent)) ??
		(cue.oneWay || agent?.keys.some((key) => MILITARY_ALLIANCES.has(key))
			? undefined
			: boundUnder(tokens, groups, cue));

	// "…travel to Cuba, tightening the embargo the United States has kept on the island": a sanction
	// past an actor a preposition leads to.
	const ledTo =
		agent &&
		IMPOSED_TYPES.has(cue.type) &&
		/^(?:to|on|in|for)$/.test(tokens[agent.from - 1]?.lower ?? '');
	// "the sanctions the EU imposed on Iran": the actor named after the cue, before its verb.
	const relative = /^(?:that|which)$/.test(tokens[cue.to]?.lower ?? '') ? 1 : 0;
	const after = groupAfter(groups, cue.to + relative, 2, tokens);
	const verb = after && tokens[after.to];
	// "…, and the retaliatory tariffs Beijing imposed on American soybeans": a sanction whose
	// imposer is named right after it, before the verb that imposed it, whoever is named before.
	const imposedBy =
		IMPOSED_TYPES.has(cue.type) &&
		!cue.takesObject &&
		relative === 0 &&
		!!after &&
		!after.possessive &&
		IMPOSED_AFTER.test(verb?.lower ?? '');
	if ((!agent || ledTo || imposedBy) && !byAgent) {
		if (after && verb && /^(?:\p{Ll}+ed|sent|gave|sold|imposed|has|have|had)$/u.test(verb.lower)) {
			const receiver = groupAfterPreposition(
				tokens,
				groups,
				{ ...cue, to: after.to },
				TARGET_PREPOSITION
			)?.group;
			if (receiver) return pairOf(after, receiver, cue.oneWay);
			if (!cue.oneWay) return splitGroup(after);
		}
		// "A Reciprocal Access Agreement in force since 2023 lets Japanese and Australian forces
		// train": a pact that opens its sentence, between the parties its clause names next.
		if (!cue.oneWay && cue.type === 'defense-pact' && !groups.some((g) => g.to <= cue.from)) {
			const parties = groups.find((group) => group.from >= cue.to);
			const between = parties ? tokens.slice(cue.to, parties.from) : [];
			if (
				parties &&
				parties.keys.length >= 2 &&
				between.length <= 10 &&
				!between.some(
					(t, k) =>
						t.text === ',' ||
						(isClauseEnd(tokens, cue.to + k) &&
							!(t.lower === 'since' && SINCE_DATE.test(between[k + 1]?.lower ?? '')))
				)
			)
				return splitGroup(parties);
		}
	}
	// "sanctions imposed on Moscow by the EU": a participle after a noun, its actor after "by".
	const participle =
		/ed$/.test(tokens[cue.from].lower) &&
		(tokens[cue.to]?.lower === 'by' ||
			(!/^(?:has|have|had|it|they|and|also|which|that|who)$/.test(
				tokens[cue.from - 1]?.lower ?? ''
			) &&
				!groups.some((group) => group.to === cue.from)));
	if ((passive || participle || !agent) && byAgent) {
		// "flying Typhoons bought from Italy alongside Super Hornets supplied by the United States":
		// not the seller of other goods, but the one who flies them, named first.
		const seller = agent && /^(?:from|by)$/.test(tokens[agent.from - 1]?.lower ?? '');
		const owner = groups.find(
			(group) => group !== byAgent && group.to <= cue.from && !ledByPreposition(tokens, group.from)
		);
		// "…ships are former US Coast Guard cutters donated by Washington": not the giver's own.
		const givers = (group?: MentionGroup) =>
			!!group && group.keys.every((key) => byAgent.keys.includes(key));
		const receiver = target ?? (seller || givers(agent) ? owner : agent);
		return receiver && !givers(receiver) ? pairOf(byAgent, receiver, true) : undefined;
	}
	if (!agent) return undefined;
	// "Iran was already under EU sanctions", "are under sweeping US sanctions", "North Korea has
	// been subject to a Security Council arms embargo", "Myanmar was hit with Canadian sanctions",
	// "faces US sanctions": the subject is the target.
	let lead = agent.from - 1;
	while (lead > 0 && SANCTIONS_BEFORE.test(tokens[lead].lower)) lead--;
	const leadBefore = tokens[lead - 1]?.lower ?? '';
	const under =
		tokens[lead]?.lower === 'under' ||
		(tokens[lead]?.lower === 'to' && leadBefore === 'subject') ||
		(tokens[lead]?.lower === 'with' && HIT.test(leadBefore)) ||
		/^(?:faces|faced|facing)$/.test(tokens[lead]?.lower ?? '');
	const imposed = cue.type === 'sanctions' || cue.type === 'tariff';
	if (imposed && !target && agent.to === cue.from && under) {
		const subject = groups.findLast((group) => group.to <= agent.from - 1 && group !== agent);
		if (subject) return pairOf(agent, subject, true, speaker);
	}
	// "Washington hit Beijing with tariffs": the one hit, named before "with", is the target.
	const hitWith =
		imposed &&
		!target &&
		tokens[agent.to]?.lower === 'with' &&
		cue.from - agent.to <= 4 &&
		HIT.test(wordBefore(tokens, agent));
	if (hitWith) {
		const hitter = groups.findLast((group) => group.to < agent.from && !group.possessive);
		if (hitter && hitter.keys.every((key) => !agent.keys.includes(key)))
			return pairOf(hitter, agent, true, speaker);
	}
	// "Kathmandu accused New Delhi of imposing a blockade": the accuser is the one it is imposed on.
	if (cue.type === 'sanctions' && !target) {
		const accused = /^accus/.test(tokens[agent.from - 1]?.lower ?? '')
			? agent.from - 1
			: tokens[agent.from - 1]?.lower === 'the' &&
				  /^accus/.test(tokens[agent.from - 2]?.lower ?? '')
				? agent.from - 2
				: -1;
		const accuser = accused > 0 ? groupJustBefore(groups, accused) : undefined;
		if (accuser && accuser.keys.every((key) => !agent.keys.includes(key)))
			return pairOf(agent, accuser, true, accuser);
	}
	// "signed a contract for 80 Rafale fighters from France", "paid for it with a loan from China's
	// Export-Import Bank": the subject buys from, or is lent by, the one after "from".
	if (
		!target &&
		fromGroup &&
		/^(?:contracts?|deals?|orders?|loans?|credits?|grants?|gifts?|donations?)$/.test(
			tokens[cue.from].lower
		)
	) {
		// Read from the subject, which the words of a plan stand after: "sought a loan from China".
		const asked = tokens.slice(agent.to, cue.from).some((t) => ASKED.test(t.lower));
		return asked ? undefined : pairOf(fromGroup, agent, true, speaker);
	}
	// "supplied each other", but not "train on each other's soil".
	const eachOther = /^(?:them|each|one|both)$/.test(tokens[cue.to]?.lower ?? '');
	// "Under the compacts with Palau and Micronesia, Washington provides grants": to the other
	// parties of the agreement the sentence opens with.
	const parties = !target && cue.oneWay ? partiesOfOpening(tokens, groups, agent) : undefined;
	if (parties) return pairOf(agent, parties, true, speaker);
	if (!target) {
		// "Japanese and South Korean utilities hold long-term contracts": each state's firms, side by
		// side, not trading with each other.
		const firms =
			agent.mentions.every((mention) => mention.form === 'demonym') &&
			FIRMS.test(tokens[agent.to]?.lower ?? '');
		// "Moscow and Pyongyang both deny any arms transfers": between the two who deny them.
		const deniedBetween =
			agent.keys.length === 2 &&
			tokens.slice(agent.to, cue.from).some((token) => DENY.test(token.lower));
		if (deniedBetween) return splitGroup(agent);
		// "The Kremlin dismissed reports of North Korean arms deliveries": from the demonym's state
		// to the one who denies receiving them.
		const denier = groups.findLast((group) => group.to <= agent.from && !group.possessive);
		const ownGoods = agent.mentions.every((mention) => mention.form === 'demonym');
		if (
			(cue.type === 'trade' || cue.type === 'arms') &&
			ownGoods &&
			cue.from - agent.to <= 2 &&
			denier &&
			tokens
				.slice(denier.to, agent.from)
				.some((token) => DENY.test(token.lower) || /^reject(?:s|ed)?$/.test(token.lower)) &&
			denier.keys.every((key) => !agent.keys.includes(key))
		)
			return pairOf(agent, denier, true, denier);
		return (cue.oneWay && !eachOther) || firms ? undefined : splitGroup(agent);
	}
	// "Qatar hosts a US base under a defence agreement with Washington": the other party,
	// named on the way, is not the one who acts; the subject before it is.
	const attributive =
		/^(?:a|an|the|\p{Ll}+est)$/u.test(tokens[agent.from - 1]?.text ?? '') &&
		/^\p{Ll}/u.test(tokens[agent.to]?.text ?? '');
	if (attributive && agent.keys.every((key) => target.keys.includes(key))) {
		const subject = groups.findLast(
			(group) => group.to <= agent.from && group.keys.every((key) => !target.keys.includes(key))
		);
		const clause = tokens.slice(subject?.to ?? 0, agent.from);
		if (
			subject &&
			clause.length <= 6 &&
			!clause.some((t, k) => t.text === ',' || isClauseEnd(tokens, subject.to + k))
		)
			return pairOf(subject, target, cue.oneWay, speaker);
	}
	// "Romania, a member of the alliance since 2004, hosts a US missile-defence site and American
	// troops … under a 2005 defence cooperation agreement with Washington": the demonym names the
	// other party on the way; the sentence's subject, past its aside, is the one who acts.
	if (
		!cue.oneWay &&
		agent.mentions[0].form === 'demonym' &&
		agent.keys.every((key) => target.keys.includes(key))
	) {
		const subject = openingSubject(tokens, groups, agent.from);
		if (subject && subject.keys.every((k) => !target.keys.includes(k)))
			return pairOf(subject, target, cue.oneWay, speaker);
	}
	// "Somali cadets were being trained in Eritrea", "soldiers who had trained in Eritrea": those
	// trained are the receivers, the state they trained in gives the training.
	if (
		/^train(?:s|ed|ing)?$/.test(tokens[cue.from].lower) &&
		tokens[target.from - 1]?.lower === 'in' &&
		target.from - 1 === cue.to &&
		target.keys.every((key) => !agent.keys.includes(key))
	)
		return pairOf(target, agent, true, speaker);
	// "Cyprus applies the bloc's sanctions on Russia", "Podgorica has aligned itself with every
	// round of EU sanctions against Russia": the bloc imposes them, and the one applying them.
	const owner = IMPOSED_TYPES.has(cue.type)
		? groups.find(
				(group) =>
					(group.possessive && group.to + 1 === cue.from) ||
					(group === agent && group.to === cue.from)
			)
		: undefined;
	const applier = owner && (owner === agent ? applierOf(tokens, groups, agent) : agent);
	if (owner && applier) {
		const imposers = { ...agent, keys: [...new Set([...applier.keys, ...owner.keys])] };
		return pairOf(imposers, target, cue.oneWay, speaker);
	}
	return pairOf(agent, withSameWayAfter(tokens, groups, target), cue.oneWay, speaker);
}

/**
 * "sells electricity to Uzbekistan and, in summer, to Afghanistan": a second receiver led by
 * the same preposition past "and" and a short aside, joined to the first.
 */
function withSameWayAfter(tokens: Token[], groups: MentionGroup[], target: MentionGroup) {
	const way = tokens[target.from - 1]?.lower === 'the' ? target.from - 2 : target.from - 1;
	const preposition = tokens[way]?.lower ?? '';
	if (!/^(?:to|for|with|on|against)$/.test(preposition)) return target;
	let at = target.to;
	if (tokens[at]?.text === ',') at++;
	if (tokens[at]?.lower !== 'and') return target;
	at++;
	// ", in summer,": an aside between commas, a few words long.
	if (tokens[at]?.text === ',') {
		const close = tokens.findIndex((t, k) => k > at && k <= at + 5 && t.text === ',');
		if (close < 0) return target;
		at = close + 1;
	}
	if (tokens[at]?.lower !== preposition) return target;
	const next = groupAfter(groups, at + 1, 1, tokens);
	if (!next || next.keys.some((key) => target.keys.includes(key))) return target;
	return {
		...target,
		keys: [...target.keys, ...next.keys],
		mentions: [...target.mentions, ...next.mentions],
		to: next.to,
		possessive: next.possessive
	};
}

/** Words after a demonym that name people, groups or acts, not what a state sells. */
const NOT_PRODUCE =
	/^(?:and|or|of|in|to|from|with|that|which|who|is|are|was|were|has|have|had|forces|troops|soldiers|officers|officials|leaders?|opposition|rebels?|separatists?|militants?|fighters|groups?|parties|party|extremists?|media|journalists?|reporters?|propaganda|state|government|authorities|people|nationals|citizens|residents|students|athletes|teams?|workers|tourists|visitors|travell?ers|pilgrims|migrants|refugees|diplomats|lawmakers|ministers|companies|firms|banks|investors|owners|men|women|children|territory|airspace|waters|border|soil|military|army|navy|police)$/;

/** A state's ships, planes and airlines, which a ban keeps out as it does its goods. */
const BANNED_CARRIERS =
	/^(?:ships|vessels|tankers|aircraft|planes|airlines?|carriers|flights|trucks|lorries)$/;

/**
 * "Budapest went further, barring 24 Ukrainian farm products", "banned Russian oil", "a ban on
 * North Korean ships": the one who bans, and the state whose goods or carriers, named by its
 * demonym just after the verb, are banned.
 */
function banOnGoods(tokens: Token[], groups: MentionGroup[], cue: Cue): Ends | undefined {
	const bannedIn = goodsBannedIn(tokens, groups, cue);
	if (bannedIn) return bannedIn;
	// "turned back trucks carrying Serbian goods": the goods in the verb's object.
	// Or "barred goods made in Serbia": goods, then the state they are made in.
	const goods = groups.find((group) => group.from >= cue.to && group.from <= cue.to + 4);
	const between = goods ? tokens.slice(cue.to, goods.from) : [];
	if (!goods) return undefined;
	if (between.some((t) => t.text === ',' || CLAUSE_END.test(t.lower))) return undefined;
	const madeIn =
		goods.mentions[0].form === 'name' &&
		tokens[goods.from - 1]?.lower === 'in' &&
		MADE.test(tokens[goods.from - 2]?.lower ?? '') &&
		typeOfThings(tokens, cue.to, goods.from - 2) !== undefined;
	if (goods.mentions[0].form !== 'demonym' && !madeIn) return undefined;
	const things = madeIn ? 'trade' : typeOfThings(tokens, goods.to, goods.to + 3);
	const carriers = BANNED_CARRIERS.test(tokens[goods.to]?.lower ?? '');
	// "banned Australian rock lobster": whatever the state makes, where no people are named.
	const produce =
		!madeIn &&
		/^[a-z][a-z-]+$/.test(tokens[goods.to]?.text ?? '') &&
		!tokens.slice(goods.to, goods.to + 3).some((t) => NOT_PRODUCE.test(t.lower));
	if (things !== 'trade' && things !== 'arms' && !carriers && !produce) return undefined;
	const { agent, passive } = groupBefore(tokens, groups, cue);
	if (!agent || passive || agent.keys.some((key) => goods.keys.includes(key))) return undefined;
	return pairOf(agent, goods, true);
}

/**
 * "Japanese seafood has been banned in China since 2023": a demonym's goods, the subject, banned
 * in the state named after "in" (or "by").
 */
function goodsBannedIn(tokens: Token[], groups: MentionGroup[], cue: Cue): Ends | undefined {
	const goods = groups.find(
		(group) =>
			group.mentions[0].form === 'demonym' && group.to < cue.from && cue.from - group.to <= 5
	);
	if (!goods || typeOfThings(tokens, goods.to, goods.to + 2) !== 'trade') return undefined;
	const auxiliaries = tokens.slice(goods.to + 1, cue.from);
	if (
		!auxiliaries.every((t) => /^(?:has|have|had|been|was|were|is|are|now|long|also)$/.test(t.lower))
	)
		return undefined;
	const place = /^(?:in|by)$/.test(tokens[cue.to]?.lower ?? '')
		? groupAfter(groups, cue.to + 1, 1, tokens)
		: undefined;
	if (!place || place.keys.some((key) => goods.keys.includes(key))) return undefined;
	return pairOf(place, goods, true);
}

/**
 * "India suspended visa services for Canadian citizens", "suspended visa-free travel for Georgian
 * diplomats": the one who suspends, and the state whose people lose them.
 */
function visasSuspended(tokens: Token[], groups: MentionGroup[], cue: Cue): Ends | undefined {
	const { agent, passive } = groupBefore(tokens, groups, cue);
	const people = groupAfterPreposition(tokens, groups, cue, /^(?:for|to|on)$/)?.group;
	if (!agent || passive || !people || people.keys.some((key) => agent.keys.includes(key)))
		return undefined;
	return pairOf(agent, people, true);
}

/**
 * "returned Cuba to the US list of state sponsors of terrorism", "Syria remains on the United
 * States list of …": the list's owner, named just before "list", and the state put or kept on it,
 * named before the owner in the clause. Not one taken off it ("removed Cuba from the list").
 */
function listedBy(tokens: Token[], groups: MentionGroup[], cue: Cue): Ends | undefined {
	const list = tokens.findLastIndex(
		(t, k) => k < cue.from && k >= cue.from - 4 && /^(?:list|blacklist)$/.test(t.lower)
	);
	if (list < 0) return undefined;
	const named = groups.findLast((group) => group.to === list || group.to === list - 1);
	if (!named) return placedOnList(tokens, groups, list);
	const way = tokens[named.from - 1]?.lower === 'the' ? named.from - 2 : named.from - 1;
	if (!/^(?:to|on)$/.test(tokens[way]?.lower ?? '')) return undefined;
	// "Russia added North Macedonia to its list": the list is the one who adds to it.
	const adder = tokens[named.from]?.lower === 'its' ? groups.find((g) => !g.possessive) : undefined;
	const owner = adder && adder.from < named.from ? adder : named;
	const listed = groups.findLast(
		(group) =>
			group.to <= way &&
			!group.possessive &&
			group.keys.every((key) => !owner.keys.includes(key)) &&
			!tokens
				.slice(group.to, way)
				.some((t, k) => t.text === ',' || isClauseEnd(tokens, group.to + k))
	);
	return listed ? pairOf(owner, listed, true) : undefined;
}

/**
 * "the Kremlin placed Japan on a list of 'unfriendly' countries": the one who places a state on a
 * list, named before it, and the state placed.
 */
function placedOnList(tokens: Token[], groups: MentionGroup[], list: number): Ends | undefined {
	if (!/^(?:a|the)$/.test(tokens[list - 1]?.lower ?? '')) return undefined;
	if (!/^(?:on|to)$/.test(tokens[list - 2]?.lower ?? '')) return undefined;
	const listed = groups.find((group) => group.to === list - 2 && !group.possessive);
	const verb = tokens[(listed?.from ?? 0) - 1];
	if (
		!listed ||
		!/^(?:placed|places|put|puts|added|adds|included|includes)$/.test(verb?.lower ?? '')
	)
		return undefined;
	const placer = groups.findLast(
		(group) =>
			group.to === listed.from - 1 &&
			!group.possessive &&
			group.keys.every((key) => !listed.keys.includes(key))
	);
	return placer ? pairOf(placer, listed, true) : undefined;
}

/**
 * "the full closure of the Dominican Republic's land, sea and air borders with Haiti": the one
 * whose borders they are (named with them, else the subject) closes them to the one after "with".
 */
function bordersClosed(tokens: Token[], groups: MentionGroup[], cue: Cue): Ends | undefined {
	const borders = tokens.findIndex(
		(t, k) =>
			k >= cue.to &&
			k <= cue.to + 10 &&
			/^(?:borders?|frontiers?|airspace|ports|crossings|links|routes)$/.test(t.lower)
	);
	if (borders < 0 || tokens.slice(cue.to, borders).some((t) => CLAUSE_END.test(t.lower)))
		return undefined;
	if (!/^(?:with|to)$/.test(tokens[borders + 1]?.lower ?? '')) return undefined;
	const other = groupAfter(groups, borders + 2, 2, tokens);
	const owner =
		groups.find((group) => group.from >= cue.to && group.to <= borders && group.possessive) ??
		groupBefore(tokens, groups, cue).agent;
	if (!other || !owner || owner.keys.some((key) => other.keys.includes(key))) return undefined;
	return pairOf(owner, other, true);
}

/**
 * A debt owed now, as money lent: the creditor named just after "owes" or after "to" ("owes
 * China about $1.4 billion", "owes $5 billion to Beijing", "indebted to China"), the debtor the
 * subject, or the one whose debt it is ("Tonga's external debt is owed to China").
 */
function debtOwed(tokens: Token[], groups: MentionGroup[], cue: Cue): Ends | undefined {
	const creditor =
		(/^owes?$/.test(tokens[cue.from].lower) ? groupAfter(groups, cue.to, 1, tokens) : undefined) ??
		(tokens[cue.to - 1]?.lower === 'to'
			? groupAfter(groups, cue.to, 2, tokens)
			: groupAfterPreposition(tokens, groups, cue, /^to$/)?.group);
	if (!creditor) return undefined;
	const debt = tokens.findLastIndex(
		(t, k) => k < cue.from && k >= cue.from - 3 && /^debts?$/.test(t.lower)
	);
	const debtor =
		(debt >= 0
			? groups.findLast((group) => group.possessive && group.to <= debt && group.to >= debt - 3)
			: undefined) ?? groupBefore(tokens, groups, cue).agent;
	if (!debtor || debtor.keys.some((key) => creditor.keys.includes(key))) return undefined;
	return pairOf(creditor, debtor, true);
}

/** "The EU has frozen the assets of Nicaraguan officials": the subject freezes the owner's assets. */
function assetsFrozen(tokens: Token[], groups: MentionGroup[], cue: Cue): Ends | undefined {
	const owner = ownerOfAssets(tokens, groups, cue) ?? licencesFor(tokens, groups, cue);
	const { agent, passive } = groupBefore(tokens, groups, cue);
	if (!owner || !agent || passive || agent.keys.some((key) => owner.keys.includes(key)))
		return undefined;
	return pairOf(agent, owner, true);
}

/** "Nepal depends on India for nearly all of its petroleum": the one relied on gives to the subject. */
function reliedOn(tokens: Token[], groups: MentionGroup[], cue: Cue): Ends | undefined {
	const giver = groupAfter(groups, cue.to, 1, tokens);
	if (!giver) return undefined;
	// "depends on Russian gas", "on American aid": on what the state its demonym names gives.
	const goods =
		giver.mentions.every((mention) => mention.form === 'demonym') &&
		typeOfThings(tokens, giver.to, giver.to + 1) !== undefined;
	if (tokens[giver.to]?.lower !== 'for' && !goods) return undefined;
	const { agent, passive } = groupBefore(tokens, groups, cue);
	if (!agent || passive || agent.keys.some((key) => giver.keys.includes(key))) return undefined;
	// Said of goods, only of the subject just before: "it still depends on Russian gas" is not
	// said of a state named earlier in the sentence.
	if (goods && tokens[giver.to]?.lower !== 'for' && cue.from - agent.to > 2) return undefined;
	return pairOf(giver, agent, true);
}

/** "Gabon lost its duty-free access": preferences lost, by the one who loses them. */
const LOST = /^(?:lost|loses|losing)$/;

/**
 * Trade preferences taken away as a punishment: "The United States removed Guinea from the list
 * of countries eligible for duty-free access" (the one who removes, and the one removed), "Gabon
 * lost its duty-free access to the American market" (the market's state, and the subject).
 */
function preferenceTaken(tokens: Token[], groups: MentionGroup[], cue: Cue): Ends | undefined {
	const verb = tokens.findLastIndex(
		(t, k) => k < cue.from && k >= cue.from - 12 && (TAKEN_AWAY.test(t.lower) || LOST.test(t.lower))
	);
	if (verb < 0 || tokens.slice(verb, cue.from).some((t) => CLAUSE_END.test(t.lower)))
		return undefined;
	const verbCue = { ...cue, from: verb, to: verb + 1, takesObject: true };
	if (LOST.test(tokens[verb].lower)) {
		const loser = groupJustBefore(groups, verb);
		const market = groups.find(
			(group) =>
				group.from >= cue.to &&
				group.from <= cue.to + 3 &&
				/^(?:market|markets)$/.test(tokens[group.to]?.lower ?? '')
		);
		return loser && market && !market.keys.some((key) => loser.keys.includes(key))
			? pairOf(market, loser, true)
			: undefined;
	}
	const { agent, passive } = groupBefore(tokens, groups, verbCue);
	// "suspended trade preferences for Cambodia", "withdrew … from Sri Lanka": the one they were for.
	const removed =
		objectAfter(tokens, groups, verbCue) ??
		(verb === cue.from - 1
			? groupAfterPreposition(tokens, groups, cue, /^(?:for|from)$/)?.group
			: undefined);
	if (!agent || passive || !removed || removed.keys.some((key) => agent.keys.includes(key)))
		return undefined;
	return pairOf(agent, removed, true);
}

/**
 * "Under the compacts with Palau, the Marshall Islands and Micronesia, Washington provides": the
 * group after "with" in an opening "under … agreement with …", just before the subject.
 */
function partiesOfOpening(tokens: Token[], groups: MentionGroup[], agent: MentionGroup) {
	if (tokens[0]?.lower !== 'under' || tokens[agent.from - 1]?.text !== ',') return undefined;
	const opening = tokens.slice(0, agent.from);
	const with_ = opening.findIndex((t) => t.lower === 'with');
	if (with_ < 0 || !opening.slice(1, with_).some((t) => AGREEMENT.test(t.lower))) return undefined;
	const parties = groupAfter(groups, with_ + 1, 1, tokens);
	return parties &&
		parties.to === agent.from - 1 &&
		parties.keys.every((k) => !agent.keys.includes(k))
		? parties
		: undefined;
}
const AGREEMENT = /^(?:compacts?|agreements?|accords?|deals?|treat(?:y|ies)|pacts?|arrangements?)$/;

/**
 * "Iran's mission to the UN told the panel …, rejecting any missile dealings with Pyongyang": the
 * sentence's subject, who denies, is the party to what it denies.
 */
function denyingSubject(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	const at = cue.from - (tokens[cue.from - 2]?.lower === 'any' ? 2 : 1);
	if (tokens[at]?.lower !== 'any') return undefined;
	if (!/^(?:rejecting|denying)$/.test(tokens[at - 1]?.lower ?? '') || tokens[at - 2]?.text !== ',')
		return undefined;
	const subject = groups[0];
	return subject && subject.to <= at - 2 && tokens[0] === tokens[subject.from]
		? subject
		: undefined;
}

/** Words that close a verb's object: "arming the army against rebels" arms the army. */
const OBJECT_END = /^(?:against|to|for|in|of|from|with|who|that|which|and|but)$/;

/** Verbs of help that may follow another and share its object: "train and advise", "arm and equip". */
const SHARED_OBJECT =
	/^(?:advis(?:e|es|ed|ing)|equip(?:s|ped|ping)?|arm(?:s|ed|ing)?|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|assist(?:s|ed|ing)?|mentor(?:s|ed|ing)?|support(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|train(?:s|ed|ing)?)$/;
/** Words after an object that say it fights a party named next: "soldiers fighting jihadists". */
const FIGHTING = /^(?:fighting|battling|combating|combatting|countering|hunting|confronting)$/;
/** Words that join verbs sharing one object: "harbouring, financing and training the rebels". */
const VERB_LIST = /^(?:,|and|or|also)$/;

/**
 * "arming the gunmen", "financing extremist groups", "harbouring, financing and training the
 * RED-Tabara rebels": a verb whose object, past the list of verbs that share it and a name, is
 * a party that is no actor.
 */
export function givenToArmedParty(tokens: Token[], cue: Cue): boolean {
	if (!cue.takesObject) return false;
	let at = cue.to;
	while (VERB_LIST.test(tokens[at]?.lower ?? '') && /ing$/.test(tokens[at + 1]?.lower ?? ''))
		at += 2;
	if (/^(?:the|a|an)$/.test(tokens[at]?.lower ?? '')) at++;
	for (let k = at; k < Math.min(at + 5, tokens.length); k++) {
		if (ARMED_PARTY.test(tokens[k].lower)) return true;
		// "training Cameroonian soldiers fighting jihadists": those who fight them, the object.
		if (
			/^[,;:.()]$/.test(tokens[k].text) ||
			OBJECT_END.test(tokens[k].lower) ||
			FIGHTING.test(tokens[k].lower)
		)
			return false;
	}
	return false;
}

/** Verbs of hitting a state with sanctions: "hit Beijing with tariffs", "was slapped with". */
const HIT = /^(?:hit|hits|hitting|slapped|slaps|struck|targeted|punished|punishes)$/;

/** Words between "under" or "subject to" and whose sanctions they are: "under sweeping US sanctions". */
const SANCTIONS_BEFORE =
	/^(?:a|an|the|sweeping|broad|tough|heavy|harsh|new|strict|wide-ranging|extensive|crippling)$/;

/** Participles of buying, said of the goods: "Typhoons bought from Italy". */
const PARTICIPLE_BOUGHT = /^(?:bought|purchased|acquired|ordered|imported|obtained)$/;

/** The sentence's subject, the first actor named before the cue and not led by a preposition. */
function subjectOf(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	const first = groups.find((group) => group.to <= cue.from);
	return first && !ledByPreposition(tokens, first.from) && first.keys.length === 1
		? first
		: undefined;
}

/**
 * The actor that opens the sentence as its subject, where the clause it opens runs on to `until`,
 * past an aside between commas after it ("Romania, a member of NATO since 2004, hosts …"), with
 * no mark that ends it.
 */
function openingSubject(tokens: Token[], groups: MentionGroup[], until: number) {
	const first = groups[0];
	if (!first || first.from > 0 || first.possessive) return undefined;
	let at = first.to;
	if (tokens[at]?.text === ',') {
		const close = tokens.findIndex((t, k) => k > at && k <= at + 12 && t.text === ',');
		if (close < 0) return undefined;
		at = close + 1;
	}
	const clause = tokens.slice(at, until);
	return clause.length <= 20 &&
		!clause.some((t, k) => t.text === ',' || isClauseEnd(tokens, at + k))
		? first
		: undefined;
}

/** "the CSTO, which it joined in 1992": the alliance "which" stands for, joined by the subject of its clause. */
function joinedWhich(tokens: Token[], groups: MentionGroup[], member: MentionGroup | undefined) {
	if (!member || tokens[member.from - 1]?.lower !== 'which') return undefined;
	const comma = tokens[member.from - 2]?.text === ',' ? member.from - 2 : member.from - 1;
	const alliance = groups.find((group) => group.to === comma && !group.possessive);
	if (!alliance || !alliance.keys.some((key) => MILITARY_ALLIANCES.has(key))) return undefined;
	if (member.keys.some((key) => alliance.keys.includes(key))) return undefined;
	return {
		member,
		alliance: { ...alliance, keys: alliance.keys.filter((key) => MILITARY_ALLIANCES.has(key)) }
	};
}

/** "Hungary and Slovakia remain NATO members": the subject is what the alliance named just before is. */
function membersAre(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	const alliance = groups.find(
		(group) =>
			group.to === cue.from &&
			!group.possessive &&
			group.keys.length === 1 &&
			MILITARY_ALLIANCES.has(group.keys[0])
	);
	if (!alliance) return undefined;
	const member = groups.findLast(
		(group) => group.to <= alliance.from && !group.possessive && group !== alliance
	);
	const between = member ? tokens.slice(member.to, alliance.from) : [];
	if (!member || between.length === 0 || !between.every((t) => COPULA_OF_MEMBERS.test(t.lower)))
		return undefined;
	return { member, alliance };
}

/** Words between a state and what it is: "remain", "are both", "have long been". */
const COPULA_OF_MEMBERS =
	/^(?:is|are|was|were|remain|remains|remained|became|become|becomes|been|has|have|long|both|all|still|now|fellow|a|an)$/;

/**
 * "Montenegro became NATO's 29th member": an alliance's possessive just before "member", after a
 * copula, with its subject; "the alliance, of which Kazakhstan is a founding member": the one
 * before ", of which", with the subject of "is".
 */
function allianceBeforeMember(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	const isAlliance = (group: MentionGroup) =>
		group.keys.every((key) => MILITARY_ALLIANCES.has(key));
	const owner = groups.find(
		(group) =>
			group.possessive && group.to <= cue.from && cue.from - group.to <= 4 && isAlliance(group)
	);
	if (
		owner &&
		/^(?:became|becomes|become|is|was|remains)$/.test(tokens[owner.from - 1]?.lower ?? '')
	) {
		const member = groups.findLast((group) => group.to === owner.from - 1 && !group.possessive);
		if (member && !isAlliance(member)) return { member, alliance: owner };
	}
	// "…rests on NATO, which it joined in 2004": the alliance before ", which", the member after it.
	const which = tokens.findLastIndex(
		(t, k) =>
			k < cue.from && k >= cue.from - 3 && t.lower === 'which' && tokens[k - 1]?.text === ','
	);
	if (which > 1) {
		const alliance = groups.findLast((group) => group.to === which - 1 && isAlliance(group));
		const member = groups.find((group) => group.from > which && group.to <= cue.from);
		if (alliance && member && !isAlliance(member)) return { member, alliance };
	}
	const of = tokens.findLastIndex(
		(t, k) =>
			k < cue.from && k >= cue.from - 8 && t.lower === 'of' && tokens[k + 1]?.lower === 'which'
	);
	if (of < 1 || tokens[of - 1].text !== ',') return undefined;
	const alliance = groups.findLast((group) => group.to === of - 1 && isAlliance(group));
	const member = groups.find((group) => group.from > of + 1 && group.to <= cue.from);
	return alliance && member && !isAlliance(member) ? { member, alliance } : undefined;
}

/** "Bangladesh, with which it has had a trade agreement": the one a mutual tie is had with. */
/**
 * "signed a bilateral defence agreement under which the United States undertook to defend the
 * island": the party the agreement binds, named just after "under which".
 */
function boundUnder(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	if (cue.type !== 'defense-pact' || !AGREEMENT.test(tokens[cue.to - 1].lower)) return undefined;
	if (tokens[cue.to]?.lower !== 'under' || tokens[cue.to + 1]?.lower !== 'which') return undefined;
	return groupAfter(groups, cue.to + 2, 1, tokens);
}

function withWhich(tokens: Token[], groups: MentionGroup[], agent: MentionGroup | undefined) {
	if (!agent || tokens[agent.from - 1]?.lower !== 'which') return undefined;
	if (tokens[agent.from - 2]?.lower !== 'with' || tokens[agent.from - 3]?.text !== ',')
		return undefined;
	const partner = groups.findLast((group) => group.to === agent.from - 3);
	return partner && partner.keys.every((key) => !agent.keys.includes(key)) ? partner : undefined;
}

/**
 * "the alliance, which binds Kazakhstan to Russia, Belarus, Armenia, Kyrgyzstan and Tajikistan in a
 * mutual-defence treaty": each state named after ", which binds" with the alliance before it.
 */
function membersBound(tokens: Token[], groups: MentionGroup[], cue: Cue): Ends | undefined {
	const which = tokens.findLastIndex(
		(t, k) =>
			k < cue.from &&
			t.lower === 'which' &&
			tokens[k - 1]?.text === ',' &&
			/^(?:binds|bound|unites|united|links|linked|ties|tied|groups|joins|commits)$/.test(
				tokens[k + 1]?.lower ?? ''
			)
	);
	if (which < 1) return undefined;
	const alliance = groups.findLast(
		(group) => group.to === which - 1 && group.keys.every((key) => MILITARY_ALLIANCES.has(key))
	);
	const members = groups.filter((group) => group.from > which && group.to <= cue.from);
	if (!alliance || members.length === 0) return undefined;
	const keys = [...new Set(members.flatMap((group) => group.keys))].filter(
		(key) => !alliance.keys.includes(key)
	);
	return keys.length > 0
		? pairOf({ ...members[0], keys, to: members.at(-1)!.to }, alliance, false)
		: undefined;
}

/** Words of asking for what is not yet given: "sought a loan from China". */
const ASKED = /^(?:sought|seeks?|seeking|requested|requests?|asked|applied|wants?)$/;

/** "North Korea’s primary trading partner and major source of aid": the possessive receives. */
function isReceiverPhrase(tokens: Token[], agent: MentionGroup, cue: Cue): boolean {
	const between = tokens.slice(agent.to + 1, cue.to);
	return between.length <= 10 && between.some((token) => RECEIVER_NOUN.test(token.lower));
}

/** "supplies four-fifths of Pakistan’s weapons": the possessive after a verb of supplying receives. */
function possessiveAfter(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	const group = groups.find(
		(candidate) => candidate.from >= cue.to && candidate.from <= cue.to + 7
	);
	if (!group?.possessive || ownPronoun(tokens, group)) return undefined;
	const between = tokens.slice(cue.to, group.from);
	return between.some((token) => CLAUSE_END.test(token.lower) || token.text === ',')
		? undefined
		: group;
}

/**
 * "Tokyo's foreign ministry has listed Indonesia, Mongolia and Djibouti among the recipients":
 * those listed receive, from the sentence's subject.
 */
function listedAmong(tokens: Token[], groups: MentionGroup[], cue: Cue): Ends | undefined {
	if (cue.type !== 'aid' || !/^(?:recipients|beneficiaries)$/.test(tokens[cue.from].lower))
		return undefined;
	const among = tokens[cue.from - 1]?.lower === 'the' ? cue.from - 2 : cue.from - 1;
	if (tokens[among]?.lower !== 'among') return undefined;
	const receivers = groups.find((group) => group.to === among);
	const giver = groups[0];
	if (!receivers || !giver || giver === receivers) return undefined;
	if (giver.keys.some((key) => receivers.keys.includes(key))) return undefined;
	return pairOf(giver, receivers, true);
}

/**
 * "Guinea supplies most of the bauxite that China imports": goods the buyer takes in a relative
 * clause come from the sentence's subject, when it is the one actor named before them.
 */
function supplierOfRelative(
	tokens: Token[],
	groups: MentionGroup[],
	buyer: MentionGroup,
	cue: Cue
) {
	if (buyer.to !== cue.from || !/^(?:that|which)$/.test(tokens[buyer.from - 1]?.lower ?? ''))
		return undefined;
	const relative = buyer.from - 1;
	if (typeOfThings(tokens, Math.max(0, relative - 3), relative) !== 'trade') return undefined;
	const before = groups.filter((group) => group.to <= relative);
	const subject = before[0];
	if (
		before.length !== 1 ||
		subject.possessive ||
		subject.keys.some((key) => buyer.keys.includes(key))
	)
		return undefined;
	const between = tokens.slice(subject.to, relative);
	return between.some((t) => t.text === ',' || CLAUSE_END.test(t.lower)) ? undefined : subject;
}

/** The verb's object right after it, but not "its" ("relies on rolling over its obligations": the subject's own). */
function objectAfter(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	// "train and advise Cameroonian units": past a second verb that shares the object.
	const at =
		/^(?:and|or)$/.test(tokens[cue.to]?.lower ?? '') &&
		SHARED_OBJECT.test(tokens[cue.to + 1]?.lower ?? '')
			? cue.to + 2
			: cue.to;
	// "trained thousands of Somali soldiers": past the count of people.
	const counted = /^(?:dozens|scores|hundreds|thousands|millions)$/.test(tokens[at]?.lower ?? '')
		? 2
		: 0;
	// "sanctions the government in Damascus": the state whose government it is.
	const government =
		tokens[at]?.lower === 'the' &&
		/^(?:government|regime|authorities|junta|leadership)$/.test(tokens[at + 1]?.lower ?? '') &&
		tokens[at + 2]?.lower === 'in'
			? 2
			: 0;
	const group = groupAfter(groups, at, 1 + counted + government, tokens);
	// "its" for one named before it in its clause ("relies on rolling over its obligations") is the
	// subject's own; for one named elsewhere ("…, but the United States remains the largest market
	// for its garment exports"), another's.
	const clauseStart = tokens.findLastIndex((_, k) => k < cue.from && isClauseEnd(tokens, k));
	const own =
		group &&
		ownPronoun(tokens, group) &&
		groups.some(
			(other) =>
				other.from > clauseStart &&
				other.to <= cue.from &&
				other.keys.some((key) => group.keys.includes(key))
		);
	return group && !own ? group : undefined;
}

/**
 * "American sanctions on NIS, Serbia's main oil company", "blacklisted Keremet Bank, a Kyrgyz
 * lender": the state whose firm, named just before it, the sanctions fall on.
 */
function stateOfFirm(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	let at = cue.to;
	if (/^(?:on|against)$/.test(tokens[at]?.lower ?? '')) at++;
	const named = at;
	while (/^\p{Lu}/u.test(tokens[at]?.text ?? '') && !inName(groups, at)) at++;
	if (at === named || tokens[at]?.text !== ',') return undefined;
	// "Keremet Bank, a Kyrgyz lender": the state of its demonym, too.
	const article = /^(?:a|an|the)$/.test(tokens[at + 1]?.lower ?? '') ? 1 : 0;
	const owner = groups.find(
		(group) =>
			(group.from === at + 1 && group.possessive) ||
			(group.from === at + 1 + article && group.mentions[0].form === 'demonym')
	);
	if (!owner) return undefined;
	const after = tokens.slice(owner.to + (owner.possessive ? 1 : 0), owner.to + 5);
	const firm = after.findIndex((t) => FIRM_WORD.test(t.lower));
	if (firm < 0 || after.slice(0, firm).some((t) => t.text === ',')) return undefined;
	// "…, Serbia's main oil company, which is majority-owned by Russia's Gazprom Neft": another's.
	const rest = tokens.slice(owner.to + 2 + firm, owner.to + 12);
	return rest.some((t) => /-?owned$/.test(t.lower)) ? undefined : owner;
}

/**
 * "had frozen new permits for arms and ammunition bound for Saudi Arabia": the state that
 * licences frozen were for, a halt to the arms sent to it.
 */
function licencesFor(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	if (!tokens.slice(cue.to, cue.to + 3).some((t) => LICENCES.test(t.lower))) return undefined;
	const buyer = groups.find((group) => group.from > cue.to && group.from <= cue.to + 12);
	if (!buyer || !/^(?:for|to)$/.test(tokens[buyer.from - 1]?.lower ?? '')) return undefined;
	const between = tokens.slice(cue.to, buyer.from);
	return between.some((t) => t.text === ',' || CLAUSE_END.test(t.lower)) ? undefined : buyer;
}

/** "froze about $7 billion of Afghan central bank reserves": the state whose assets are frozen. */
function ownerOfAssets(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	if (!/^(?:froze|frozen|freez(?:es|ing))$/.test(tokens[cue.from].lower)) return undefined;
	const owner = groups.find((group) => group.from >= cue.to && group.from <= cue.to + 8);
	if (!owner || owner.mentions[0].form === 'reference') return undefined;
	const next = tokens.slice(owner.to + (owner.possessive ? 1 : 0), owner.to + 4);
	const between = tokens.slice(cue.to, owner.from);
	if (between.some((t) => t.text === ',' || CLAUSE_END.test(t.lower))) return undefined;
	// "has frozen the assets of Nicaraguan officials": the assets named before the owner.
	const ofOwner = between.some((t, k) => ASSETS.test(t.lower) && between[k + 1]?.lower === 'of');
	return ofOwner || next.some((t) => ASSETS.test(t.lower)) ? owner : undefined;
}
/** The side forces fought or served beside, in the sentence after them: "fought alongside the Somali army". */
function foughtAlongside(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	const end = Math.min(tokens.length, cue.to + 25);
	for (let i = cue.to; i < end; i++) {
		if (CLAUSE_END.test(tokens[i].lower)) return undefined;
		if (tokens[i].lower !== 'alongside') continue;
		if (
			!/^(?:fought|fight|fighting|fights|served|serve|serving|deployed)$/.test(
				tokens[i - 1]?.lower ?? ''
			)
		)
			return undefined;
		return groupAfter(groups, i + 1, 3, tokens);
	}
	return undefined;
}

/**
 * The clause's subject, where it applies the owner's measures: "Cyprus, an EU member, applies the
 * bloc's", or aligns itself with them or joins them, no more than 8 words before: "Podgorica has
 * aligned itself with every round of EU sanctions".
 */
function applierOf(tokens: Token[], groups: MentionGroup[], owner: MentionGroup) {
	// "applies every package of EU restrictive measures": the verb a few words before.
	const applies = tokens.findLastIndex(
		(t, k) => k < owner.from && k >= owner.from - 5 && APPLY.test(t.lower)
	);
	if (
		applies >= 0 &&
		!tokens.slice(applies, owner.from).some((t) => t.text === ',' || CLAUSE_END.test(t.lower))
	)
		return groups.find((group) => group.to <= applies && !group.possessive);
	const aligned = tokens.findLastIndex(
		(t, k) => k < owner.from && k >= owner.from - 8 && ALIGN.test(t.lower)
	);
	if (
		aligned < 0 ||
		tokens.slice(aligned, owner.from).some((t) => t.text === ',' || CLAUSE_END.test(t.lower))
	)
		return undefined;
	const subject = groupJustBefore(groups, aligned);
	return subject && subject.keys.every((key) => !owner.keys.includes(key)) ? subject : undefined;
}

/** Verbs of putting another's measures into effect: "applies the bloc's sanctions". */
const APPLY = /^(?:appl(?:y|ies|ied|ying)|adopt(?:s|ed|ing)?|enforc(?:e|es|ed|ing))$/;
/** Verbs of taking up another's measures as one's own: "aligned itself with", "joined". */
const ALIGN = /^(?:align(?:s|ed|ing)?|join(?:s|ed|ing)?)$/;
const ASSETS = /^(?:reserves|assets|funds|accounts|deposits|property|holdings|gold)$/;

function ownPronoun(tokens: Token[], group: MentionGroup): boolean {
	// (Not "its neighbour", another state.)
	const [mention] = group.mentions;
	return (
		mention.form === 'reference' &&
		mention.to - mention.from === 1 &&
		/^(?:its|their)$/.test(tokens[group.from].lower)
	);
}

const HOSTS = /^(?:host|hosts|hosted|hosting)$/;

/**
 * A base kept on another's soil: the one whose base it is, named just before
 * ("a Russian air base", "Russia's naval base") or acting ("China opened its
 * first overseas military base"), and the host, acting ("Kyrgyzstan hosts a
 * Russian air base") or named after "in" or "with" ("with Djibouti's consent").
 */
function baseEnds(tokens: Token[], groups: MentionGroup[], cue: Cue): Ends | undefined {
	const { base, host } = baseAndHost(tokens, groups, cue);
	if (!base || !host || host.keys.every((key) => base.keys.includes(key))) return undefined;
	return pairOf(base, host, false);
}

/** The one whose base it is and its host, where the sentence names them (see baseEnds). */
export function baseAndHost(
	tokens: Token[],
	groups: MentionGroup[],
	cue: Cue
): { base?: MentionGroup; host?: MentionGroup } {
	// "a permanent base in Abu Dhabi", but not "its only permanent base on the continent".
	if (tokens[cue.from].lower === 'permanent' && !/^(?:in|at)$/.test(tokens[cue.to]?.lower ?? ''))
		return {};
	const named = groups.find(
		(group) => group.to === cue.from || (group.possessive && group.to + 1 === cue.from)
	);
	const owner = named && !/^(?:its|their)$/.test(tokens[named.from].lower) ? named : undefined;
	const from = owner?.from ?? cue.from;
	// "Kyrgyzstan hosts a Russian air base": the host acts (hosting is no stand on others' ties here).
	const hosts = tokens.findLastIndex((t, k) => k < from && k >= from - 4 && HOSTS.test(t.lower));
	const acting =
		hosts >= 0
			? groups.findLast((group) => group.to <= hosts && hosts - group.to <= 2)
			: groupBefore(tokens, groups, { ...cue, from }).agent;
	// "its first Israeli-built Arrow 3 battery … at the Holzdorf air base": the maker owns no base.
	const made = acting !== undefined && tokens[acting.to]?.text.startsWith('-');
	const after = groupAfterPreposition(tokens, groups, cue, /^(?:in|with)$/)?.group;
	const doer = made ? undefined : acting;
	const [base, host] = owner ? [owner, doer ?? after] : [doer, after];
	return { base, host };
}

/**
 * "Kenya's Chinese-financed railway", "a Japanese-funded bridge … in Cambodia": works paid for by
 * the state named just before "-funded", given to their owner named before them or, where none
 * is, to the state they stand in.
 */
function fundedEnds(tokens: Token[], groups: MentionGroup[], cue: Cue): Ends | undefined {
	const giver = groups.find((group) => group.to === cue.from);
	if (!giver) return undefined;
	const owners = groups.filter((group) => group.to <= giver.from);
	const receiver =
		owners.length === 1
			? owners[0]
			: owners.length === 0
				? groupAfterPreposition(tokens, groups, cue, /^(?:in|for)$/)?.group
				: undefined;
	if (!receiver || receiver.keys.some((key) => giver.keys.includes(key))) return undefined;
	return pairOf(giver, receiver, true);
}

/**
 * "Its air force flies more than 200 American-built F-16s": the state named
 * just before "-built" made them, and the one other actor the sentence names
 * before it has them. Where more are named, none is taken for the owner.
 */
function originEnds(tokens: Token[], groups: MentionGroup[], cue: Cue): Ends | undefined {
	const maker = groups.find((group) => group.to === cue.from);
	if (!maker) return undefined;
	// "The French-built Mirage 2000s that Peru bought": the subject of the relative clause after
	// the goods, where it buys or flies them.
	const after = groups.filter((group) => group.from >= cue.to);
	const that = tokens.findIndex(
		(t, k) => k > cue.to && k <= cue.to + 4 && /^(?:that|which)$/.test(t.lower)
	);
	const owner = after[0];
	if (
		after.length === 1 &&
		that > 0 &&
		owner.from === that + 1 &&
		OWNED.test(tokens[owner.to]?.lower ?? '') &&
		!owner.keys.some((key) => maker.keys.includes(key))
	)
		return pairOf(maker, owner, true);
	const before = groups.filter((group) => group.to <= maker.from);
	if (before.length !== 1 || groups.some((group) => group.from >= cue.to)) return undefined;
	const [buyer] = before;
	if (buyer.keys.some((key) => maker.keys.includes(key))) return undefined;
	return pairOf(maker, buyer, true);
}
