import { DEBT_LET_GO, MONEY, SENT_PEOPLE } from './reader-words';
import type { Token } from './tokens';

/**
 * The words that say a relation of a type: "imposed sanctions", "supplied
 * shells", "trading partner", "defence treaty". A cue is read with the actors
 * around it (see relation-ends.ts) to make a proposal.
 */
export interface Cue {
	/**
	 * A relation type id: a built-in one, one the graph declares, or `arms` for
	 * an arms transfer (trade, or the graph's own arms type).
	 */
	type: string;
	/** Tokens `from` to `to` (exclusive) of the sentence. */
	from: number;
	to: number;
	/**
	 * - `act`: the giver, supplier or imposer comes before ("China sent aid to");
	 * - `receive`: the receiver comes before, the giver after "from" ("Russia bought shells from");
	 * - `partner`: a mutual tie with a possessive ("North Korea’s main trading partner");
	 * - `join`: joining an alliance ("Finland joined NATO").
	 */
	role: 'act' | 'receive' | 'partner' | 'join';
	/** A word saying the relation flows one way: "supplied", not "trade". */
	oneWay: boolean;
	/** A formal act by the actor itself: "imposed sanctions", "signed a treaty". */
	formal: boolean;
	/** A verb whose object may follow it directly: "sanctioned Iran", "armed Russia". */
	takesObject: boolean;
}

/** Words, one pattern for each token, that make a cue. */
export type CuePattern = Omit<Cue, 'from' | 'to'> & { words: RegExp[] };

const w = (...words: string[]) => words.map((word) => new RegExp(`^(?:${word})$`));

const ARMS =
	'arms|weapons?|weaponry|munitions?|ammunition|shells?|artillery|missiles?|rockets?|drones?|tanks?|jets?|warplanes?|fighters?|helicopters?|launchers?|rifles?|materiel|frigates?|corvettes?|warships?|submarines?|cutters?|gunboats?|patrol|aircraft|howitzers?|radars?|interceptors?|air-defen[cs]e|planes|warplanes';
const GOODS = `${ARMS}|oil|crude|gas|lng|coal|fuel|petroleum|diesel|goods|exports?|imports?|grain|wheat|fertili[sz]ers?|components?|chips?|semiconductors?|electronics|machinery|steel|iron|timber|uranium|equipment|supplies|cargo|commodities|products|electricity|hydropower|megawatts|gigawatts|lng|shrimp|fish|seafood|tuna|salmon|prawns|bananas?|cocoa|coffee|tea|sugar|copper|cobalt|lithium|gold|diamonds|cotton|garments|textiles|clothing|clothes|apparel|jeans|footwear|shoes|knitwear|soybeans|soya|beef|potash|phosphates?|nickel|aluminium|aluminum|bauxite|gasoline|petrol|kerosene|fruits?|vegetables|dairy|meat|pork|poultry|lamb|beans|pulses|lentils|barley|canola|rapeseed|maize|corn|rubber|platinum|ores?|manganese|zinc|cement|ammonia|urea|wine|lumber|palm|cashews?|vanilla|gems|gemstones|minerals`;
const AID =
	'aid|assistance|humanitarian|relief|donations?|grants?|loans?|credits?|bailouts?|money|cash|food|rations|rice|vaccines?|medicines?|medical|rescue|rescuers|search-and-rescue|specialists|medics|doctors|nurses|tents?|shelters?|blankets|hospitals?|funding|funds|support|help|troops|soldiers|personnel|mercenaries|advisers|advisors|instructors|peacekeepers|police|officers|contingents?|battalions?|units|hygiene|purification|sanitation|emergency|shelter|nutrition|nutritional|water|purifiers|generators|kits|tarpaulins|biscuits|-funded|-financed|-donated';
/** Verbs of supplying: trade unless what was supplied says aid. */
const SUPPLY =
	'suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?|transferr?(?:s|ed|ing)?|smuggl(?:e|es|ed|ing)|pump(?:s|ed|ing)?|pip(?:e|es|ed)|redirect(?:s|ed|ing)?';
/** Verbs of giving: the type is what was given; given nothing named, no relation. */
const GIVE =
	'provid(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|grant(?:s|ed|ing)|releas(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|sen[dt]s?|sending|g[ai]ve|giv(?:en|es|ing)|flown|furnish(?:es|ed|ing)?|dispatch(?:es|ed|ing)?|rush(?:es|ed|ing)|extend(?:s|ed|ing)?|deploy(?:s|ed|ing)?|flew|fl(?:y|ies|ying)|offer(?:s|ed|ing)?|disburs(?:e|es|ed|ing)|lent|lends?|lending|loaned|deposit(?:s|ed|ing)?|built|builds|building|distribut(?:e|es|ed|ing)|compensat(?:e|es|ed|ing)|airlift(?:s|ed|ing)?';
/** "wrote off", "writes off": a debt let go with "off". */
const WRITE = '(?:wrote|writes?|writing|written)';
/** What a debt let go is: "Haiti's debt", "its arrears", "the loans". */
const DEBTS = /^(?:debts?|arrears|loans?|obligations|repayments|payments)$/;
/** "Take" alone, a cue only where a state's goods follow it (findCues): not "took office". */
const TAKE = '(?:took|takes|take|taking)';
/** Words of how much of what flows: "go mainly to". */
const MOSTLY = 'mainly|mostly|largely|chiefly|primarily|principally|overwhelmingly';
const LEASE = 'leas(?:e|es|ed|ing)';
const LEASE_WORD = new RegExp(`^${LEASE}$`);
const TAKE_WORD = new RegExp(`^${TAKE}$`);
/** "accounts for a third of Chile's exports": a buyer's share of a state's goods. */
const ACCOUNT = '(?:accounts?|accounted|accounting)';
const ACCOUNT_WORD = new RegExp(`^${ACCOUNT}$`);
const LET_GO_WORD = new RegExp(`^(?:${DEBT_LET_GO}|${WRITE})$`);
const WRITE_WORD = new RegExp(`^${WRITE}$`);
/** Words that rank a creditor: "the largest", "its main". */
const FOREMOST =
	'largest|biggest|main|top|major|leading|chief|principal|single|second-largest|third-largest|second-biggest|key|primary|sole|dominant|important';
const CREDITOR = 'creditors?|lenders?';
const MAKE = '(?:made|make|makes|making)';
/** "brings in", a cue only where goods follow it (findCues): not "brought in new rules". */
const BRING = '(?:brings?|brought|bringing)';
const BRING_WORD = new RegExp(`^${BRING}$`);
/** "kept its border", a cue only where it is kept shut (findCues). */
const KEEP = '(?:kept|keeps|keep|keeping)';
const KEEP_WORD = new RegExp(`^${KEEP}$`);
/** Those relief reaches: "reached six million people". */
const PEOPLE_REACHED =
	/^(?:people|persons|families|children|households|refugees|residents|survivors|villagers|civilians|beneficiaries)$/;
