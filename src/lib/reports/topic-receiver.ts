import type { MentionGroup } from './mention-groups';
import type { Mention } from './find-mentions';
import { notARelation } from './non-relation-cues';
import { clauseOf, IMPOSED_TYPES, typeOfThings, type Cue } from './relation-cues';
import {
	baseAndHost,
	givenToArmedParty,
	groupAfter,
	groupBefore,
	type Ends
} from './relation-ends';
import { DENY, FORCES_OF, PAST_VERB, TROOPS } from './reader-words';
import { filedFrom, reportState, topicState, type Discourse } from './referring-words';
import type { Token } from './tokens';

/**
 * "Moscow has sent food aid", in a report about Cuba: a gift or a supply whose
 * receiver goes unnamed goes to the state the report is about, where there is one
 * clearly, and it is not the giver.
 */
export function toTheTopic(
	tokens: Token[],
	groups: MentionGroup[],
	cue: Cue,
	discourse: Discourse
): Ends | undefined {
	// Sanctions name their target; a verb of giving must name what was given ("it has delivered").
	if (IMPOSED_TYPES.has(cue.type)) return undefined;
	// "Belarus now ships most of its fertiliser through Russian ports": goods sent on, to no one named.
	const transit = groups.some(
		(group) => group.from > cue.to && /^(?:through|via)$/.test(tokens[group.from - 1]?.lower ?? '')
	);
	if (transit && (cue.type === 'trade' || cue.type === 'arms')) return undefined;
	const clause = clauseOf(tokens, cue);
	const named =
		typeOfThings(tokens, cue.from, cue.to + 14) ?? typeOfThings(clause, 0, clause.length);
	if (cue.takesObject && cue.type !== 'aid' && cue.type !== 'paid' && !named) return undefined;
	const giver = giverAlone(tokens, groups, cue) ?? giverNamedAfter(tokens, groups, cue);
	if (!giver) return undefined;
	// The state the lead is about, where its dateline and words agree ("BAMAKO — The European Union
	// launched a mission to rebuild Mali's army"), even where another is named more after; else the
	// state the report is clearly most about; else the one it is filed from ("BUENOS AIRES —"): a
	// bureau files on its region, so the dateline alone comes last. (Where the giver is the lead's
	// state, the receiver is no other: "Rwandan officials had helped it obtain military supplies",
	// the rebels.)
	if (discourse.lead && giver.keys.includes(discourse.lead)) return undefined;
	const topic =
		discourse.lead ?? topicState(discourse, giver.mentions, true)?.[0] ?? filedFrom(discourse);
	if (!topic || giver.keys.includes(topic)) return undefined;
	// States named in a concession after the act ("…, although Haiti maintains diplomatic relations
	// with Taipei", "…, though relations between Madrid and Malabo have often been strained"): the
	// receiver is among them, if it is the report's state.
	const though = tokens.findIndex((t, k) => k > cue.to && CONCESSION.test(t.lower));
	const conceded = groups.filter((group) => though > 0 && group.from > though);
	const keys = conceded.flatMap((group) => group.keys);
	if (keys.some((key) => !giver.keys.includes(key)) && !keys.includes(topic)) return undefined;
	const receiver = unnamed(topic, giver.mentions[0], giver.from);
	const ends = { sources: giver, targets: receiver, oneWay: true };
	// "…the loan … was never approved by the Fund's board": read to the end of the clause, or of
	// the act, where a second verb goes on ("had now delivered food to … and aimed to reach").
	const clauseEnd = tokens.findIndex(
		(t, k) =>
			k >= cue.to &&
			(/^(?:,|;|—|–)$/.test(t.text) ||
				(t.lower === 'and' && PAST_VERB.test(tokens[k + 1]?.lower ?? '')))
	);
	const end = clauseEnd < 0 ? tokens.length : clauseEnd;
	const whole = { ...ends, targets: { ...receiver, from: end - 1, to: end } };
	// Read from the clause's start: "pledged that, if elected, they would … revive Taiwanese aid".
	const clauseStart = clauseMarkBefore(tokens, giver.from);
	return notARelation(tokens, cue, whole, cue.type, {
		readFrom: clauseStart + 1,
		history: discourse.history
	})
		? undefined
		: ends;
}

