import { BUILTIN_RELATION_TYPES } from '$lib/model/builtin-types';
import type { GraphFile } from '$lib/model/schema';
import { actorNames, type ActorNames } from './actor-names';
import { STATE_COMPANIES } from './bodies';
import { datelineState, findMentions, type Mention } from './find-mentions';
import { groupMentions, type MentionGroup } from './mention-groups';
import { historyUntil, notARelation } from './non-relation-cues';
import type { Extraction, Proposal, ProposalMark, ProposedActor } from './proposal';
import { declaredTypeCues } from './declared-type-cues';
import { denialsOfClaims, denialsOfPunishment } from './denial-of-claim';
import { followedBy } from './followed-by';
import { forcesServing, servedThroughForce } from './forces-serving';
import { punishmentsCalled } from './punishment-called';
import { FORCES_OF, FUNDS, MONEY, REQUESTED } from './reader-words';
import {
	AID_WORDS,
	clauseOf,
	findCues,
	typeOfThings,
	type Cue,
	type CuePattern
} from './relation-cues';
import { givenEachOther, relationEnds, type Ends } from './relation-ends';
import {
	baseInTheTopic,
	fromTheTopic,
	givenByTheTopic,
	startsClause,
	toTheTopic,
	withTheTopic
} from './topic-receiver';
import { splitSentences, type Sentence } from './sentences';
import { filedFrom, findReferences, remember, type Discourse } from './referring-words';
import { denialInWords, readStatus, type StatusReading } from './status-cues';
import { tokenize, tokenSpan, type Token } from './tokens';
import {
	learnedProposals,
	namedTogether,
	type ReadSentence,
	type RulesReading
} from './learned-pairs';
import type { PairModel } from './pair-model';
import { splitPairedNames } from './paired-names';
import PAIR_MODEL from './pair-model.json';

/** What the reader needs to know of a graph: its actors' names and its own types' words. */
interface Reading {
	names: ActorNames;
	ownTypes: CuePattern[];
}

const readingOfGraph = new WeakMap<GraphFile, Reading>();
let readingWithoutGraph: Reading | undefined;

function readingFor(graph: GraphFile | undefined): Reading {
	const make = () => ({ names: actorNames(graph), ownTypes: declaredTypeCues(graph) });
	if (!graph) return (readingWithoutGraph ??= make());
	let reading = readingOfGraph.get(graph);
	if (!reading) readingOfGraph.set(graph, (reading = make()));
	return reading;
}

/** The graph's type for an arms transfer: its own where it declares one, else trade. */
function armsType(graph: GraphFile | undefined): string {
	const own = graph?.relationTypes?.find(
		(type) => /arms/i.test(type.id) || /\barms\b/i.test(type.label)
	);
	return own?.id ?? 'trade';
}

/** Whether a type flows one way, by the graph's declaration or the built-in default. */
function typeIsDirected(graph: GraphFile | undefined, id: string): boolean {
	const own = graph?.relationTypes?.find((type) => type.id === id);
	return own?.directed ?? BUILTIN_RELATION_TYPES.find((type) => type.id === id)?.directed ?? false;
}

/** Whom an order commands, not what it buys: "ordered a visiting Chinese official to leave". */
const COMMANDED =
	/^(?:officials?|diplomats?|ambassadors?|envoys?|staff|embassy|nationals|citizens|troops|forces?|elements|units|contingents?|police|ministr(?:y|ies)|companies|firms|banks|airlines|vessels)$/;

/** Verbs of lending: money lent is aid, whatever it buys or is repaid in. */
const LENDING = /^(?:lend|lends|lent|lending)$/;
/** What arms sent to another are for, when they are aid: "to protect Turkey". */
const DEFEND = /^(?:protect|defend|shield|guard|secure)$/;

/** Whether forces are sent into a state with no request or invitation said. */
function sentInto(tokens: Token[]): boolean {
	const into = tokens.some(
		(t, k) =>
			t.lower === 'into' &&
			/^(?:troops|soldiers|forces|units|fighters|tanks)$/.test(tokens[k - 1]?.lower ?? '')
	);
	return (
		into &&
		!tokens.some((t) => REQUESTED.test(t.lower) || /^(?:invit(?:ed|ation)|asked)$/.test(t.lower))
	);
}

/** Whether a clause says what was given was paid for in goods: "in exchange for oil". */
function exchangedFor(clause: Token[]): boolean {
	return clause.some(
		(t, k) =>
			/^(?:exchange|return)$/.test(t.lower) &&
			clause[k - 1]?.lower === 'in' &&
			clause[k + 1]?.lower === 'for' &&
			typeOfThings(clause, k + 2, k + 5) === 'trade'
	);
}

/**
 * The type a cue says, read with what was given: "sent food aid" is aid,
 * "sent shells" an arms transfer, but "delivered a package of drones" as aid
 * is aid. None where a verb of giving names nothing given, or an order commands.
 */