const PLEDGES = '(?:pledges?|offers?)';
/** Words around a gift of arms that make it aid rather than a sale. */
export const AID_WORDS =
	/^(?:aid|assistance|packages?|donat(?:e|es|ed|ing|ion|ions)|free|gift|grants?|support|help|credits?|loans?|loaned|lent|lend|lends|lending|training|exercises)$/;

/** Cue types imposed on a target ("sanctions on", "a tariff on"), never given to one. */
export const IMPOSED_TYPES = new Set([
	'sanctions',
	'frozen',
	'tariff',
	'restriction',
	'listed',
	'visa',
	'closure',
	'suspension'
]);

/** A cue pattern: mutual, informal and without a direct object unless flagged. */
const cue = (
	words: RegExp[],
	type: string,
	role: Cue['role'],
	flags: Partial<Pick<Cue, 'oneWay' | 'formal' | 'takesObject'>> = {}
): CuePattern => ({
	words,
	type,
	role,
	oneWay: false,
	formal: false,
	takesObject: false,
	...flags
});

const PATTERNS: CuePattern[] = [
	// Sanctions
	cue(w('(?:arms|trade|economic|oil|weapons)', 'embargo(?:es)?'), 'sanctions', 'act', {
		oneWay: true
	}),
	cue(w('impos(?:e|es|ed|ing)|slapp(?:ed|ing)|levied', '(?:on|against|upon)'), 'sanctions', 'act', {
		oneWay: true,
		formal: true,
		takesObject: true
	}),
	// "the EU's sanctions list for Belarus".
	cue(w('sanctions?', '(?:lists?|regimes?|programmes?|programs?)', 'for'), 'sanctions', 'act', {
		oneWay: true,
		takesObject: true
	}),
	cue(w('sanctions?|embargo(?:es)?|blockade'), 'sanctions', 'act', { oneWay: true }),
	cue(w('blockad(?:es|ed|ing)'), 'sanctions', 'act', { oneWay: true, takesObject: true }),
	cue(w('asset', 'freezes?'), 'sanctions', 'act', { oneWay: true }),
	cue(w('(?:import|export|trade|travel|visa|entry)', 'bans?'), 'sanctions', 'act', {
		oneWay: true
	}),
	// "raised import duties on American cars": a tariff, not an import (see typeOf).
	cue(w('(?:import|export)', '(?:duties|duty|tariffs?|levies|taxes)'), 'tariff', 'act', {
		oneWay: true
	}),
	cue(w('(?:visa|travel|financial)', '(?:restrictions|curbs)'), 'sanctions', 'act', {
		oneWay: true
	}),
	// "applies every package of EU restrictive measures against Moscow".
	cue(w('restrictive', 'measures'), 'sanctions', 'act', { oneWay: true }),
	// "most US measures against Belarus remain in place".
	cue(w('measures', 'against'), 'sanctions', 'act', { oneWay: true, takesObject: true }),
	// "imposed sweeping restrictions on Russia's financial sector": a sanction where imposed (see typeOf).
	cue(w('(?:restrictions|curbs|penalties)'), 'restriction', 'act', { oneWay: true }),
	cue(w('(?:punitive|penalty|retaliatory)', '(?:tariffs?|duties|levies)'), 'sanctions', 'act', {
		oneWay: true
	}),
	cue(w('boycott(?:s|ed|ing)?'), 'sanctions', 'act', { oneWay: true, takesObject: true }),
	// "barring 24 Ukrainian farm products": a ban on a state's goods (see relation-ends.ts).
	cue(w('(?:barr(?:ed|ing)|bars|bann(?:ed|ing)|bans?|prohibit(?:s|ed|ing)?)'), 'ban', 'act', {
		oneWay: true,
		formal: true,
		takesObject: true
	}),
	cue(w('turn(?:s|ed|ing)?', 'back'), 'ban', 'act', { oneWay: true, takesObject: true }),
	// "removed Guinea from the list of countries eligible for duty-free access", "Gabon lost its
	// duty-free access to the American market": trade preferences taken away (see relation-ends.ts).
	cue(
		w('(?:duty-free|preferential|tariff-free)', '(?:access|treatment|status)'),
		'preference',
		'act',
		{
			oneWay: true
		}
	),
	// "withdrew the most-favoured-nation status it had granted Pakistan".
	cue(w('(?:most-favou?red-nation|mfn)', 'status'), 'preference', 'act', { oneWay: true }),
	// "removed Uganda from the … trade preference programme", "stripping Cameroon of its trade benefits".
	cue(w('trade', '(?:preferences?|benefits|privileges)'), 'preference', 'act', { oneWay: true }),
	// "removed Japan from its list of preferred trading partners", "from its white list".
	cue(
		w('(?:preferred|trusted|favou?red|privileged)', '(?:trading|trade)', 'partners'),
		'preference',
		'act',
		{ oneWay: true }
	),
	cue(w('white', 'list'), 'preference', 'act', { oneWay: true }),
	cue(w('whitelist'), 'preference', 'act', { oneWay: true }),
	// "has kept its border with Armenia closed since 1993": kept shut (see findCues).
	cue(w(KEEP, '(?:its|their|the)', '(?:borders?|frontiers?)'), 'sanctions', 'act', {
		oneWay: true
	}),
	// "closed its airspace to all Moroccan aircraft": shut to a state, a sanction on it.
	cue(
		w('clos(?:e|es|ed|ing)', '(?:its|their|the)', '(?:airspace|borders?|ports?|frontiers?)'),
		'sanctions',
		'act',
		{ oneWay: true }
	),
	cue(
		w(
			'clos(?:e|es|ed|ing)',
			'(?:its|their|the)',
			'(?:land|sea|shared|common)',
			'(?:borders?|frontiers?|crossings?)'
		),
		'sanctions',
		'act',
		{ oneWay: true }
	),
	cue(w('travel', 'bans?'), 'sanctions', 'act', { oneWay: true }),
	// "ordered the full closure of the Dominican Republic's land, sea and air borders with Haiti".
	cue(w('closures?', 'of'), 'closure', 'act', { oneWay: true, formal: true }),
	// "closed all of its land, sea and air borders with Haiti", "shut its two road crossings with".
	cue(w('(?:clos(?:ed|es)|shut|shuts|seal(?:s|ed))'), 'closure', 'act', {
		oneWay: true,
		formal: true
	}),
	// "Nepal depends on India for nearly all of its petroleum": goods or aid from the one relied on,
	// by what the sentence names (see relation-ends.ts).
	cue(
		w('(?:depends?|depended|depending|relies|rely|relied|relying|reliant|dependent)', 'on'),
		'reliance',
		'receive',
		{
			oneWay: true
		}
	),
	// "The Maldives owes China about $1.4 billion", "indebted to China's Export-Import Bank", "debt
	// is owed to China": money lent, owed now (see relation-ends.ts).
	cue(w('(?:owes|owe|indebted)'), 'debt', 'receive', { oneWay: true }),
	cue(w('(?:is|are)', 'owed', 'to'), 'debt', 'receive', { oneWay: true }),
	// "returned Cuba to the US list of state sponsors of terrorism" (see relation-ends.ts).
	cue(w('state', 'sponsors?', 'of', 'terrorism'), 'listed', 'act', { oneWay: true, formal: true }),
	// "adding North Macedonia to its blacklist of 'unfriendly' states".
	...[[], ['["”\'’]']].map((quote) =>
		cue(
			w('(?:unfriendly|hostile)', ...quote, '(?:states|countries|nations|jurisdictions)'),
			'listed',
			'act',
			{ oneWay: true, formal: true }
		)
	),
	// "suspended visa services for Canadian citizens": visas stopped for a state's people (see relation-ends.ts).
	cue(
		w(
			'(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|stopp?(?:s|ed|ing)?|revok(?:e|es|ed|ing)|froze|freez(?:es|ing))',
			'(?:visas?|visa-free|visa-issuing)'
		),
		'visa',
		'act',
		{ oneWay: true, formal: true }
	),
	cue(w('export', 'controls?'), 'sanctions', 'act', { oneWay: true }),
	// "suspended Madagascar from all its activities": a member shut out of a body (see typeOf).
	cue(w('suspend(?:s|ed|ing)?'), 'suspension', 'act', {
		oneWay: true,
		formal: true,
		takesObject: true
	}),
	// "has frozen the assets of Nicaraguan officials": only assets frozen, not talks (see relation-ends.ts).
	cue(w('frozen'), 'frozen', 'act', { oneWay: true, formal: true }),
	cue(
		w(
			'sanction(?:s|ed|ing)|blacklist(?:s|ed|ing)?|embargoed|froze|freez(?:es|ing)|designated|penali[sz](?:e|es|ed|ing)'
		),
		'sanctions',
		'act',
		{ oneWay: true, formal: true, takesObject: true }
	),
	// Defence pacts
	cue(w('(?:mutual|collective)', '(?:defen[cs]e|assistance|security)'), 'defense-pact', 'act'),
	cue(w('security', 'guarantees?'), 'defense-pact', 'act'),
	cue(
		w(
			'(?:security|defen[cs]e)',
			'and',
			'(?:defen[cs]e|security)',
			'(?:pacts?|partnerships?|agreements?|treat(?:y|ies)|accords?)'
		),
		'defense-pact',
		'act'
	),
	cue(w('(?:security|defen[cs]e)', 'partnerships?'), 'defense-pact', 'act'),
	// "the Comprehensive Security Integration and Prosperity Agreement": a named security pact.
	// "a ten-year defence and economic framework agreement".
	cue(
		w('(?:security|defen[cs]e)', '[a-z]+', '[a-z]+', '[a-z]+', '(?:agreement|treaty|pact)'),
		'defense-pact',
		'act'
	),
	cue(
		w('(?:security|defen[cs]e)', '[a-z]+', '[a-z]+', '(?:agreement|treaty|pact)'),
		'defense-pact',
		'act'
	),
	// Trade agreements and ties: mutual trade.
	cue(w('free', 'trade', '(?:agreements?|deals?|pacts?|accords?|areas?)'), 'trade', 'act'),
	cue(w('(?:free-trade|trade)', '(?:agreements?|deals?|pacts?|accords?)'), 'trade', 'act'),
	cue(w('economic', 'partnership', '(?:agreements?|accords?)'), 'trade', 'act'),
	// "signed a transit and transport agreement with Beijing": goods carried across each other's land.
	cue(w('transit', 'and', 'transport', '(?:agreements?|accords?|treat(?:y|ies))'), 'trade', 'act'),
	cue(w('(?:transit|transport)', '(?:agreements?|accords?|treat(?:y|ies))'), 'trade', 'act'),
	cue(w('(?:economic|trade|commercial)', '(?:relations|ties)'), 'trade', 'act'),
	cue(
		w(
			'(?:defen[cs]e|security|military)',
			'(?:cooperation|co-operation|access|partnership|training)',
			'(?:pacts?|treat(?:y|ies)|agreements?|accords?|memorand(?:um|a)|protocols?|deals?)'
		),
		'defense-pact',
		'act'
	),
	cue(
		w('(?:reciprocal|visiting)', '(?:access|forces)', '(?:agreements?|accords?|pacts?|deals?)'),
		'defense-pact',
		'act'
	),
	cue(
		w(
			'(?:defen[cs]e|security|military|mutual-defen[cs]e|mutual-assistance)',
			'(?:pacts?|treat(?:y|ies)|agreements?|accords?|alliances?|guarantees?|deals?|protocols?|compacts?|memorand(?:um|a)|arrangements?|charters?)'
		),
		'defense-pact',
		'act'
	),
	cue(
		w(
			'treat(?:y|ies)',
			'on',
			'(?:comprehensive|strategic|mutual|friendship|security|defen[cs]e|military)'
		),
		'defense-pact',
		'act'
	),
	cue(w('treat(?:y|ies)', 'of', '(?:friendship|alliance|mutual)'), 'defense-pact', 'act'),
	// "its Agreement on Defence Exchanges and Security Cooperation with China", "a treaty on allied
	// relations", "a joint declaration on defence cooperation".
	cue(
		w(
			'(?:agreements?|accords?|treat(?:y|ies)|memorand(?:um|a)|protocols?|declarations?)',
			'on',
			'(?:defen[cs]e|security|military|allied)'
		),
		'defense-pact',
		'act'
	),
	// "a memorandum of understanding on military and security cooperation".
	cue(
		w('memorand(?:um|a)', 'of', 'understanding', 'on', '(?:defen[cs]e|security|military)'),
		'defense-pact',
		'act'
	),
	cue(w('(?:suppliers?|providers?|exporters?)'), 'trade', 'act', { oneWay: true }),
	cue(w('treaty', '(?:allies|ally)'), 'defense-pact', 'act'),
	cue(w('treat(?:y|ies)'), 'defense-pact', 'act'),
	cue(w('(?:contracts?|deals?)'), 'given', 'act'),
	cue(w('(?:took|taken|takes|take|taking)', 'deliver(?:y|ies)'), 'trade', 'receive', {
		oneWay: true
	}),
	// "Beijing now takes the bulk of Ashgabat's exports", "accounts for 80% of Mexico's exports":
	// only of a state's goods (see findCues).
	cue(w(TAKE), 'trade', 'receive', { oneWay: true }),
	cue(w(ACCOUNT, 'for'), 'trade', 'receive', { oneWay: true }),
	cue(w('(?:equipped|armed)', '(?:mainly|largely|mostly|chiefly)', 'with'), 'arms', 'receive', {
		oneWay: true
	}),
	cue(w('(?:equipped|armed)', 'with'), 'arms', 'receive', { oneWay: true }),
	cue(
		w('(?:strategic|friendship)', '(?:partnership|cooperation)', 'treat(?:y|ies)'),
		'defense-pact',
		'act'
	),
	cue(w('alliances?|allies|allied|pacts?|coalitions?'), 'defense-pact', 'act'),
	cue(w('ally'), 'defense-pact', 'partner'),
	// "The country belongs to the Collective Security Treaty Organization".
	cue(w('belong(?:s|ed)?', 'to'), 'defense-pact', 'join', { formal: true, takesObject: true }),
	cue(w('(?:re)?join(?:s|ed|ing)?|acced(?:e|es|ed|ing)'), 'defense-pact', 'join', {
		formal: true,
		takesObject: true
	}),
	cue(w('(?:member|members|membership)'), 'defense-pact', 'join'),
	// "Its air force flies 200 American-built F-16s": the state named before it made what its owner has.
	// "A Japanese-funded bridge in Cambodia": works paid for by the state named before it.
	cue(w('-(?:funded|financed|donated)'), 'funded', 'receive', { oneWay: true }),
	cue(w('-(?:made|built|produced|manufactured|designed|supplied)'), 'origin', 'receive', {
		oneWay: true
	}),
	// Trade
	cue(w('trad(?:e|ing)', 'partners?'), 'trade', 'partner'),
	// "China is Uruguay's largest export market": the market of a state's exports, a partner.
	cue(w('(?:export|import)', '(?:markets?|destinations?)'), 'trade', 'partner'),
	// "the largest market for its garment exports": the market buys what the other sells.
	cue(w('(?:markets?|destinations?)', 'for'), 'market', 'act', { takesObject: true }),
	cue(w('(?:bilateral|two-way|cross-border|border)', 'trade'), 'trade', 'act'),
	// "ran a trade surplus with the United States": trade with the one it is run with.
	cue(w('trade', '(?:surplus|surpluses|deficits?)'), 'trade', 'act'),
	cue(w('trade[sd]?|trading|dealings'), 'trade', 'act'),
	cue(
		w(
			'arms',
			'(?:sales?|deals?|transfers?|shipments?|deliveries|exports?|supplies|trade|trafficking)'
		),
		'arms',
		'act',
		{ oneWay: true }
	),
	cue(
		w('(?:sold|sells?|selling|exports?|exported|exporting|re-export(?:s|ed|ing)?)'),
		'trade',
		'act',
		{
			oneWay: true,
			takesObject: true
		}
	),
	cue(
		w(
			'(?:bought|buys?|buying|ordered|purchas(?:e|es|ed|ing)|imports?|imported|importing|acquir(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|gets?|got|getting|buyers?|importers?|customers?|purchasers?)'
		),
		'trade',
		'receive',
		{ oneWay: true }
	),
	// "Indian refiners have snapped up discounted Russian crude".
	cue(w('snap(?:s|ped|ping)?', 'up'), 'trade', 'receive', { oneWay: true }),
	// "now brings in liquefied gas …, much of it from the United States": only goods (see findCues).
	cue(w(BRING, 'in'), 'trade', 'receive', { oneWay: true }),
	// "flies 14 Gripens leased from Sweden": only where leased from someone (see findCues).
	cue(w(LEASE), 'trade', 'receive', { oneWay: true }),
	// "Most of Armenia's gas still comes from Russia": only goods (see findCues).
	// "Gas now arrives by pipeline from Norway", likewise.
	cue(w('(?:comes?|came|coming|arriv(?:e|es|ed|ing))'), 'trade', 'receive', { oneWay: true }),
	cue(
		[
			/^(?:armed|arming|arms)$/,
			/^(?!forces|groups?|men|conflicts?|militias?|services|struggle|wing|robbery|importers?|imports?|buyers?|purchases?|purchasers?|customers?|race|control|with$|to$|from$|for$|into$|and$|or$|in$|,)/
		],
		'arms',
		'act',
		{ oneWay: true, takesObject: true }
	),
	cue(w('(?:deliveries|shipments|sales|transfers|purchases)'), 'trade', 'act', { oneWay: true }),
	// "India's sale of four frigates to Vietnam": one sale, named with what was sold.
	cue(w('(?:sale|transfer)', 'of'), 'trade', 'act', { oneWay: true }),
	// "whose lending programme with Rwanda": before the verb of giving, which names nothing given.
	cue(
		w('(?:lending|loan|credit)', '(?:programmes?|programs?|facilit(?:y|ies)|arrangements?)'),
		'aid',
		'act',
		{
			oneWay: true
		}
	),
	cue(w(SUPPLY), 'trade', 'act', { oneWay: true, takesObject: true }),
	cue(w(GIVE), 'given', 'act', { oneWay: true, takesObject: true }),
	// "Kuwait and the Emirates also made pledges", "Saudi Arabia made the largest offer": money
	// promised at a donors' meeting, to the state it is for.
	cue(w(MAKE, PLEDGES), 'aid', 'act', { oneWay: true }),
	cue(
		w(MAKE, '(?:the|a|an)', `(?:${FOREMOST}|first|further|new|additional|second)`, PLEDGES),
		'aid',
		'act',
		{
			oneWay: true
		}
	),
	// "Turkey also has troops in the emirate": forces kept on another's soil, a base.
	cue(
		w('(?:has|have|had|keeps|kept|maintains|maintained)', '(?:troops|soldiers|forces)'),
		'base',
		'act'
	),
	// "Brussels committed €210 million to", "has earmarked about €920 million for": money set aside,
	// not "commits each signatory to come to the aid of the others".
	cue(
		w(
			'(?:commit(?:s|ted|ting)|earmark(?:s|ed|ing)?|allocat(?:es|ed|ing))',
			'(?:[$€£¥]|us\\$|about|some|nearly|almost|over|more|an?|hundreds|tens|millions|billions|\\d[\\d.,]*)'
		),
		'given',
		'act',
		{ oneWay: true, takesObject: true }
	),
	// "Japan chipped in $5 million", "Switzerland and Denmark added smaller sums": money added to
	// what others give; not "he added that".
	cue(w('(?:chipp(?:ed|ing)|chips?)', 'in'), 'given', 'act', { oneWay: true, takesObject: true }),
	cue(
		w('(?:add(?:s|ed|ing)?)', '(?:[$€£¥]|us|nz|another|further|smaller|larger)'),
		'given',
		'act',
		{ oneWay: true, takesObject: true }
	),
	// "Washington pledged $65 million", "Canberra pledged some A$200 million": money promised, which
	// reporting counts as given; not "pledged 150 personnel" nor "pledged to help".
	cue(
		w(
			'(?:pledg(?:e|es|ed|ing))',
			// "NZ$20 million" is read as "NZ", "$", "20": the currency's letters first.
			'(?:[$€£¥]|us|nz|about|some|nearly|almost|over|more|an?|hundreds|tens|millions|billions)'
		),
		'given',
		'act',
		{ oneWay: true, takesObject: true }
	),
	// "promised the five Central Asian republics 26 billion yuan in financing": money promised, as
	// pledged (only with a sum: see findCues; not "promised to help").
	cue(w('promis(?:e|es|ed|ing)'), 'given', 'act', { oneWay: true, takesObject: true }),
	// "Algerian gas still reaches Spain", "Nepali power began flowing to Bangladesh", "Icelandic
	// seafood goes to Britain", "its sugar enters the European Union": what flows is named before.
	cue(w('(?:reach(?:es|ed)?|flow(?:s|ed|ing)?|enter(?:s|ed|ing)?)'), 'flow', 'act', {
		oneWay: true,
		takesObject: true
	}),
	cue(w('(?:go(?:es)?|went|going|travel(?:s|led|ed)?)', 'to'), 'flow', 'act', {
		oneWay: true,
		takesObject: true
	}),
	// "Ecuador's bananas go mainly to Russia", "Colombian coal ends up in Turkey".
	cue(w('(?:go(?:es)?|went|going)', `(?:${MOSTLY})`, 'to'), 'flow', 'act', {
		oneWay: true,
		takesObject: true
	}),
	cue(w('(?:ends?|ended|ending)', 'up', 'in'), 'flow', 'act', { oneWay: true, takesObject: true }),
	// Aid
	// "the largest recipient of Australian aid": the receiver is the subject, the giver named after.
	cue(w('(?:recipients?|beneficiar(?:y|ies))'), 'aid', 'receive', { oneWay: true }),
	// "Uganda borrowed $207 million from China's Export-Import Bank": the lender gives.
	cue(w('borrow(?:s|ed|ing)?'), 'aid', 'receive', { oneWay: true }),
	// "announced the cancellation of Haiti's debt", "wrote off Zambia's loans", "forgave Iraq
	// most of its debt": debt let go is given (only where a debt follows, not "cancelled the visit":
	// see findCues).
	cue(w(DEBT_LET_GO), 'aid', 'act', { oneWay: true, takesObject: true }),
	// "the World Food Programme is feeding some 600,000 people": food given.
	cue(w('feed(?:s|ing)'), 'aid', 'act', { oneWay: true, takesObject: true }),
	cue(w(WRITE, 'off'), 'aid', 'act', {
		oneWay: true,
		takesObject: true
	}),
	cue(w('(?:hand(?:s|ed|ing)|donat(?:e|es|ed|ing)|gift(?:s|ed|ing)?)'), 'aid', 'act', {
		oneWay: true,
		takesObject: true
	}),
	// "backing the army with warplanes": a side armed is aided (see typeOf: only with what).
	cue(w('back(?:s|ed|ing)'), 'backing', 'act', { oneWay: true, takesObject: true }),
	cue(w('(?:train(?:s|ed|ing)?|mentor(?:s|ed|ing)?)'), 'aid', 'act', {
		oneWay: true,
		takesObject: true
	}),
	cue(w('(?:disbursements?|tranches?)'), 'aid', 'act', { oneWay: true }),
	// "has paid for the clearance of unexploded ordnance", "helped pay for the Rwandan troops".
	cue(w('(?:paid|pays|pay|paying)', 'for'), 'paid', 'act', { oneWay: true, takesObject: true }),
	// "agreed to pay much of the cost of eight new Black Hawks for the Croatian air force".
	cue(
		w('(?:paid|pays|pay|paying)', '(?:much|most|part|all|half|some)', 'of', 'the', '(?:cost|bill)'),
		'paid',
		'act',
		{ oneWay: true }
	),
	// "Kazakhstan is the main source of Afghanistan's flour": the possessive's goods come from the subject.
	cue(w(FOREMOST, '(?:sources?|suppliers?|providers?)', 'of'), 'trade', 'act', {
		oneWay: true,
		takesObject: true
	}),
	// "China is Sri Lanka's largest bilateral creditor": the possessive owes, the subject lent
	// (but not "the committee of official creditors with India").
	cue(
		w(FOREMOST, '(?:bilateral|foreign|external|official|development|multilateral)', CREDITOR),
		'aid',
		'act',
		{
			oneWay: true
		}
	),
	cue(w(FOREMOST, CREDITOR), 'aid', 'act', { oneWay: true }),
	cue(
		w('(?:support|aid|rescue|financing|loan|bailout|assistance|relief)', '(?:packages?|measures?)'),
		'aid',
		'act',
		{ oneWay: true }
	),
	// "Russian border guards continue to patrol Tajikistan's frontier": forces keeping another's
	// ground, given to it (only forces: see typeOf).
	// (A verb, not a noun: "continue to patrol", not "a navy patrol vessel".)
	cue(w('patrol(?:s|led|ling)'), 'patrol', 'act', { oneWay: true, takesObject: true }),
	cue(w('to', 'patrol'), 'patrol', 'act', { oneWay: true, takesObject: true }),
	// Tariffs are a sanction where they punish: see typeOf.
	// (A tax only on goods: "a 35 percent tax on all goods imported from Honduras"; see typeOf.)
	cue(w('(?:tariffs?|duties|duty|surtax(?:es)?|levy|levies|tax|taxes)'), 'tariff', 'act', {
		oneWay: true
	}),
	cue(w('(?:currency|swap)', '(?:swaps?|lines?)'), 'aid', 'act', { oneWay: true }),
	cue(w('(?:credit|swap)', 'lines?'), 'aid', 'act', { oneWay: true }),
	cue(w('lines?', 'of', 'credit'), 'aid', 'act', { oneWay: true }),
	cue(w('(?:budget|balance-of-payments)', 'support'), 'aid', 'act', { oneWay: true }),
	cue(w('(?:roll(?:s|ed|ing)?)', 'over'), 'aid', 'act', { oneWay: true, takesObject: true }),
	cue(
		w(
			'(?:donat(?:e|es|ed|ing)|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|bankroll(?:s|ed|ing)?|assist(?:s|ed|ing)?)'
		),
		'aid',
		'act',
		{ oneWay: true, takesObject: true }
	),
	cue(
		w('(?:aid|assistance|donations?|donors?|contributors?|grants?|relief|loans?|credit|bailouts?)'),
		'aid',
		'act',
		{
			oneWay: true
		}
	),
	// "Romania hosts US forces": forces kept by consent, as a base is (see findCues).
	cue(w('(?:forces|troops|soldiers|personnel|marines)'), 'base', 'act'),
	cue(w('service', 'members'), 'base', 'act'),
	cue(w(`(?:${SENT_PEOPLE})`), 'aid', 'act', { oneWay: true }),
	// "The World Food Programme reached six million people with food rations", "UNICEF is trucking
	// water to three million people": a relief body's work, aid (only a relief body's, see typeOf).
	cue(
		w(
			'(?:reach(?:es|ed|ing)?|truck(?:s|ed|ing)?|support(?:s|ed|ing)|assist(?:s|ed|ing)?|vaccinat(?:e|es|ed|ing)|treat(?:s|ed|ing)?)'
		),
		'relief',
		'act',
		{ oneWay: true }
	),
	// "A Chinese search-and-rescue team arrived on 14 January": a team sent to help.
	cue(
		w('(?:rescue|search-and-rescue|medical|relief|emergency)', '(?:teams?|crews?)'),
		'aid',
		'act',
		{ oneWay: true }
	),
	// "holds Camp Lemonnier under a 2014 agreement with Djibouti": a pact where it keeps forces (see typeOf).
	cue(w('(?:agreements?|accords?|arrangements?)'), 'accord', 'act'),
	// "hosts a Russian air base", "opened its first overseas military base": forces kept by consent,
	// a pact between the one whose base it is and the host (see baseEnds).
	cue(
		w('(?:military|air|naval|army|overseas|foreign)', '(?:air|naval|military)', 'bases?'),
		'base',
		'act'
	),
	cue(w('(?:military|air|naval|army|overseas|foreign|permanent)', 'bases?'), 'base', 'act'),
	// "the Chinese base in Djibouti", "hosts French, American and Japanese bases" (see findCues).
	cue(w('bases?'), 'base', 'act'),
	// "Japan's Self-Defense Forces have operated a base near the airport with Djibouti's consent".
	cue(
		w(
			'(?:operat(?:e|es|ed|ing)|maintain(?:s|ed|ing)?|kept|keeps|station(?:s|ed)?)',
			'(?:a|an|its|their)',
			'(?:bases?|outposts?|garrisons?)'
		),
		'base',
		'act'
	)
];