/** Words that start a concession: "although", "though". */
const CONCESSION = /^(?:although|though)$/;

/**
 * The actor that gives, supplies or imposes where the sentence names no one
 * it goes to: "Moscow has sent food aid". None where anyone else is named
 * after the cue, or the act is someone else's words.
 */
function giverAlone(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	if (!cue.oneWay || cue.role !== 'act') return undefined;
	// "Senegal began pumping its first oil": pumped to no one named, oil produced, not supplied.
	if (/^pump/.test(tokens[cue.from].lower)) return undefined;
	// "Kathmandu has committed a further $197 million of its own": spent on itself.
	const own = tokens.findIndex(
		(t, k) => k > cue.from && t.lower === 'its' && tokens[k + 1]?.lower === 'own'
	);
	if (own > 0 && tokens[own - 1]?.lower === 'of') return undefined;
	// "Burundi depends heavily on foreign aid": the one who depends on it receives it.
	if (
		cue.type === 'aid' &&
		tokens
			.slice(Math.max(0, cue.from - 5), cue.from)
			.some((t) =>
				/^(?:depend(?:s|ed|ing|ent)?|rel(?:y|ies|ied|iant)|reliance|dependence)$/.test(t.lower)
			)
	)
		return undefined;
	// "fighting alongside Congolese troops": troops where they stand are given to no one.
	if (TROOPS.test(tokens[cue.from].lower)) return undefined;
	// "come to the other's aid": the receiver is the possessive; "arming the RSF": someone named, not an actor.
	const before = tokens[cue.from - 1];
	if (
		before &&
		(/^(?:['’]s?|its|their|his|her)$/.test(before.lower) || /['’]s?$/.test(before.text))
	)
		return undefined;
	// "relies on rolling over its obligations": a debtor, who gives nothing.
	if (
		/^(?:its|their|our)$/.test(tokens[cue.to]?.lower ?? '') &&
		/^(?:obligations|debts?|repayments|liabilities|borrowings?|bonds|arrears)$/.test(
			tokens[cue.to + 1]?.lower ?? ''
		)
	)
		return undefined;
	const object = tokens[cue.to]?.lower === 'the' ? cue.to + 1 : cue.to;
	if (cue.takesObject && /^\p{Lu}/u.test(tokens[object]?.text ?? '') && !isProduct(tokens, object))
		return undefined;
	// "accused Belgrade of arming and financing the gunmen": given to a party that is no actor.
	if (givenToArmedParty(tokens, cue)) return undefined;
	const { agent, passive, speaker } = groupBefore(tokens, groups, cue);
	if (!agent || passive || (speaker && speaker !== agent)) return undefined;
	// "the IMF's executive board approved": the body acts through its board.
	if (agent.possessive && !INSTITUTION.test(tokens[agent.to + 1]?.lower ?? '')) return undefined;
	// "to the island as humanitarian assistance": not the giver.
	if (
		/^(?:to|of|in|on|for|with|by|from|at|into|against)$/.test(tokens[agent.from - 1]?.lower ?? '')
	)
		return undefined;
	if (tokens.some((token) => DENY.test(token.lower))) return undefined;
	// Named in another clause after it ("…, while Chinese grants pay for parks that Cuban
	// officials hope…"), another actor is not this act's receiver.
	const end = clauseEndFrom(tokens, cue.to);
	// (But "channelled through United Nations agencies": the way it goes, not where.)
	const others = groups.some(
		(group) =>
			group.from >= cue.to &&
			group.from < end &&
			!/^(?:through|via)$/.test(tokens[group.from - 1]?.lower ?? '') &&
			group.keys.some((key) => !agent.keys.includes(key))
	);
	return others ? undefined : agent;
}

/**
 * "The air force still flies F-16s supplied by the United States", "a €10
 * billion loan from the Russian state": the giver named after "by" (a verb's
 * participle) or "from" (a noun of giving), where no one is named before it
 * in its clause, nor after.
 */
function giverNamedAfter(tokens: Token[], groups: MentionGroup[], cue: Cue) {
	// "12 used Rafale fighters bought from France", "has bought three Bayraktar drones from Turkey":
	// the seller after "from" (after what was bought, if goods are named), the buyer unnamed.
	const from = tokens.findIndex(
		(t, k) => k >= cue.to && k <= cue.to + 6 && (t.lower === 'from' || t.text === ',')
	);
	const goodsBetween =
		cue.role === 'receive' && from > cue.to && typeOfThings(tokens, cue.to, from) !== undefined;
	const at = from === cue.to || goodsBetween ? from : cue.to;
	const preposition = tokens[at]?.lower;
	const bought =
		cue.role === 'receive' &&
		preposition === 'from' &&
		/^(?:bought|buys?|purchased|acquired|ordered|imported|obtained)$/.test(tokens[cue.from].lower);
	if (!cue.oneWay || (cue.role !== 'act' && !bought)) return undefined;
	const participle = /ed$|^(?:sold|sent|given|built|lent)$/.test(tokens[cue.from].lower);
	if (
		!bought &&
		!(participle && preposition === 'by') &&
		!(!cue.takesObject && preposition === 'from')
	)
		return undefined;
	const agent = groupAfter(groups, at + 1, 1, tokens);
	if (!agent || agent.possessive) return undefined;
	const clauseStart = clauseMarkBefore(tokens, cue.from);
	const end = clauseEndFrom(tokens, agent.to);
	// Another actor named in the clause may be the receiver; the giver named again ("built by Rosatom") is not.
	// Nor one named after "by" or "from": the seller of other goods ("… alongside Super Hornets supplied by the United States").
	const other = (group: MentionGroup) =>
		group !== agent &&
		group.keys.some((key) => !agent.keys.includes(key)) &&
		!/^(?:by|from)$/.test(tokens[group.from - 1]?.lower ?? '') &&
		// "most of them Russian paratroopers, with smaller contingents from Armenia": forces of
		// another state sent with them, not their receiver.
		!(TROOPS.test(tokens[cue.from].lower) && FORCES_OF.test(tokens[group.to]?.lower ?? ''));
	if (groups.some((group) => other(group) && group.from > clauseStart && group.from < end))
		return undefined;
	if (tokens.some((token) => DENY.test(token.lower))) return undefined;
	return agent;
}

/** The parts of a state or a body that act for it: "the IMF's executive board". */
const INSTITUTION =
	/^(?:executive|board|council|parliament|government|cabinet|ministry|treasury|central|development|state|foreign|defen[cs]e|trade|finance|commerce)$/;

/** "the Bayraktar TB2 drones": a named product, not a named party. */
function isProduct(tokens: Token[], at: number): boolean {
	for (let k = at; k < Math.min(tokens.length, at + 4); k++) {
		if (
			/^(?:drones?|jets?|missiles?|tanks?|rifles?|systems?|helicopters?|aircraft|vehicles?|vessels?|ships?|howitzers?|rockets?|launchers?|radars?|fighters?)$/.test(
				tokens[k].lower
			)
		)
			return true;
	}
	return false;
}

/** Words that name a tie two parties hold together: "a free-trade agreement", "trade", "a defence pact". */
const TIE =
	/^(?:agreements?|deals?|pacts?|accords?|treat(?:y|ies)|partnerships?|trade|trading|ties|relations)$/;
/**
 * Whether the token at `k` starts another clause, which a mention does not
 * reach across: a mark (";", "—"), "while" or "but", or a comma before "and" or
 * "although".
 */
export function startsClause(tokens: Token[], k: number): boolean {
	return (
		/^(?:;|:|—|–|while|whereas|but)$/.test(tokens[k].lower) ||
		(tokens[k].text === ',' &&
			(/^(?:and|but|while|although|though)$/.test(tokens[k + 1]?.lower ?? '') ||
				clauseAfterComma(tokens, k)))
	);
}

/**
 * "Thailand flew in food within days, two Indian navy ships unloaded tents in Yangon, and…":
 * after a comma, a subject named with capitals, then its verb in the past, is a clause of its own.
 */
function clauseAfterComma(tokens: Token[], comma: number): boolean {
	const next = tokens.slice(comma + 1, comma + 7);
	const verb = next.findIndex(
		(t) => /^\p{Ll}+ed$/u.test(t.text) && !/^(?:led|based|armed)$/.test(t.lower)
	);
	if (verb < 1) return false;
	const subject = next.slice(0, verb);
	return (
		subject.some((t) => /^\p{Lu}/u.test(t.text)) &&
		subject.every((t) => /^(?:\p{Lu}[\p{L}-]*|\p{Ll}+|\d[\d,.]*)$/u.test(t.text)) &&
		!subject.some((t) =>
			/^(?:which|who|that|as|the|its|their|of|in|to|for|by|from|with|and|or)$/.test(t.lower)
		)
	);
}

/** The last mark before token `at` that starts a clause (see startsClause); -1 where none. */
export function clauseMarkBefore(tokens: Token[], at: number): number {
	return tokens.findLastIndex((_, k) => k < at && startsClause(tokens, k));
}

/**
 * Where the clause that goes on from token `at` ends: its first mark that starts
 * another clause, unless `goesOn` says the clause goes on past it; else the sentence's end.
 */
export function clauseEndFrom(
	tokens: Token[],
	at: number,
	goesOn: (k: number) => boolean = () => false
): number {
	const end = tokens.findIndex((_, k) => k >= at && startsClause(tokens, k) && !goesOn(k));
	return end < 0 ? tokens.length : end;
}

/**
 * "A free-trade agreement with China entered into force on January 1", in a
 * report about the Maldives: a mutual tie with one party named after "with"
 * and no one before it is the report's state's, where there is one clearly.
 */
export function withTheTopic(
	tokens: Token[],
	groups: MentionGroup[],
	cue: Cue,
	discourse: Discourse
): Ends | undefined {
	if (cue.oneWay || cue.role !== 'act' || !TIE.test(tokens[cue.to - 1].lower)) return undefined;
	if (cue.type !== 'trade' && cue.type !== 'defense-pact') return undefined;
	// "…ending years of Taiwanese aid, and a free-trade agreement with China took effect": its own clause.
	const lastMark = clauseMarkBefore(tokens, cue.from);
	if (groups.some((group) => group.from > lastMark && group.from < cue.from)) return undefined;
	const partner = groups.find((group) => group.from >= cue.to);
	if (!partner || partner.possessive || partner.keys.length !== 1) return undefined;
	if (tokens[partner.from - 1]?.lower !== 'with' || partner.from - cue.to > 2) return undefined;
	if (groups.some((group) => group !== partner && group.from >= cue.to)) return undefined;
	if (tokens.some((token) => DENY.test(token.lower))) return undefined;
	const topic = reportState(discourse, partner.mentions);
	if (!topic || partner.keys.includes(topic)) return undefined;
	// Unnamed, the report's state stands at the clause's start, so that its words are all read:
	// "Talks on a free-trade agreement with China began" is no tie yet.
	const party = unnamed(topic, partner.mentions[0], lastMark + 1);
	const ends = { sources: party, targets: partner, oneWay: false };
	return notARelation(tokens, cue, ends, cue.type, { history: discourse.history })
		? undefined
		: ends;
}

/**
 * "Several thousand US personnel are stationed at Al Dhafra Air Base", in a
 * report about the Emirates: a base whose host goes unnamed is on the soil of
 * the report's state, where there is one clearly, and it is not the base's.
 */
export function baseInTheTopic(
	tokens: Token[],
	groups: MentionGroup[],
	cue: Cue,
	discourse: Discourse
): Ends | undefined {
	if (cue.type !== 'base') return undefined;
	const { base, host } = baseAndHost(tokens, groups, cue);
	if (!base || host || base.possessive) return undefined;
	// Read with its host unnamed, a base is taken only where nothing in the sentence denies or ends it.
	if (tokens.some((token) => DENY.test(token.lower) || NO_LONGER.test(token.lower)))
		return undefined;
	const topic = reportState(discourse, base.mentions);
	if (!topic || base.keys.includes(topic)) return undefined;
	const soil = unnamed(topic, base.mentions[0], cue.to);
	const ends = { sources: base, targets: soil, oneWay: false };
	return notARelation(tokens, cue, ends, 'defense-pact', { history: discourse.history })
		? undefined
		: ends;
}

/**
 * Words that say a tie read with one end unnamed holds no longer: forces gone
 * ("the last Indian personnel had left in 2022"), goods stopped ("exports to
 * Taiwan dried up after the break").
 */
const NO_LONGER =
	/^(?:left|leaves|leaving|expired|withdrew|withdrawn|withdrawing|closed|departed|vacated|ended|lapsed|evacuated|dried|stopped|ceased|halted|collapsed|vanished|banned|barred)$/;

/** Nouns of goods sent abroad whose sender may go unnamed: "Shipments to mainland China have fallen". */
const SENT_ABROAD = /^(?:shipments|exports|deliveries|sales)$/;
/** A firm or works that sells abroad, named by what it is: "the state power company", "the plant". */
const SELLING_FIRM =
	/^(?:company|firm|plant|operator|utility|producer|terminal|mine|refinery|project|monopoly|corporation)$/;

/**
 * "Shipments of scallops to Vietnam … have also risen", in a report about
 * Japan: goods sent to a state by no one named are sent by the report's
 * state, where there is one clearly, and it is not the receiver.
 */
export function fromTheTopic(
	tokens: Token[],
	groups: MentionGroup[],
	cue: Cue,
	discourse: Discourse
): Ends | undefined {
	if (cue.type !== 'trade' || cue.role !== 'act') return undefined;
	const lastMark = clauseMarkBefore(tokens, cue.from);
	// "Most of the iron ore dug by the state company is shipped to China": goods sent, in the passive.
	const shipped =
		/^(?:shipped|exported|sold|delivered|sent|piped|pumped)$/.test(tokens[cue.from].lower) &&
		/^(?:is|are|was|were|been|being)$/.test(tokens[cue.from - 1]?.lower ?? '') &&
		(typeOfThings(tokens, lastMark + 1, cue.from) !== undefined ||
			// "Most of that output is shipped to China", "most of them are shipped to China".
			tokens
				.slice(lastMark + 1, cue.from)
				.some((t) => /^(?:output|production|them)$/.test(t.lower)));
	// "Barley growers had done just that, selling record volumes to Saudi Arabia": by no one named.
	const selling = /^(?:selling|exporting|shipping)$/.test(tokens[cue.from].lower);
	// "The state power company also sells electricity across the border to Togo": the report's
	// state's own firm, named by what it is.
	const firm =
		/^(?:sells?|ships?|exports?|supplies|delivers?|pipes?)$/.test(tokens[cue.from].lower) &&
		tokens.slice(lastMark + 1, cue.from).some((t) => SELLING_FIRM.test(t.lower));
	if (!shipped && !selling && !firm && !SENT_ABROAD.test(tokens[cue.from].lower)) return undefined;
	// No sender named before it in its clause, nor a possessive ("its exports"), nor one said of goods ("Russian exports").
	if (groups.some((group) => group.from > lastMark && group.from < cue.from)) return undefined;
	if (/^(?:its|their|his|her)$/.test(tokens[cue.from - 1]?.lower ?? '')) return undefined;
	// Each state the goods go "to" ("to mainland China", "and to Taiwan"), not one that sends them back.
	const sentTo = (group: MentionGroup) =>
		tokens[group.from - 1]?.lower === 'to' ||
		(tokens[group.from - 2]?.lower === 'to' && /^\p{Ll}/u.test(tokens[group.from - 1].text));
	// In its clause: "…, while the EU pays Nouakchott … access to Mauritanian waters" is another's
	// (but ", and to Taiwan" goes on with the receivers).
	const end = clauseEndFrom(tokens, cue.to, (k) => tokens[k + 2]?.lower === 'to');
	const inClause = groups.filter((group) => group.from >= cue.to && group.from < end);
	const receivers = inClause.filter((group) => !group.possessive && sentTo(group));
	if (receivers.length === 0 || receivers[0].from > cue.to + 6) return undefined;
	// No one else named in it.
	if (inClause.some((group) => !receivers.includes(group))) return undefined;
	if (tokens.some((token) => DENY.test(token.lower) || NO_LONGER.test(token.lower)))
		return undefined;
	const topic = reportState(discourse, receivers[0].mentions);
	if (!topic || receivers.some((group) => group.keys.includes(topic))) return undefined;
	const sender = unnamed(topic, receivers[0].mentions[0], lastMark + 1);
	const targets: MentionGroup = {
		...receivers[0],
		keys: [...new Set(receivers.flatMap((group) => group.keys))],
		to: receivers.at(-1)!.to
	};
	const ends = { sources: sender, targets, oneWay: true };
	return notARelation(tokens, cue, ends, 'trade', { history: discourse.history })
		? undefined
		: ends;
}

/**
 * The report's state where the sentence does not name it: a group with no
 * words of its own, standing at token `at` (where its words are read from),
 * marked in place of `named` (the mention beside it).
 */
export function unnamed(topic: string, named: Mention, at: number): MentionGroup {
	return {
		keys: [topic],
		mentions: [{ ...named, key: topic, form: 'topic' }],
		from: at,
		to: at,
		possessive: false
	};
}

/** The parts of a state that may be given to in its name: "Malaysia's armed forces were granted". */
const RECEIVING_BODY =
	/^(?:navy|army|armed|forces|military|coast|guard|air|government|police|ministry|people)$/;

/**
 * "Malaysia's armed forces were granted rescue boats", in a report about
 * Japan's assistance: a gift in the passive, its receiver named before it and
 * no giver named, is the report's state's, where there is one clearly.
 */
export function givenByTheTopic(
	tokens: Token[],
	groups: MentionGroup[],
	cue: Cue,
	discourse: Discourse
): Ends | undefined {
	const verb = tokens[cue.from].lower;
	if (cue.role !== 'act' || !/^(?:granted|given|gifted|donated|handed|lent|offered)$/.test(verb))
		return undefined;
	if (!/^(?:was|were|been|being|is|are)$/.test(tokens[cue.from - 1]?.lower ?? '')) return undefined;
	if (typeOfThings(tokens, cue.to, cue.to + 8) === undefined) return undefined;
	const lastMark = clauseMarkBefore(tokens, cue.from);
	const before = groups.filter((group) => group.from > lastMark && group.to <= cue.from);
	const receiver = before.at(-1);
	if (!receiver || before.length > 1) return undefined;
	if (/^(?:by|from|to|of|in|for|with)$/.test(tokens[receiver.from - 1]?.lower ?? ''))
		return undefined;
	if (receiver.possessive && !RECEIVING_BODY.test(tokens[receiver.to + 1]?.lower ?? ''))
		return undefined;
	// Nor anyone named after it: "by Japan", "under a deal with Japan".
	const end = clauseEndFrom(tokens, cue.to);
	if (groups.some((group) => group.from >= cue.to && group.from < end)) return undefined;
	if (tokens.some((token) => DENY.test(token.lower))) return undefined;
	const topic = reportState(discourse, receiver.mentions);
	if (!topic || receiver.keys.includes(topic)) return undefined;
	const giver = unnamed(topic, receiver.mentions[0], lastMark + 1);
	const ends = { sources: giver, targets: receiver, oneWay: true };
	return notARelation(tokens, cue, ends, 'aid', { history: discourse.history }) ? undefined : ends;
}
