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
	'arms|weapons?|weaponry|munitions?|ammunition|shells?|artillery|missiles?|rockets?|drones?|tanks?|jets?|warplanes?|fighters?|helicopters?|launchers?|rifles?|materiel';
const GOODS = `${ARMS}|oil|crude|gas|lng|coal|fuel|petroleum|diesel|goods|exports?|imports?|grain|wheat|fertili[sz]ers?|components?|chips?|semiconductors?|electronics|machinery|steel|iron|timber|uranium|equipment|supplies|cargo|commodities|products`;
const AID =
	'aid|assistance|humanitarian|relief|donations?|grants?|loans?|credits?|food|rice|vaccines?|medicines?|medical|rescue|tents?|shelters?|blankets|hospitals?|funding|funds|support|troops|soldiers|personnel|mercenaries|advisers|advisors|instructors|peacekeepers';
/** Verbs of supplying: trade unless what was supplied says aid. */
const SUPPLY =
	'suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?|transferr?(?:s|ed|ing)?|smuggl(?:e|es|ed|ing)';
/** Verbs of giving: the type is what was given; given nothing named, no relation. */
const GIVE =
	'provid(?:e|es|ed|ing)|sen[dt]s?|sending|g[ai]ve|giv(?:es|ing)|furnish(?:es|ed|ing)?|dispatch(?:es|ed|ing)?|rush(?:es|ed|ing)|extend(?:s|ed|ing)?|deploy(?:s|ed|ing)?|flew|fl(?:y|ies|ying)|offer(?:s|ed|ing)?';
/** Words around a gift of arms that make it aid rather than a sale. */
export const AID_WORDS =
	/^(?:aid|assistance|packages?|donat(?:e|es|ed|ing|ion|ions)|free|gift|grants?|support|help)$/;