/** Words before "finance" that make it the noun: "regional finance", "trade finance". */
const FINANCE_NOUN =
	/^(?:for|of|in|and|regional|global|international|public|private|trade|development|climate|islamic|the|a|its|their|his|her)$/;

/** A weapon by its model: "F-16s", "Su-35", "MiG-29s", "S-400", "J-10Cs". */
const MODEL = /^(?:F|Su|MiG|S|J|T|Mi|Ka|Tu|Il|KF|FA)-\d{1,3}[A-Z]{0,2}s?$/;
/** What a force sent to another's aid is called: "a stabilisation force", "a peacekeeping force". */
const SENT_FORCE =
	/^(?:stabili[sz]ation|peacekeeping|protection|intervention|standby|multinational|rapid-reaction|expeditionary)$/;
const [AID_THING, ARMS_THING, GOODS_THING] = [AID, ARMS, GOODS].map(
	(words) => new RegExp(`^(?:${words})$`)
);

/** Words near a verb of giving that say what was given, and so the type. */
export function typeOfThings(tokens: Token[], from: number, to: number): string | undefined {
	for (let i = from; i < Math.min(to, tokens.length); i++) {
		const word = tokens[i].lower;
		if (/^(?:;|—|–|while|but|which|whereas)$/.test(word)) break;
		if (word === ',' && /(?:ing|^it|^they|^which|^who)$/.test(tokens[i + 1]?.lower ?? '')) break;
		// "water-purification tablets", "food-aid": what is given, named by the last of two words.
		if (
			AID_THING.test(word) ||
			(word.includes('-') && AID_THING.test(word.slice(word.lastIndexOf('-') + 1)))
		)
			return 'aid';
		// "dispatched a stabilisation force": a force sent to keep order, not "an air force".
		if (word === 'force' && SENT_FORCE.test(tokens[i - 1]?.lower ?? '')) return 'aid';
		// "export credit", "export financing": money lent, not goods.
		if (
			/^exports?$/.test(word) &&
			/^(?:credits?|financing|finance)$/.test(tokens[i + 1]?.lower ?? '')
		)
			return 'aid';
		// "aircraft and a ship carrying drinking water": craft that carry what is given, read past.
		// (So "airlifting paratroopers aboard military transport planes".)
		const craft =
			ARMS_THING.test(word) &&
			(tokens
				.slice(i + 1, i + 5)
				.some((t) => /^(?:carrying|carried|loaded|laden|ferrying|bearing)$/.test(t.lower)) ||
				tokens.slice(Math.max(0, i - 4), i).some((t) => t.lower === 'aboard'));
		if (craft) continue;
		if (
			ARMS_THING.test(word) ||
			(word === 'military' && tokens[i + 1]?.lower === 'equipment') ||
			MODEL.test(tokens[i].text)
		)
			return 'arms';
		if (GOODS_THING.test(word)) return 'trade';
	}
	// Money given and nothing else named: "gave Jordan $1.5 billion", "a $5 billion deposit".
	const deposit = /^(?:deposits?|transfers?|injections?)$/.test(tokens[from]?.lower ?? '');
	// Not "80 million tonnes of it": a count of goods, not of money.
	const money = tokens
		.slice(deposit ? Math.max(0, from - 4) : from, Math.min(to, tokens.length))
		.some((token, k, span) => MONEY.test(token.lower) && !UNITS.test(span[k + 1]?.lower ?? ''));
	const giving =
		/^(?:g[ai]ve|giv|provid|extend|offer|send|sent|disburs|lent|lend|loan|deposit|transfer|pledg|promis|releas|approv|contribut|grant|compensat|commit|earmark|allocat|chip|add)/;
	if (money && giving.test(tokens[from]?.lower ?? '')) return 'aid';
	return undefined;
}