function typeOf(tokens: Token[], cue: Cue, graph: GraphFile | undefined): string | undefined {
	let type: string | undefined = cue.type === 'relief' ? 'aid' : cue.type;
	if (
		/^order(?:s|ed)?$/.test(tokens[cue.from].lower) &&
		tokens.slice(cue.to, cue.to + 6).some((t) => COMMANDED.test(t.lower))
	)
		return undefined;
	// "formally designated Kenya a major non-NATO ally": an alliance made, no sanction.
	if (
		tokens[cue.from].lower === 'designated' &&
		tokens.slice(cue.to, cue.to + 7).some((t) => /^(?:ally|allies)$/.test(t.lower))
	)
		return 'defense-pact';
	if (cue.role === 'act' || cue.role === 'receive') {
		// "relief supplies", "medical supplies": the word before says what they are.
		// So, across "and", do the words before a list's "supplies": "emergency cash and supplies".
		const listed =
			tokens[cue.from].lower === 'supplies' && tokens[cue.from - 1]?.lower === 'and'
				? typeOfThings(tokens, Math.max(0, cue.from - 4), cue.from - 1)
				: undefined;
		const said =
			listed ?? (cue.from > 0 ? typeOfThings(tokens, cue.from - 1, cue.from) : undefined);
		// "produce up to 40,000 rockets and ship them": what "them" stands for, named just before.
		const pronounObject = /^(?:them|it)$/.test(tokens[cue.to]?.lower ?? '');
		// The verb "supplies" is no goods itself: "Senegal supplies the bulk of the troops".
		const thingsFrom = cue.takesObject && tokens[cue.from].lower === 'supplies' ? cue.to : cue.from;
		const things =
			(said === 'aid' ? said : undefined) ??
			typeOfThings(tokens, thingsFrom, cue.to + 14) ??
			(pronounObject ? goodsIn(tokens, Math.max(0, cue.from - 6), cue.from) : undefined);
		const clause = clauseOf(tokens, cue);
		// "Extends South Sudan Arms Embargo": a sanction kept on, nothing given.
		const kept =
			type === 'given' &&
			tokens.slice(cue.to, cue.to + 6).some((t) => /^(?:embargo(?:es)?|sanctions)$/.test(t.lower));
		if (kept) return undefined;
		// "withdrew the most-favoured-nation status it had granted Pakistan", "giving it easier access
		// to American equipment": a standing granted, not a gift (the preference itself is read apart).
		if (
			type === 'given' &&
			tokens
				.slice(Math.max(0, cue.from - 4), cue.to + 4)
				.some((t) => /^(?:status|recognition|asylum|citizenship|access)$/.test(t.lower))
		)
			return undefined;
		// "a building that had been built with American money": what was built, not a gift to anyone.
		if (
			/^(?:built|builds|building)$/.test(tokens[cue.from].lower) &&
			tokens[cue.to]?.lower === 'with'
		)
			return undefined;
		// Money lent is aid, whatever it buys: "agreed to lend 60 billion yen for five patrol ships";
		// so is a pledge, whatever it is of: "pledged $3 billion in deposits, fuel and wheat to Sudan".
		// (And what a pledge is made up of: "$3 billion in deposits". A deposit is money, whatever
		// the clause names after it: "placed deposits with the central bank and sent oil".)
		const lent =
			LENDING.test(tokens[cue.from].lower) ||
			(/^deposit/.test(tokens[cue.from].lower) && !goodsIn(tokens, cue.from - 1, cue.from)) ||
			tokens.slice(Math.max(0, cue.from - 5), cue.from + 1).some((t) => /^pledg/.test(t.lower));
		// Arms sent to defend the receiver are aid: "agreed to send Patriot missile batteries to
		// protect Turkey".
		const toDefend =
			things === 'arms' &&
			tokens
				.slice(cue.to, cue.to + 16)
				.some((t, k, after) => t.lower === 'to' && DEFEND.test(after[k + 1]?.lower ?? ''));
		if (things && ['trade', 'arms', 'given', 'reliance'].includes(type))
			type = lent || toDefend ? 'aid' : things;
		// "confirmed receiving $500 million from Japan": money received, for no goods, is given.
		const moneyReceived =
			type === 'trade' &&
			cue.role === 'receive' &&
			!things &&
			/^(?:receiv(?:e|es|ed|ing)|gets?|got|getting|obtain(?:s|ed|ing)?)$/.test(
				tokens[cue.from].lower
			) &&
			tokens.slice(cue.to, cue.to + 4).some((t) => MONEY.test(t.lower)) &&
			!goodsIn(clause, 0, clause.length);
		if (moneyReceived) type = 'aid';
		// "took delivery of missile batteries under a contract signed with New Delhi": a contract
		// for the goods its clause names before it.
		if (type === 'given' && /^contracts?$/.test(tokens[cue.from].lower))
			type = goodsIn(
				clause,
				0,
				clause.findIndex((t) => t === tokens[cue.from])
			);
		// "agreed to sell 50,000 tonnes of rice", "the first government-to-government deal" for it,
		// "a leading source of its imported food", "the largest buyer of Cambodian rice": food sold
		// or bought is trade, unless the clause says it is given.
		if (
			type === 'aid' &&
			tokens
				.slice(cue.from, cue.to)
				.some((t) =>
					/^(?:contracts?|deals?|sold|sells?|selling|exports?|exported|exporting|imports?|imported|importing|bought|buys?|buying|purchas(?:e|es|ed|ing)|purchasers?|buyers?|customers?|importers?|suppliers?|sellers?|exporters?)$/.test(
						t.lower
					)
				) &&
			!clause.some((t) => AID_WORDS.test(t.lower))
		)
			type = 'trade';
		// "sent thousands of doctors to Venezuela in exchange for oil": paid for in goods, a trade
		// (but money lent and repaid in oil is still lent).
		const loan = clause.some((t) => LENDING.test(t.lower) || /^(?:loans?|credits?)$/.test(t.lower));
		if (type === 'aid' && !loan && exchangedFor(clause)) type = 'trade';
		// Only goods named just before, by the state they come from: "Algerian gas reaches".
		if (type === 'flow') type = goodsIn(tokens, Math.max(0, cue.from - 3), cue.from);
		// "Ugandan special forces have deployed to Juba": forces that deploy to a state are sent as
		// aid (not "deployed along the border with India").
		const forcesDeployed =
			type === 'given' &&
			/^(?:deploy(?:s|ed|ing)?|arrived|landed)$/.test(tokens[cue.from].lower) &&
			/^(?:to|in|into|alongside)$/.test(tokens[cue.to]?.lower ?? '') &&
			tokens
				.slice(Math.max(0, cue.from - 4), cue.from)
				.some((t) => /^(?:forces|troops|soldiers|contingents?|peacekeepers)$/.test(t.lower));
		if (forcesDeployed) type = 'aid';
		// "continues to lend to Nigeria": lending is of money, named or not (not "lent its name",
		// nor "lending" as a noun: "opposition to any lending"; nor lent by a "which" not read).
		const lentMoney =
			LENDING.test(tokens[cue.from].lower) &&
			tokens[cue.from].lower !== 'lending' &&
			!/^(?:which|that|who)$/.test(tokens[cue.from - 1]?.lower ?? '') &&
			!/^(?:its|their|his|her|weight|credence|credibility|voice|name)$/.test(
				tokens[cue.to]?.lower ?? ''
			);
		if (type === 'given' && lentMoney) type = 'aid';
		if (type === 'given' || type === 'reliance') type = undefined;
		if (type === 'market') {
			const after = tokens.slice(cue.to, cue.to + 6).map((t) => t.lower);
			// "the biggest single market for Cambodian garments": goods of any kind.
			type =
				after.some((word) => /^(?:exports|goods|products|crude|oil|gas)$/.test(word)) ||
				typeOfThings(tokens, cue.to, cue.to + 4) === 'trade'
					? 'trade'
					: undefined;
		}
		if (type === 'base') type = 'defense-pact';
		// Patrols by forces, and only where they keep another's ground: "Spanish Civil Guard officers
		// have patrolled Senegal's coast", not "a patrol boat" nor "patrols the border with".
		if (type === 'patrol') {
			// (Forces of any kind, and those that keep coasts and borders: "border guards", "warships".)
			const forces = tokens
				.slice(Math.max(0, cue.from - 5), cue.from)
				.some(
					(t) =>
						FORCES_OF.test(t.lower) ||
						/^(?:guards?|officers|gendarmes|navy|warships)$/.test(t.lower)
				);
			type = forces ? 'aid' : undefined;
		}
		if (type === 'debt') type = 'aid';
		// "American troops and air-defence units have been stationed at Prince Sultan Air Base":
		// forces kept in another state, a base; not forces sent to fight for it.
		if (
			type === 'aid' &&
			clause.some((t) => /^(?:troops|soldiers|forces|personnel|units)$/.test(t.lower)) &&
			clause.some((t) => /^(?:stationed|garrisoned|based)$/.test(t.lower))
		)
			type = 'defense-pact';
		// "suspended Madagascar from all its activities", "from the bloc", "suspended aid to
		// Rwanda": a sanction; "suspended talks", not one.
		if (type === 'suspension') {
			const from = tokens.findIndex((t, k) => k >= cue.to && k <= cue.to + 6 && t.lower === 'from');
			// "suspended most direct bilateral aid to Rwanda": aid stopped to punish, a sanction.
			// (Not "suspended the Chinese-financed Myitsone dam": a project of its own, stopped.)
			const project = tokens
				.slice(cue.to, cue.to + 4)
				.some((t) => /-(?:financed|funded|built|backed)$/.test(t.lower));
			const aidStopped =
				(typeOfThings(tokens, cue.to, cue.to + 8) === 'aid' && !project) ||
				tokens
					.slice(cue.to, cue.to + 4)
					.some((t) => /^(?:disbursements?|payments?|tranches?)$/.test(t.lower));
			// "suspended all flights to and from Somalia": travel cut off, a sanction.
			const flightsStopped = tokens
				.slice(cue.to, cue.to + 4)
				.some((t) => /^(?:flights|air|ferry|ferries)$/.test(t.lower));
			type =
				(from > 0 && tokens.slice(from + 1, from + 5).some((t) => MEMBERSHIP.test(t.lower))) ||
				aidStopped ||
				flightsStopped
					? 'sanctions'
					: undefined;
		}
		if (type && SANCTION_KINDS.has(type)) type = 'sanctions';
		// "has paid for the clearance of ordnance" is aid; "to pay for Iranian electricity", a purchase.
		// But "has paid for cargo flights … for the Ukrainian army" is aid to the army's state.
		if (type === 'paid') {
			const forOthers = tokens.slice(cue.to + 1, cue.to + 14).some((t) => t.lower === 'for');
			type = goodsIn(tokens, cue.to, cue.to + 4) && !forOthers ? undefined : 'aid';
		}
		// Only goods or arms: "American-built F-16s", not "a Chinese-built port".
		if (type === 'origin')
			type = goodsIn(tokens, cue.to, cue.to + 3) ?? namedProduct(tokens, cue.to);
		// "A Japanese-funded bridge": works paid for, given.
		if (type === 'funded') type = 'aid';
		// "Venezuela has suspended its energy agreements with Trinidad and Tobago": ties cut, a sanction.
		if (type === 'accord')
			type = tokens.slice(Math.max(0, cue.from - 4), cue.from).some((t) => SUSPENDED.test(t.lower))
				? 'sanctions'
				: clause.some((t) => FORCES.test(t.lower))
					? 'defense-pact'
					: undefined;
		if (type === 'backing')
			type = clause.some((t) => t.lower === 'with') && things ? 'aid' : undefined;
		// "imposed sweeping restrictions on": a sanction; "restrictions on imports" said alone, not one.
		// So are "the Council's restrictions on Iran": the restrictions of the one who imposed them.
		if (type === 'restriction') {
			const before = tokens.slice(Math.max(0, cue.from - 4), cue.from);
			const owned =
				/^['’]s?$/.test(tokens[cue.from - 1]?.text ?? '') &&
				/^\p{Lu}/u.test(tokens[cue.from - 2]?.text ?? '');
			type = owned || before.some((t) => IMPOSED.test(t.lower)) ? 'sanctions' : undefined;
		}
		// "imposed an additional 25 per cent tariff on Indian goods as a penalty": a sanction.
		if (type === 'tariff') {
			const near = tokens.slice(Math.max(0, cue.from - 6), cue.to + 12);
			// A tax is a tariff only on goods: "a tax on all goods imported from", not "a tax on fuel".
			const onGoods =
				!/^tax(?:es)?$/.test(tokens[cue.from].lower) ||
				(tokens[cue.to]?.lower === 'on' &&
					tokens
						.slice(cue.to + 1, cue.to + 4)
						.some((t) => /^(?:goods|imports|products)$/.test(t.lower)));
			type = onGoods && near.some((t) => PUNISHING.test(t.lower)) ? 'sanctions' : undefined;
		}
		// "received two helicopters from the United States as a donation": arms had as a gift too.
		const giving =
			(cue.role === 'act' && !/^(?:sold|sell|export|arms)/.test(tokens[cue.from].lower)) ||
			(cue.role === 'receive' && /^(?:receiv|got$|gets?$|obtain)/.test(tokens[cue.from].lower));
		// "Russia sent the Fijian military some 20 containers of small arms …, a donation that
		// unsettled officials": the sentence's closing appositive says what it was.
		const lastComma = tokens.findLastIndex((t) => t.text === ',');
		const calledGift =
			lastComma > cue.to &&
			/^(?:a|an)$/.test(tokens[lastComma + 1]?.lower ?? '') &&
			/^(?:donation|gift)$/.test(tokens[lastComma + 2]?.lower ?? '');
		if (type === 'arms' && giving && (calledGift || clause.some((t) => AID_WORDS.test(t.lower))))
			type = 'aid';
		// "were granted rescue boats and related equipment": what is granted or donated is aid.
		if (
			(type === 'trade' || type === 'arms') &&
			/^(?:grant(?:s|ed|ing)?|donat(?:e|es|ed|ing)|gift(?:s|ed|ing)?)$/.test(tokens[cue.from].lower)
		)
			type = 'aid';
		// "Australia gave the islands a patrol boat": arms given are aid.
		if (type === 'arms' && /^(?:gave|give|gives|given|giving)$/.test(tokens[cue.from].lower))
			type = 'aid';
		// (But "a leaked US intelligence document saying … ship them": no gift, said before the verb.)
		// (Nor "a free trade agreement", "duty-free": free of tariffs, not of charge.)
		const free = clause.some(
			(token, k) =>
				FREE_WORDS.test(token.lower) &&
				!(
					token.lower === 'free' &&
					/^(?:trade|market|zone|access)$/.test(clause[k + 1]?.lower ?? '')
				) &&
				(token.lower !== 'intelligence' || token.start > tokens[cue.from].start)
		);
		if (type === 'trade' && giving && (free || calledGift || givenAsAid(tokens, clause)))
			type = 'aid';
		// "Lesotho sends water … to South Africa … and receives royalties in return": paid for, sold.
		if (
			type === 'aid' &&
			cue.type === 'given' &&
			SENT.test(tokens[cue.from].lower) &&
			paidBack(tokens)
		)
			type = 'trade';
		// "accused Kigali of sending troops into eastern Congo": forces sent into a state uninvited
		// are an incursion, not help (but "sent troops into Bahrain at its request" is).
		if (type === 'aid' && sentInto(tokens)) type = undefined;
		// "Poland has deployed about 15,000 soldiers along the frontier with Belarus": forces on a
		// border face the state beyond it; they are given to no one.
		if (type === 'aid' && atABorder(tokens, cue)) type = undefined;
		// "pledged to assist each other if either came under attack": a defence pact, not aid.
		if (type === 'aid' && isMutualDefence(tokens, cue)) type = 'defense-pact';
		const before = tokens.slice(Math.max(0, cue.from - 5), cue.from);
		// "would approve no new arms exports to", "grant no new export licences": none allowed.
		const noneNew = before.some((t, k) => t.lower === 'no' && before[k + 1]?.lower === 'new');
		// (But "cut the trade deficit": a balance cut, no trade.)
		const balance = /^(?:surplus|surpluses|deficits?)$/.test(tokens[cue.to - 1].lower);
		const banned = noneNew || (!balance && before.some((t) => BAN.test(t.lower)));
		if ((type === 'trade' || type === 'arms') && banned && cue.type !== 'flow') type = 'sanctions';
		// "cut off aid to Nepal", "the ban on American military and economic assistance to
		// Pakistan", "held back part of their budget support to Rwanda": money barred to punish, a
		// sanction (but "stopped sending military aid after Fico took office": aid that ended).
		const withheld = tokens
			.slice(Math.max(0, cue.from - 7), cue.from)
			.some(
				(t, k, before) =>
					AID_BARRED.test(t.lower) ||
					(/^cut$/.test(t.lower) && before[k + 1]?.lower === 'off') ||
					(/^(?:held|holds?|holding)$/.test(t.lower) && before[k + 1]?.lower === 'back')
			);
		const money = [cue.from, cue.to - 1].some((k) => AID_MONEY.test(tokens[k].lower));
		if (type === 'aid' && withheld && money) type = 'sanctions';
	}
	return type === 'arms' ? armsType(graph) : type;
}

/** Forces sent or deployed along, on or to a border, or to guard it: "deployed 15,000 soldiers along the frontier". */
function atABorder(tokens: Token[], cue: Cue): boolean {
	const after = tokens.slice(cue.to, cue.to + 10);
	const forces = tokens.slice(cue.from, cue.to + 6).some((t) => FORCES_OF.test(t.lower));
	return (
		forces &&
		after.some(
			(t, k) =>
				/^(?:borders?|frontiers?|boundary)$/.test(t.lower) &&
				after
					.slice(Math.max(0, k - 3), k)
					.some((p) =>
						/^(?:along|on|at|near|to|patrol(?:s|led|ling)?|guard(?:s|ed|ing)?|secur(?:e|es|ed|ing)|seal(?:s|ed|ing)?)$/.test(
							p.lower
						)
					)
		)
	);
}

/**
 * "has shipped wheat to Ethiopia, Somalia and Sudan as humanitarian aid": goods said to be aid
 * past the list of those they went to, which the clause (cut at its first comma) leaves out.
 */
function givenAsAid(tokens: Token[], clause: Token[]): boolean {
	let at = tokens.indexOf(clause.at(-1)!) + 1;
	while (tokens[at]?.text === ',' || tokens[at]?.lower === 'and') {
		at++;
		if (tokens[at]?.lower === 'the') at++;
		if (!/^\p{Lu}/u.test(tokens[at]?.text ?? '')) return false;
		while (/^\p{Lu}/u.test(tokens[at]?.text ?? '')) at++;
	}
	return (
		tokens[at]?.lower === 'as' &&
		tokens
			.slice(at + 1, at + 4)
			.some((t) => /^(?:aid|donations?|gifts?|humanitarian)$/.test(t.lower))
	);
}

/** The state firms' names, which stand for their state (see STATE_COMPANIES). */
const FIRMS = new Set(Object.values(STATE_COMPANIES).flat());

/**
 * "Gazprom halted deliveries to Sofia": a state firm that stops selling ends its trade, in a
 * quarrel over payment as often as not; a state's own ban ("Turkey halted all exports to Israel")
 * is a sanction.
 */
function firmStoppedSelling(text: string, tokens: Token[], cue: Cue, ends: Ends): boolean {
	if (
		!/^(?:deliveries|sales|shipments|supplies|exports|flows|selling|supplying|exporting)$/.test(
			tokens[cue.from].lower
		)
	)
		return false;
	const seller = ends.sources.mentions[0];
	if (!seller) return false;
	if (FIRMS.has(text.slice(seller.start, seller.end))) return true;
	// "Russia's RAO Nordic stopped selling electricity": the state's firm, named after it.
	const named = tokens.findIndex((t) => t.start >= seller.end && /^['’]s?$/.test(t.text));
	const firm = tokens[named + 1];
	return (
		seller.possessive &&
		named >= 0 &&
		!!firm &&
		/^\p{Lu}/u.test(firm.text) &&
		!OFFICIAL.test(firm.lower) &&
		/^\p{Lu}/u.test(tokens[named + 2]?.text ?? '')
	);
}

/** Words that open the name of a state's office or officer, not of a firm. */
const OFFICIAL =
	/^(?:government|foreign|ministry|president|prime|central|state|defen[cs]e|treasury|commerce|trade|finance|economy|energy|national|federal|supreme|security|parliament|cabinet|department|embassy|navy|army|air|armed|coast)$/;

/**
 * "halted direct gas sales to Iran in January 2017 in a quarrel over unpaid bills": sales stopped
 * over what is owed for them, a trade ended, not a sanction.
 */
function quarrelOverPayment(tokens: Token[], cue: Cue): boolean {
	const after = tokens.slice(cue.to, cue.to + 14);
	return after.some(
		(t, k) =>
			/^(?:over|about)$/.test(t.lower) &&
			after
				.slice(k + 1, k + 4)
				.some((w) => /^(?:unpaid|arrears|bills|debts?|payments?|pricing|prices?)$/.test(w.lower))
	);
}

/**
 * Help each promises the other against an attack: "to assist each other if attacked", "to come
 * to each other's assistance, including by armed force, if".
 */
function isMutualDefence(tokens: Token[], cue: Cue): boolean {
	return (
		givenEachOther(tokens, cue) &&
		tokens
			.slice(cue.to, cue.to + 20)
			.some((t) => /^(?:attack|attacked|aggression|invaded|invasion)$/.test(t.lower))
	);
}

/** Goods or arms named among tokens `from` to `to` (see typeOfThings), not aid. */
function goodsIn(tokens: Token[], from: number, to: number): 'trade' | 'arms' | undefined {
	const things = typeOfThings(tokens, from, to);
	return things === 'trade' || things === 'arms' ? things : undefined;
}

/** An accord or pact named after "under": "under a 2019 security accord", "under a bilateral agreement". */
function underAccord(tokens: Token[], cue: Cue): boolean {
	if (cue.type !== 'accord' && cue.type !== 'defense-pact') return false;
	// Not "under the coalition fighting Islamic State": an alliance, not an accord between two.
	const words = tokens.slice(cue.from, cue.to);
	if (
		!words.some((t) =>
			/^(?:agreements?|accords?|arrangements?|pacts?|treat(?:y|ies)|memorand(?:um|a))$/.test(
				t.lower
			)
		)
	)
		return false;
	const under = tokens.findLastIndex(
		(t, k) => k < cue.from && k >= cue.from - 5 && t.lower === 'under'
	);
	return under >= 0 && !tokens.slice(under, cue.from).some((t) => /^(?:,|;|—|–)$/.test(t.text));
}

/** Whether a new clause ("…, and French warships berth …", "; …") stands between two cues. */
function anotherClause(tokens: Token[], a: Cue, b: Cue): boolean {
	const [first, second] = a.from < b.from ? [a, b] : [b, a];
	for (let k = first.to; k < second.from; k++) if (startsClause(tokens, k)) return true;
	return false;
}

/** Forces sent, deployed or trained for another: "trains forces", "deployed thousands of troops". */
function servingForces(tokens: Token[], cue: Cue): boolean {
	return tokens
		.slice(cue.from, cue.to + 4)
		.some((t) => FORCES_OF.test(t.lower) || /^train(?:s|ed|ing)?$/.test(t.lower));
}

/** Works made in one place and kept there: "a Chinese-built Hambantota port", not goods. */
const WORKS =
	/^(?:ports?|bridges?|railways?|roads?|highways?|stadiums?|dams?|plants?|stations?|airports?|terminals?|mines?|refiner(?:y|ies)|embass(?:y|ies)|hospitals?|buildings?|headquarters|parliament|palace|canal|pipelines?|towers?|parks?)$/;

/** "British-built Typhoons", "Russian-made Sukhois": goods named by their maker's or model's name. */
function namedProduct(tokens: Token[], at: number): 'trade' | undefined {
	const named = /^\p{Lu}[\p{L}\d-]*$/u.test(tokens[at]?.text ?? '');
	return named && !tokens.slice(at, at + 4).some((t) => WORKS.test(t.lower)) ? 'trade' : undefined;
}

/**
 * Words that make a trade word a sanction: "barred exports to Israel", "restrictions on exports
 * of chip-making technology to China".
 */
const BAN =
	/^(?:bar|bars|barring|barred|banned|bans?|banning|embargo(?:es|ed|ing)|halt|halted|halts|halting|restrictions|curbs|suspend|suspends|suspended|suspending|blocked|restricted|restricting|restricts|curbed|curbing|prohibited|freeze|freezes|froze|frozen|freezing|severed|cut|cutting|cuts|stop|stops|stopped|stopping)$/;

/** Words that bar aid: "a ban on assistance to", "barred American military financing". */
const AID_BARRED =
	/^(?:ban|bans|banned|banning|bar|bars|barred|barring|embargo(?:es|ed)?|withh[eo]ld(?:s|ing)?|cut-off|cutoff)$/;

/** The bodies whose work is relief: what they reach, support or treat is aid. */
const RELIEF_BODIES = new Set(['WFP', 'UNICEF', 'WHO', 'UNHCR', 'FAO']);

/** Aid in money, which a state may withhold to punish. */
const AID_MONEY =
	/^(?:aid|assistance|grants?|loans?|credits?|financing|funding|disbursements?|support)$/;

/** Words that make an agreement one of forces kept on another's soil: a pact. */
const FORCES = /^(?:bases?|troops|soldiers|garrisons?|outposts?|naval|navy|military)$|-forces$/;

/** Verbs that put a restriction on someone. */
const IMPOSED =
	/^(?:impos(?:e|es|ed|ing)|slapp(?:ed|ing)|levied|tighten(?:s|ed|ing)?|expand(?:s|ed|ing)?)$/;

/** Verbs that cut an agreement off: "has suspended its energy agreements with". */
const SUSPENDED =
	/^(?:suspend(?:s|ed|ing)?|cancel(?:s|led|ed|ling|ing)?|scrapp(?:ed|ing)|scraps?)$/;

/** What a member is suspended from: "from all its activities", "from the bloc". */
const MEMBERSHIP =
	/^(?:activities|bloc|membership|organi[sz]ation|body|union|community|council|meetings|decision-making|group|alliance|institutions)$/;

/** Kinds of cue that say a sanction without the word: a ban, preferences taken, visas stopped, a blacklist, borders closed. */
const SANCTION_KINDS = new Set(['ban', 'preference', 'visa', 'listed', 'closure', 'frozen']);

/** Words that make a tariff a punishment: "raised import duties on American cars" too. */
const PUNISHING =
	/^(?:impos(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|slaps?|slapp(?:ed|ing)|hit|hits|hitting|fac(?:e|es|ed|ing)|levied|levying|appl(?:y|ies|ied|ying)|plac(?:e|es|ed|ing)|penalt(?:y|ies)|punitive|punish(?:es|ed|ing|ment)?|retaliat(?:e|es|ed|ing|ion|ory)|additional|sanctions?|anti-dumping|countervailing)$/;

/** Whether the sentence says what was sent is paid for: "receives royalties in return". */
function paidBack(tokens: Token[]): boolean {
	return tokens.some(
		(t, k) =>
			/^(?:royalties|fees|payments?)$/.test(t.lower) ||
			(t.lower === 'in' && tokens[k + 1]?.lower === 'return')
	);
}

/** Verbs of sending what may be sold or given: "sends water", "supplies". */
const SENT =
	/^(?:sends?|sent|sending|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?)$/;

/** Words that make goods supplied a gift: "wheat … free of charge". */
const FREE_WORDS =
	/^(?:free|gift|gifts|donated|donation|donations|humanitarian|gratis|charity|intelligence)$/;

/** How far back, in characters, a denial may answer a claim: about two sentences. */
const CLAIM_REACH = 600;

/** The relations proposed just before a sentence, no further back than a denial may answer. */
function recentBefore(relations: Omit<Proposal, 'id'>[], start: number): Omit<Proposal, 'id'>[] {
	const recent = [];
	for (let i = relations.length - 1; i >= 0 && start - relations[i].end < CLAIM_REACH; i--)
		recent.unshift(relations[i]);
	return recent;
}

/** The longest sentence read, in characters: an evidence quote holds at most 4,000. */
const LONGEST_SENTENCE = 2000;

/** How a report is read: with the learnt model or without, and who watches each sentence read. */
export interface ReadingOptions {
	/** The model that reads pairs the rules leave unread; `null` for the rules alone. */
	model?: PairModel | null;
	/** Told of each sentence as read, with what the rules proposed in it (to learn a model from). */
	onSentence?: (read: ReadSentence, found: Omit<Proposal, 'id'>[]) => void;
}

/** The dateline's state where the lead names it and no other state. */
function leadState(
	mentions: Mention[],
	dateline: string,
	discourse: Discourse
): string | undefined {
	const states = new Set(
		mentions
			.filter(
				(mention) => mention.form !== 'reference' && discourse.kindOf(mention.key) === 'state'
			)
			.map((mention) => mention.key)
	);
	return states.size === 1 && states.has(dateline) ? dateline : undefined;
}

/**
 * Reads a report and proposes the relations it states between the actors it
 * names, each with the sentence that states it, for the analyst to review.
 * The same text and graph give the same proposals.
 */
export function extractRelations(
	text: string,
	graph?: GraphFile,
	{ model = PAIR_MODEL, onSentence }: ReadingOptions = {}
): Extraction {
	const { names, ownTypes } = readingFor(graph);
	const people = new Map<string, string>();
	const discourse: Discourse = {
		subject: [],
		recent: [],
		kindOf: (key) => (names.actors.get(key)?.kind === 'state' ? 'state' : 'body'),
		history: historyUntil(text)
	};
	const relations: Omit<Proposal, 'id'>[] = [];
	/** The pairs named together that nothing was proposed for. */
	const listed: Omit<Proposal, 'id'>[] = [];
	const firstMentions = new Map<string, { start: number; end: number }>();

	let sentencesRead = 0;
	for (const sentence of splitSentences(text)) {
		// Longer than a quote may be, it is no sentence (a table, a list run together): not read.
		if (sentence.end - sentence.start > LONGEST_SENTENCE) continue;
		const tokens = splitPairedNames(tokenize(text, sentence.start, sentence.end), names);
		// The dateline opens the lead, which may follow a headline: "China to drop barley duties on
		// Australia" over "CANBERRA, Aug. 4 — China will remove…".
		const datelined = sentencesRead++ < 2 && !discourse.dateline;
		if (datelined) discourse.dateline = datelineState(tokens, names);
		const mentions = findReferences(
			tokens,
			findMentions(tokens, names, people, discourse.recent),
			discourse
		);
		const dateline = datelined ? discourse.dateline : undefined;
		if (dateline) discourse.lead = leadState(mentions, dateline, discourse);
		for (const mention of mentions) {
			if (!firstMentions.has(mention.key))
				firstMentions.set(mention.key, { start: mention.start, end: mention.end });
		}
		const groups = groupMentions(tokens, mentions);
		/** How many actors were named before this sentence: `discourse.recent` up to here. */
		const namedBefore = discourse.recent.length;
		remember(discourse, groups, tokens);
		// A lead filed from a state's capital that names the state is about it, as much as its opening name.
		if (dateline && mentions.some((mention) => mention.key === dateline))
			discourse.recent.push(dateline, dateline);
		// A pact is not said by an alliance's own name: "the Collective Security Treaty Organization",
		// nor anything by the word a body is called back by: "only to return to the Fund".
		// (A fund's name is its act: "the Central Emergency Response Fund".)
		const inMention = (cue: Cue, form?: string) =>
			mentions.some(
				(m) => m.from <= cue.from && cue.to <= m.to && (form === undefined || m.form === form)
			);
		const cues =
			mentions.length === 0
				? []
				: findCues(tokens, ownTypes).filter(
						(cue) =>
							!inMention(cue, 'reference') && (cue.type !== 'defense-pact' || !inMention(cue))
					);
		const rules: RulesReading = { actorsRead: new Set(), typesUnread: new Set() };
		const found =
			mentions.length === 0
				? []
				: proposalsOfSentence(text, sentence, tokens, groups, cues, graph, discourse, rules);
		// "…, followed by Germany and Spain": the same relations, for those named after.
		found.push(...followedBy(tokens, groups, found));
		// Claims made before, denied here ("rejected the charge"). Where the sentence states
		// relations of its own, only a claim between the same two of another kind: "rejected the
		// charge of a French base, while acknowledging that French instructors train its units".
		const samePair = (a: { source: string; target: string }, b: typeof a) =>
			new Set([a.source, a.target, b.source, b.target]).size === 2;
		const recent = recentBefore(relations, sentence.start);
		const claims = recent.filter(
			(claim) =>
				claim.status === 'alleged' &&
				(found.length === 0 ||
					(found.some((f) => samePair(f, claim)) &&
						!found.some((f) => f.type === claim.type && samePair(f, claim))))
		);
		const evidence = { ...sentence, text: text.slice(sentence.start, sentence.end) };
		if (claims.length > 0)
			found.push(...denialsOfClaims(tokens, groups, claims, evidence, filedFrom(discourse)));
		// "Moscow insisted it was a purely sanitary measure": a sanction stated or alleged just
		// before, denied by the one who imposed it.
		if (found.length === 0) found.push(...denialsOfPunishment(tokens, groups, recent, evidence));
		// "Vilnius has called the closure punishment for the sale": a sanction the punished allege.
		if (found.length === 0) {
			const isState = (key: string) => discourse.kindOf(key) === 'state';
			const lastOther = (caller: string) =>
				discourse.recent.findLast((key, at) => at < namedBefore && key !== caller && isState(key));
			found.push(...punishmentsCalled(tokens, groups, evidence, isState, lastOther));
		}
		const read: ReadSentence = {
			text,
			sentence,
			tokens,
			mentions,
			groups,
			cues,
			rules,
			kindOf: discourse.kindOf,
			history: discourse.history
		};
		onSentence?.(read, found);
		if (model) found.push(...learnedProposals(read, model));
		relations.push(...found);
		if (model) listed.push(...namedTogether(read, model, found));
	}

	const actors: ProposedActor[] = [];
	const ends = [...relations, ...listed].flatMap((relation) => [relation.source, relation.target]);
	for (const key of new Set(ends)) {
		const known = names.actors.get(key);
		const firstMention = firstMentions.get(key);
		if (!known || !firstMention) continue;
		actors.push({ ...known, firstMention });
	}
	return {
		relations: relations.map((relation, index) => ({ id: `p${index + 1}`, ...relation })),
		actors,
		namedTogether: listed.map((pair, index) => ({ id: `n${index + 1}`, ...pair }))
	};
}

function proposalsOfSentence(
	text: string,
	sentence: Sentence,
	tokens: Token[],
	groups: MentionGroup[],
	cues: Cue[],
	graph: GraphFile | undefined,
	discourse: Discourse,
	rules: RulesReading
): Omit<Proposal, 'id'>[] {
	const proposals: Omit<Proposal, 'id'>[] = [];
	const seen = new Set<string>();
	const read = cues.map((cue) => ({ cue, ends: withOthers(relationEnds(tokens, groups, cue)) }));
	// Where no receiver is named for a giver that is no party to another cue of the sentence, but
	// as the giver to the same receiver: the receiver may be the report's state ("China is one of
	// its main suppliers …, and Chinese loans financed the motorway").
	const tiedElsewhere = (giver: string, receivers: string[]) =>
		read.some(
			({ ends }) =>
				ends &&
				(ends.targets.keys.includes(giver) ||
					(ends.sources.keys.includes(giver) &&
						receivers.some((receiver) => !ends.targets.keys.includes(receiver))))
		);
	for (const reading of read) {
		if (reading.ends) continue;
		const ends =
			toTheTopic(tokens, groups, reading.cue, discourse) ??
			withTheTopic(tokens, groups, reading.cue, discourse) ??
			baseInTheTopic(tokens, groups, reading.cue, discourse) ??
			fromTheTopic(tokens, groups, reading.cue, discourse) ??
			givenByTheTopic(tokens, groups, reading.cue, discourse);
		if (ends && ends.sources.keys.every((key) => !tiedElsewhere(key, ends.targets.keys)))
			reading.ends = ends;
	}
	// "Turkey, which trains forces loyal to Tripoli under a 2019 security accord", "Burundi has
	// thousands of troops in South Kivu … under a bilateral agreement": an accord under which one
	// state's forces serve another binds the two, whom the forces' relation names.
	for (const reading of read) {
		if (reading.ends || !underAccord(tokens, reading.cue)) continue;
		const forces = read.find(
			({ cue, ends }) =>
				ends?.oneWay &&
				(cue.type === 'aid' || cue.type === 'given') &&
				servingForces(tokens, cue) &&
				!anotherClause(tokens, cue, reading.cue)
		);
		if (forces?.ends) reading.ends = { ...forces.ends, oneWay: false };
	}
	// Forces serving in a mission, given to the state they serve in (after the accords above: a
	// receiver read so binds no one by an accord).
	for (const reading of read)
		reading.ends ??= forcesServing(tokens, groups, reading.cue, discourse);
	for (const { cue, ends: read_ } of read) {
		let ends = read_;
		const type = typeOf(tokens, cue, graph);
		// What the rules made of the sentence, for the learnt model: the actors they read a
		// relation for, proposed or not, and the types of the words they read no one's relation from.
		if (!ends) {
			if (type) rules.typesUnread.add(type);
			continue;
		}
		// Reaching, supporting or treating people is aid only from a relief body.
		if (cue.type === 'relief' && !ends.sources.keys.every((key) => RELIEF_BODIES.has(key)))
			continue;
		for (const key of [...ends.sources.keys, ...ends.targets.keys]) rules.actorsRead.add(key);
		if (!type) continue;
		if (
			type === 'sanctions' &&
			(firmStoppedSelling(text, tokens, cue, ends) || quarrelOverPayment(tokens, cue))
		)
			continue;
		// What flows comes from the state its demonym names: "Algerian gas reaches Spain".
		// (Or from the state that owns it: "Russia's oil reaches India", "its sugar enters the EU".)
		const owner = ends.sources.mentions.at(-1);
		if (cue.type === 'flow' && owner?.form !== 'demonym' && !owner?.possessive) continue;
		// "Belarus has not … sent its own troops": read from the name "its" stands for.
		const giver = ends.sources.mentions[0];
		const named =
			giver?.form === 'reference'
				? groups.find((group) => group.keys.includes(giver.key) && group.to <= giver.from)
				: undefined;
		const notOne = notARelation(tokens, cue, ends, type, {
			readFrom: named?.from,
			history: discourse.history
		});
		// "Iran rejected the claim, saying Tehran had not sent missiles to Russia": a denial.
		const denial = notOne === 'negation' ? denialInWords(tokens, groups, cue, ends) : undefined;
		if (notOne && !denial) continue;
		// "signed a swap agreement with the U.S. Treasury": a swap line is given by the currency's issuer.
		if (/^(?:swaps?|currency)$/.test(tokens[cue.from].lower)) ends = issuerFirst(ends);
		// "Uganda has financed the dam with Chinese credit": the credit's state gives.
		if (type === 'aid' && paidWithOthersMoney(tokens, cue, ends)) ends = reversed(ends);
		// "suspended all … imports from Israel": the one who bans imposes, whichever way goods went.
		if (type === 'sanctions' && cue.role === 'receive') ends = reversed(ends);
		// "contingents in the African Union's force in Somalia": given to the state the force serves.
		if (type === 'aid') ends = servedThroughForce(tokens, groups, ends) ?? ends;
		// "Ethiopia flies Turkish-made drones", "its air force flies American F-16s": what a state
		// flies was made by the state its demonym names, and the flier has it.
		const flown =
			type === 'trade' &&
			/^fl(?:y|ies|ying)$/.test(tokens[cue.from].lower) &&
			ends.targets.mentions[0]?.form === 'demonym' &&
			ends.targets.from <= cue.to + 1;
		if (flown) ends = reversed(ends);
		const reading = denial ?? readStatus(tokens, groups, cue, ends, type);
		const readings = [...claimBeforeDenial(tokens, groups, cue, ends, type, reading), reading];
		const directed =
			typeIsDirected(graph, type) || (ends.oneWay && type !== 'defense-pact' && cue.oneWay);
		for (const source of ends.sources.keys) {
			for (const target of ends.targets.keys) {
				if (source === target) continue;
				// Two cues of one sentence for the same two actors and type make one proposal,
				// whether each reads it one way or both ways ("signed a trade pact for shipping").
				const mutual = `${[source, target].sort().join('~')}~${type}`;
				const oneWay = `${source}>${target}>${type}`;
				const readBefore = directed
					? seen.has(oneWay) || seen.has(mutual)
					: seen.has(mutual) || seen.has(oneWay) || seen.has(`${target}>${source}>${type}`);
				if (readBefore) continue;
				seen.add(directed ? oneWay : mutual);
				// The report's state, where the sentence does not name it, has no words to mark.
				const unnamed = [ends.sources, ends.targets].find(
					(group) => group.mentions[0].form === 'topic'
				);
				const marks: ProposalMark[] = [
					...(unnamed === ends.sources
						? []
						: [{ ...mentionSpan(ends.sources, source), role: 'source' as const }]),
					...(unnamed === ends.targets
						? []
						: [{ ...mentionSpan(ends.targets, target), role: 'target' as const }]),
					{ ...tokenSpan(tokens, cue.from, cue.to), role: 'type' }
				];
				for (const { status, from, to, reason } of readings) {
					const statusMark =
						from !== undefined && to !== undefined
							? [{ ...tokenSpan(tokens, from, to), role: 'status' as const }]
							: [];
					proposals.push({
						source,
						target,
						type,
						directed,
						status,
						evidence: text.slice(sentence.start, sentence.end),
						start: sentence.start,
						end: sentence.end,
						paragraph: sentence.paragraph,
						marks: [...marks, ...statusMark],
						confidence: confidenceOf(ends, source, target),
						reason:
							`${type}: “${text.slice(tokens[cue.from].start, tokens[cue.to - 1].end)}”; ${reason}` +
							(!unnamed
								? ''
								: !ends.oneWay
									? '; other party not named: the state the report is about'
									: unnamed === ends.sources
										? '; giver not named: the state the report is about'
										: '; receiver not named: the state the report is about')
					});
				}
			}
		}
	}
	return proposals;
}

/**
 * "Commentators have claimed that Azerbaijani shells were sold to Ukraine; Azerbaijani officials
 * have dismissed the reports": a claim and, in a later clause, its denial. The claim, read
 * without the clause that denies it, is a proposal of its own beside the denial.
 */
function claimBeforeDenial(
	tokens: Token[],
	groups: MentionGroup[],
	cue: Cue,
	ends: Ends,
	type: string,
	reading: StatusReading
): StatusReading[] {
	if (reading.status !== 'denied' || reading.from === undefined || reading.from < cue.to) return [];
	const mark = tokens.findLastIndex(
		(t, k) => k >= cue.to && k < reading.from! && /^(?:;|,|—|–)$/.test(t.text)
	);
	if (mark < 0 || [ends.sources, ends.targets].some((group) => group.to > mark)) return [];
	const before = tokens.slice(0, mark);
	const claim = readStatus(
		before,
		groups.filter((group) => group.to <= mark),
		cue,
		ends,
		type
	);
	return claim.status === 'alleged' ? [claim] : [];
}

/**
 * "financed the dam with Chinese credit", "built the road with Japanese loans": a work paid
 * for with another state's money, named after "with" by its demonym or possessive.
 */
function paidWithOthersMoney(tokens: Token[], cue: Cue, ends: Ends): boolean {
	if (!/^(?:financ|fund|built|build|paid|pay|bankroll)/.test(tokens[cue.from].lower)) return false;
	const lender = ends.targets;
	const at = lender.from;
	const after = /^['’]s?$/.test(tokens[lender.to]?.text ?? '') ? lender.to + 1 : lender.to;
	return (
		at >= cue.to &&
		tokens[at - 1]?.lower === 'with' &&
		FUNDS.test(tokens[after]?.lower ?? '') &&
		lender.mentions.every((mention) => mention.form === 'demonym' || mention.possessive)
	);
}

/** The issuers of the currencies central banks swap for. */
const RESERVE_ISSUERS = new Set(['USA', 'CHN', 'JPN', 'EU', 'GBR', 'CHE']);

/** A swap line's giver: the issuer of the currency it lends, whichever is named first. */
function issuerFirst(ends: Ends): Ends {
	const issues = (group: MentionGroup) => group.keys.every((key) => RESERVE_ISSUERS.has(key));
	return issues(ends.targets) && !issues(ends.sources) ? reversed(ends) : ends;
}

/** The same two ends, the other way round. */
function reversed(ends: Ends): Ends {
	return { ...ends, sources: ends.targets, targets: ends.sources };
}

/** Ends that tie an actor to another, not only to itself ("rolled over deposits of its own"). */
function withOthers(ends: Ends | undefined): Ends | undefined {
	if (!ends) return undefined;
	const only = new Set([...ends.sources.keys, ...ends.targets.keys]);
	return only.size < 2 ? undefined : ends;
}

function mentionSpan(group: MentionGroup, key: string) {
	const mention = group.mentions.find((candidate) => candidate.key === key) ?? group.mentions[0];
	return { start: mention.start, end: mention.end };
}

/** Surer where both ends are named outright than where a capital, a demonym or a person stands for a state. */
function confidenceOf(ends: Ends, source: string, target: string): number {
	const form = (group: MentionGroup, key: string) =>
		group.mentions.find((mention) => mention.key === key)?.form;
	let confidence = 0.9;
	for (const found of [form(ends.sources, source), form(ends.targets, target)]) {
		if (found === 'capital' || found === 'seat' || found === 'demonym') confidence -= 0.1;
		if (found === 'person') confidence -= 0.15;
		if (found === 'reference') confidence -= 0.25;
		if (found === 'topic') confidence -= 0.35;
	}
	return Math.round(confidence * 100) / 100;
}