const PATTERNS: CuePattern[] = [
	// Sanctions
	{
		words: w('arms', 'embargo(?:es)?'),
		type: 'sanctions',
		role: 'act',
		oneWay: true,
		formal: false,
		takesObject: false
	},
	{
		words: w('impos(?:e|es|ed|ing)|slapp(?:ed|ing)|levied', '(?:on|against|upon)'),
		type: 'sanctions',
		role: 'act',
		oneWay: true,
		formal: true,
		takesObject: true
	},
	{
		words: w('sanctions?|embargo(?:es)?|blockade'),
		type: 'sanctions',
		role: 'act',
		oneWay: true,
		formal: false,
		takesObject: false
	},
	{
		words: w('asset', 'freezes?'),
		type: 'sanctions',
		role: 'act',
		oneWay: true,
		formal: false,
		takesObject: false
	},
	{
		words: w('travel', 'bans?'),
		type: 'sanctions',
		role: 'act',
		oneWay: true,
		formal: false,
		takesObject: false
	},
	{
		words: w('export', 'controls?'),
		type: 'sanctions',
		role: 'act',
		oneWay: true,
		formal: false,
		takesObject: false
	},
	{
		words: w('sanction(?:s|ed|ing)|blacklist(?:s|ed|ing)?|embargoed'),
		type: 'sanctions',
		role: 'act',
		oneWay: true,
		formal: true,
		takesObject: true
	},
	// Defence pacts
	{
		words: w('(?:mutual|collective)', '(?:defen[cs]e|assistance|security)'),
		type: 'defense-pact',
		role: 'act',
		oneWay: false,
		formal: false,
		takesObject: false
	},
	{
		words: w(
			'(?:defen[cs]e|security|military|mutual-defen[cs]e|mutual-assistance)',
			'(?:pacts?|treat(?:y|ies)|agreements?|accords?|alliances?|guarantees?|deals?)'
		),
		type: 'defense-pact',
		role: 'act',
		oneWay: false,
		formal: false,
		takesObject: false
	},
	{
		words: w(
			'treat(?:y|ies)',
			'on',
			'(?:comprehensive|strategic|mutual|friendship|security|defen[cs]e|military)'
		),
		type: 'defense-pact',
		role: 'act',
		oneWay: false,
		formal: false,
		takesObject: false
	},
	{
		words: w('treat(?:y|ies)', 'of', '(?:friendship|alliance|mutual)'),
		type: 'defense-pact',
		role: 'act',
		oneWay: false,
		formal: false,
		takesObject: false
	},
	{
		words: w('(?:suppliers?|providers?|exporters?)'),
		type: 'trade',
		role: 'act',
		oneWay: true,
		formal: false,
		takesObject: false
	},
	{
		words: w('treat(?:y|ies)'),
		type: 'defense-pact',
		role: 'act',
		oneWay: false,
		formal: false,
		takesObject: false
	},
	{
		words: w('(?:contracts?|deals?)'),
		type: 'given',
		role: 'act',
		oneWay: false,
		formal: false,
		takesObject: false
	},
	{
		words: w('(?:took|taken|takes|take|taking)', 'deliver(?:y|ies)'),
		type: 'trade',
		role: 'receive',
		oneWay: true,
		formal: false,
		takesObject: false
	},
	{
		words: w('(?:strategic|friendship)', '(?:partnership|cooperation)', 'treat(?:y|ies)'),
		type: 'defense-pact',
		role: 'act',
		oneWay: false,
		formal: false,
		takesObject: false
	},
	{
		words: w('alliances?|allies|allied|pacts?|coalitions?'),
		type: 'defense-pact',
		role: 'act',
		oneWay: false,
		formal: false,
		takesObject: false
	},
	{
		words: w('ally'),
		type: 'defense-pact',
		role: 'partner',
		oneWay: false,
		formal: false,
		takesObject: false
	},
	{
		words: w('join(?:s|ed|ing)?|acced(?:e|es|ed|ing)'),
		type: 'defense-pact',
		role: 'join',
		oneWay: false,
		formal: true,
		takesObject: true
	},
	{
		words: w('(?:member|members|membership)'),
		type: 'defense-pact',
		role: 'join',
		oneWay: false,
		formal: false,
		takesObject: false
	},
	// Trade
	{
		words: w('trad(?:e|ing)', 'partners?'),
		type: 'trade',
		role: 'partner',
		oneWay: false,
		formal: false,
		takesObject: false
	},
	{
		words: w('(?:bilateral|two-way|cross-border|border)', 'trade'),
		type: 'trade',
		role: 'act',
		oneWay: false,
		formal: false,
		takesObject: false
	},
	{
		words: w('trade[sd]?|trading'),
		type: 'trade',
		role: 'act',
		oneWay: false,
		formal: false,
		takesObject: false
	},
	{
		words: w(
			'arms',
			'(?:sales?|deals?|transfers?|shipments?|deliveries|exports?|supplies|trade|trafficking)'
		),
		type: 'arms',
		role: 'act',
		oneWay: true,
		formal: false,
		takesObject: false
	},
	{
		words: w('(?:sold|sells?|selling|exports?|exported|exporting)'),
		type: 'trade',
		role: 'act',
		oneWay: true,
		formal: false,
		takesObject: true
	},
	{
		words: w(
			'(?:bought|buys?|buying|purchas(?:e|es|ed|ing)|imports?|imported|importing|acquir(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|gets?|got|getting|buyers?|importers?)'
		),
		type: 'trade',
		role: 'receive',
		oneWay: true,
		formal: false,
		takesObject: false
	},
	{
		words: [
			/^(?:armed|arming|arms)$/,
			/^(?!forces|groups?|men|conflicts?|militias?|services|struggle|wing|robbery)/
		],
		type: 'arms',
		role: 'act',
		oneWay: true,
		formal: false,
		takesObject: true
	},
	{
		words: w('(?:deliveries|shipments|sales|transfers|purchases)'),
		type: 'trade',
		role: 'act',
		oneWay: true,
		formal: false,
		takesObject: false
	},
	{
		words: w(SUPPLY),
		type: 'trade',
		role: 'act',
		oneWay: true,
		formal: false,
		takesObject: true
	},
	{
		words: w(GIVE),
		type: 'given',
		role: 'act',
		oneWay: true,
		formal: false,
		takesObject: true
	},
	// Aid
	{
		words: w(
			'(?:donat(?:e|es|ed|ing)|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|bankroll(?:s|ed|ing)?|assist(?:s|ed|ing)?)'
		),
		type: 'aid',
		role: 'act',
		oneWay: true,
		formal: false,
		takesObject: true
	},
	{
		words: w('(?:aid|assistance|donations?|grants?|relief|loans?|credit)'),
		type: 'aid',
		role: 'act',
		oneWay: true,
		formal: false,
		takesObject: false
	},
	{
		words: w('(?:troops|soldiers|advisers|advisors|instructors|mercenaries|personnel)'),
		type: 'aid',
		role: 'act',
		oneWay: true,
		formal: false,
		takesObject: false
	}
];