/** What a count of goods is counted in: "80 million tonnes", "100,000 barrels". */
const UNITS =
	/^(?:tonnes|tons|barrels|cubic|litres|liters|gallons|kilowatt-hours|megawatt-hours|people|doses|units)$/;

/** A load of goods: "took its first cargo of discounted Russian crude". */
const LOAD =
	/^(?:cargo(?:es)?|shipments?|consignments?|deliver(?:y|ies)|tankers?|loads?|batch(?:es)?)$/;

/** After a verb of taking, a load of a state's goods: a demonym then goods, past "cargo of". */
function cargoOf(tokens: Token[], take: number): boolean {
	const of = tokens.findIndex((t, k) => k > take && k <= take + 5 && t.lower === 'of');
	if (of < 0 || !LOAD.test(tokens[of - 1].lower)) return false;
	const named = tokens.findIndex(
		(t, k) => k > of && k <= of + 3 && /^\p{Lu}\p{Ll}+$/u.test(t.text)
	);
	const goods = named > 0 ? typeOfThings(tokens, named + 1, named + 3) : undefined;
	return goods === 'trade' || goods === 'arms';
}

/** Words before "supplies" that make it a noun: "medical supplies", "the supplies". */
const BEFORE_NOUN =
	/^(?:the|a|its|their|of|and|medical|relief|food|military|arms|oil|gas|energy|water|emergency|humanitarian|fuel|new|further|more|such|these|those|other|critical|vital|essential|purification|hygiene|sanitation|health|school|shelter|winter|farming|agricultural|office|building)$/;

const NOT_PACT_BEFORE =
	/^(?:peace|trade|tax|investment|extradition|nuclear|arms-control|start|border|water|waters|fishing|free-trade|non-proliferation|test-ban|climate|plastics|pandemic|maritime|boundary|commercial|economic|energy)$/;
const NOT_TRADE_AFTER =
	/^(?:ministry|minister|ministers|department|secretary|office|officials?|unions?|representatives?|negotiators?|policy|policies|fair|wars?|deficits?|surplus|body|talks|disputes?|barriers?|restrictions?|routes?)$/;

/** Words before "ship" that make it a vessel: "the patrol ship", "a cargo ship". */
const VESSEL_BEFORE =
	/^(?:patrol|cargo|container|naval|war|research|supply|hospital|survey|fishing|coast|guard|navy|landing|training|flag|sister|command|spy|drone)$/;

function isNounPlace(before: Token | undefined): boolean {
	return !!before && BEFORE_NOUN.test(before.lower);
}

/** A people's adjective ("North Korean ships", "Chinese vessels"), not a state's name that may ship. */
const DEMONYM_LIKE = /^\p{Lu}\p{L}*(?:ean|ian|ese|ish)$/u;

/** For each list of patterns, the patterns each word can begin, worked out once per word. */
const startingWith = new WeakMap<CuePattern[], Map<string, CuePattern[]>>();