/** Words near a verb of giving that say what was given, and so the type. */
export function typeOfThings(tokens: Token[], from: number, to: number): string | undefined {
	const aid = new RegExp(`^(?:${AID})$`);
	const arms = new RegExp(`^(?:${ARMS})$`);
	const goods = new RegExp(`^(?:${GOODS})$`);
	for (let i = from; i < Math.min(to, tokens.length); i++) {
		const word = tokens[i].lower;
		if (/^(?:;|—|–|while|but|which|whereas)$/.test(word)) break;
		if (word === ',' && /(?:ing|^it|^they|^which|^who)$/.test(tokens[i + 1]?.lower ?? '')) break;
		if (aid.test(word)) return 'aid';
		if (arms.test(word) || (word === 'military' && tokens[i + 1]?.lower === 'equipment'))
			return 'arms';
		if (goods.test(word)) return 'trade';
	}
	return undefined;
}

/** Words before "supplies" that make it a noun: "medical supplies", "the supplies". */
const BEFORE_NOUN =
	/^(?:the|a|its|their|of|and|medical|relief|food|military|arms|oil|gas|energy|water|emergency|humanitarian|fuel|new|further|more|such|these|those|other|critical|vital|essential)$/;

const NOT_PACT_BEFORE =
	/^(?:peace|trade|tax|investment|extradition|nuclear|arms-control|start|border|water|waters|fishing|free-trade|non-proliferation|test-ban|climate|plastics|pandemic|maritime|boundary|commercial|economic|energy)$/;
const NOT_TRADE_AFTER =
	/^(?:ministry|minister|ministers|department|secretary|office|officials?|unions?|representatives?|negotiators?|policy|policies|fair|wars?|deficits?|surplus|body|talks|disputes?|barriers?|restrictions?|routes?)$/;

function isNounPlace(before: Token | undefined): boolean {
	return !!before && BEFORE_NOUN.test(before.lower);
}

/**
 * The relation cues in a sentence's tokens, the graph's own types' first,
 * then longest first, none overlapping.
 */
export function findCues(tokens: Token[], ownTypes: CuePattern[] = []): Cue[] {
	const cues: Cue[] = [];
	for (let i = 0; i < tokens.length; i++) {
		for (const matcher of [...ownTypes, ...PATTERNS]) {
			const { words, ...cue } = matcher;
			const fits = words.every((word, k) => tokens[i + k] && word.test(tokens[i + k].lower));
			if (!fits) continue;
			// "a peace treaty", "the New START treaty": treaties that are no defence pact.
			if (/^treat/.test(tokens[i].lower) && NOT_PACT_BEFORE.test(tokens[i - 1]?.lower ?? ''))
				continue;
			// "its trade ministry", "a trade war": a word about trade, not trade between the two.
			if (/^trad/.test(tokens[i].lower) && NOT_TRADE_AFTER.test(tokens[i + 1]?.lower ?? ''))
				continue;
			// "medical supplies", "the supply of gas": a noun, whose giver is not its subject.
			const noun = /^suppl(?:y|ies)$/.test(tokens[i].lower) && isNounPlace(tokens[i - 1]);
			cues.push({ ...cue, from: i, to: i + words.length, ...(noun && { takesObject: false }) });
			i += words.length - 1;
			break;
		}
	}
	return cues;
}