/**
 * The patterns whose first word `word` is, in their order: a report repeats its words, and
 * trying each of some 150 patterns on every word took a tenth of the reading.
 */
function patternsStartingWith(patterns: CuePattern[], word: string): CuePattern[] {
	let byWord = startingWith.get(patterns);
	// A vocabulary this large is many reports' in one page: started afresh, never grown unbounded.
	if (!byWord || byWord.size > 50_000) startingWith.set(patterns, (byWord = new Map()));
	let found = byWord.get(word);
	if (!found) byWord.set(word, (found = patterns.filter(({ words }) => words[0].test(word))));
	return found;
}

/**
 * The relation cues in a sentence's tokens, the graph's own types' first,
 * then longest first, none overlapping.
 */
export function findCues(tokens: Token[], ownTypes: CuePattern[] = []): Cue[] {
	const cues: Cue[] = [];
	const patterns = ownTypes.length > 0 ? [...ownTypes, ...PATTERNS] : PATTERNS;
	for (let i = 0; i < tokens.length; i++) {
		for (const matcher of patternsStartingWith(patterns, tokens[i].lower)) {
			const { words } = matcher;
			const fits = words.every((word, k) => tokens[i + k] && word.test(tokens[i + k].lower));
			if (!fits) continue;
			const { type, role, oneWay, formal, takesObject } = matcher;
			const cue = { type, role, oneWay, formal, takesObject };
			// "one of the first alliance countries to give Ukraine jets": the alliance's members, no pact.
			if (
				/^(?:alliance|coalition)$/.test(tokens[i].lower) &&
				/^(?:countries|members|states|partners|capitals|leaders|governments|nations)$/.test(
					tokens[i + 1]?.lower ?? ''
				)
			)
				continue;
			// "leads an international coalition that supplies drones to Ukrainian forces": what the
			// coalition does, not a pact with the one it helps; "led a coalition into Yemen": the
			// state it went into or fought.
			if (
				/^coalitions?$/.test(tokens[i].lower) &&
				/^(?:that|which|supplying|providing|sending|buying|to|for|into|against|in)$/.test(
					tokens[i + 1]?.lower ?? ''
				)
			)
				continue;
			// "have also sanctioned suppliers of aviation fuel to the military": those sanctioned
			// supply, not those who sanction them.
			if (
				/^(?:suppliers?|exporters?|sellers?|buyers?|importers?|traders?)$/.test(tokens[i].lower) &&
				/^(?:sanctioned|blacklisted|designated|targeted|penali[sz]ed)$/.test(
					tokens[i - 1]?.lower ?? ''
				)
			)
				continue;
			// "a peace treaty", "the New START treaty": treaties that are no defence pact.
			if (/^treat/.test(tokens[i].lower) && NOT_PACT_BEFORE.test(tokens[i - 1]?.lower ?? ''))
				continue;
			// "signed a treaty on Thursday settling the last disputed sections of their border".
			if (words.length === 1 && /^treat/.test(tokens[i].lower) && settlesBorder(tokens, i))
				continue;
			// "its trade ministry", "a trade war": a word about trade, not trade between the two.
			if (
				/^trad/.test(tokens[i].lower) &&
				words.length === 1 &&
				NOT_TRADE_AFTER.test(tokens[i + 1]?.lower ?? '')
			)
				continue;
			// "Armenia's gas comes from Russia", not "the call came from Moscow".
			// "Fuel arrives almost entirely from Angola", not "the envoy arrived from Kyiv".
			const arrives = /^arriv/.test(tokens[i].lower);
			if (
				(arrives || /^(?:comes?|came|coming)$/.test(tokens[i].lower)) &&
				// ("comes mostly from", "now come increasingly from": a word of how much between).
				(!tokens
					.slice(i + 1, i + (arrives ? 5 : /ly$/.test(tokens[i + 1]?.lower ?? '') ? 3 : 2))
					.some((t) => t.lower === 'from') ||
					!/^(?:trade|arms)$/.test(typeOfThings(tokens, Math.max(0, i - 4), i) ?? ''))
			)
				continue;
			// "leases the jet from Stockholm", not "a new lease of life" nor land leased to a port.
			if (
				LEASE_WORD.test(tokens[i].lower) &&
				!tokens.slice(i + 1, i + 6).some((t) => t.lower === 'from')
			)
				continue;
			// "promised Haiti $100 million", not "promised to help" nor "promised reforms".
			if (
				/^promis/.test(tokens[i].lower) &&
				(tokens[i + 1]?.lower === 'to' ||
					!tokens.slice(i + 1, i + 10).some((t) => MONEY.test(t.lower)))
			)
				continue;
			// "brings in liquefied gas", not "brought in new rules".
			if (
				BRING_WORD.test(tokens[i].lower) &&
				tokens[i + 1]?.lower === 'in' &&
				!/^(?:trade|arms)$/.test(typeOfThings(tokens, i + 2, i + 6) ?? '')
			)
				continue;
			// "kept its border with Armenia closed", not "kept its border open".
			if (
				KEEP_WORD.test(tokens[i].lower) &&
				words.length === 3 &&
				!tokens.slice(i + 3, i + 8).some((t) => /^(?:closed|shut|sealed)$/.test(t.lower))
			)
				continue;
			// "reached six million people with food rations": people reached with relief, no goods
			// flowing (read as a relief body's work, below).
			if (
				type === 'flow' &&
				/^reach/.test(tokens[i].lower) &&
				tokens.slice(i + 1, i + 5).some((t) => PEOPLE_REACHED.test(t.lower))
			)
				continue;
			// "cancelled Haiti's debt", "wrote off its loans", not "cancelled the visit". (A share
			// written off is of a debt: "would write off its share"; claims cancelled are where
			// their sum is said: "cancel its own claims of roughly $5 billion".)
			const letGo = type === 'aid' && LET_GO_WORD.test(tokens[i].lower);
			const after = tokens.slice(i + words.length, i + words.length + 8);
			const claims = after.some(
				(t) =>
					/^(?:share|claims)$/.test(t.lower) &&
					(WRITE_WORD.test(tokens[i].lower) || after.some((u) => MONEY.test(u.lower)))
			);
			if (letGo && !after.some((t) => DEBTS.test(t.lower)) && !claims) continue;
			// "takes most of Ecuador's shrimp", not "took office" or "take part".
			if (TAKE_WORD.test(tokens[i].lower) && words.length === 1) {
				const owner = i + 1 + tokens.slice(i + 1, i + 7).findIndex((t) => /^['’]s$/.test(t.text));
				if ((owner === i || !typeOfThings(tokens, owner + 1, owner + 5)) && !cargoOf(tokens, i))
					continue;
			}
			if (ACCOUNT_WORD.test(tokens[i].lower) && words.length === 2) {
				const owner = tokens.slice(i + 2, i + 8).findIndex((t) => /^['’]s$/.test(t.text));
				if (owner < 0 || !typeOfThings(tokens, i + 3 + owner, i + 7 + owner)) continue;
			}
			// "on a US sanctions list for carrying cargo for Russia's military": the reason, not the target.
			if (
				/^sanctions?$/.test(tokens[i].lower) &&
				words.length === 3 &&
				/\p{Ll}ing$/u.test(tokens[i + 3]?.lower ?? '')
			)
				continue;
			// "handing sovereignty over the Chagos Islands to Mauritius": power handed over, no gift.
			if (
				/^hand/.test(tokens[i].lower) &&
				tokens
					.slice(i + 1, i + 4)
					.some((t) =>
						/^(?:sovereignty|control|power|authority|presidency|chairmanship)$/.test(t.lower)
					)
			)
				continue;
			// "Taiwan's last ally in South America", "diplomatic allies": recognition, no pact.
			if (/^(?:ally|allies)$/.test(tokens[i].lower) && diplomaticAlly(tokens, i)) continue;
			// "measures against Ukrainian drones": against things, no sanction on a state.
			if (
				tokens[i].lower === 'measures' &&
				words.length === 2 &&
				typeOfThings(tokens, i + 2, i + 5) !== undefined
			)
				continue;
			// Forces had somewhere: "has troops in the emirate", not "has troops ready".
			if (
				type === 'base' &&
				/^(?:has|have|had|keeps|kept|maintains|maintained)$/.test(tokens[i].lower) &&
				!/^(?:in|at|on)$/.test(tokens[i + 2]?.lower ?? '')
			)
				continue;
			// Frozen by someone: "has frozen the assets", not "backed by frozen reserves".
			if (type === 'frozen' && !/^(?:has|have|had)$/.test(tokens[i - 1]?.lower ?? '')) continue;
			// Forces are kept as a base only where hosted: "hosts US forces", "host Russian troops".
			if (type === 'base' && !hostedForces(tokens, i, words.length)) continue;
			// "a hub for regional finance": the noun, no one financing.
			if (tokens[i].lower === 'finance' && FINANCE_NOUN.test(tokens[i - 1]?.lower ?? '')) continue;
			// "the patrol ship HMS Trent", "cargo ships", "North Korean ships": a vessel, no shipping.
			// (But "and ship them secretly to Russia": a verb, with its object.)
			if (
				/^ships?$/.test(tokens[i].lower) &&
				(isNounPlace(tokens[i - 1]) ||
					VESSEL_BEFORE.test(tokens[i - 1]?.lower ?? '') ||
					DEMONYM_LIKE.test(tokens[i - 1]?.text ?? '')) &&
				!/^(?:them|it|those|these)$/.test(tokens[i + 1]?.lower ?? '')
			)
				continue;
			// "medical supplies", "the supply of gas": a noun, whose giver is not its subject.
			// "$500 million in grants, US officials said": a noun after "in" or "of" has no object.
			const noun =
				(/^suppl(?:y|ies)$/.test(tokens[i].lower) && isNounPlace(tokens[i - 1])) ||
				(takesObject &&
					/^(?:in|of)$/.test(tokens[i - 1]?.lower ?? '') &&
					!/ing$/.test(tokens[i].lower)) ||
				// "was a gift from China": a gift named, whose giver comes after "from".
				(/^(?:gifts?|donations?)$/.test(tokens[i].lower) &&
					/^(?:a|an|the|its|their)$/.test(tokens[i - 1]?.lower ?? ''));
			cues.push({ ...cue, from: i, to: i + words.length, ...(noun && { takesObject: false }) });
			i += words.length - 1;
			break;
		}
	}
	return cues;
}

/**
 * An ally in recognition only: "diplomatic allies", and Taiwan's ("Taiwan's last ally in South
 * America", "an ally of Taipei"), the states that recognise it, with none of which it has a pact.
 */
function diplomaticAlly(tokens: Token[], at: number): boolean {
	const before = tokens.slice(Math.max(0, at - 4), at);
	if (before.some((t) => t.lower === 'diplomatic')) return true;
	const taiwan = (t: Token | undefined) => /^(?:Taiwan|Taipei)$/.test(t?.text ?? '');
	const owner = before.findLastIndex((t) => taiwan(t));
	const owned = owner >= 0 && /^['’]s?$/.test(before[owner + 1]?.text ?? '');
	return owned || (tokens[at + 1]?.lower === 'of' && taiwan(tokens[at + 2]));
}

/** A treaty whose next words say it settles or marks a border, or hands over a territory: no defence pact. */
function settlesBorder(tokens: Token[], at: number): boolean {
	const next = tokens.slice(at + 1, at + 16);
	const end = next.findIndex((t) => /^(?:[,;:]|and|but)$/.test(t.lower));
	return (end < 0 ? next : next.slice(0, end)).some((t) =>
		/^(?:borders?|boundar(?:y|ies)|frontiers?|demarcat(?:e|es|ed|ing|ion)|delimitation|sovereignty)$/.test(
			t.lower
		)
	);
}

/**
 * Whether forces or a base are kept by consent, named by their state just before ("US forces",
 * "a Chinese base", "Russia's Tartus base"): hosted ("hosts about 54,000 American service
 * members", "hosts French and Japanese bases"), or, a base, standing in a state ("the Chinese
 * base in Djibouti", not "a Russian base in Nicaragua would cross a red line"). Cues of more words
 * ("has troops in", "a military base") say so themselves.
 */
function hostedForces(tokens: Token[], at: number, words: number): boolean {
	const first = tokens[at].lower;
	if (words > 1 && first !== 'service') return true;
	if (!/^\p{Lu}/u.test(tokens[at - 1]?.text ?? '')) return false;
	const from = Math.max(0, at - 8);
	const host = tokens.slice(from, at).findLastIndex((t) => /^host(?:s|ed|ing)?$/.test(t.lower));
	const hosted =
		host >= 0 &&
		!tokens.slice(from + host + 1, at).some((t) => /^(?:;|:|but|which|that)$/.test(t.lower));
	if (hosted) return true;
	const standing = !tokens
		.slice(Math.max(0, at - 4), at)
		.some((t) => /^(?:a|an|no|any|new|proposed|planned|possible)$/.test(t.lower));
	return /^bases?$/.test(first) && standing && /^(?:in|at|on)$/.test(tokens[at + 1]?.lower ?? '');
}

/** The words of a cue's clause: up to the clause mark before it and the comma or mark after it. */
export function clauseOf(tokens: Token[], cue: Cue): Token[] {
	const mark = /^(?:;|:|—|–|\(|\))$/;
	let from = cue.from;
	while (from > 0 && !mark.test(tokens[from - 1].lower)) from--;
	let to = cue.to;
	while (to < tokens.length && !mark.test(tokens[to].lower) && tokens[to].text !== ',') to++;
	return tokens.slice(from, to);
}
