import type { Mention } from './find-mentions';
import type { MentionGroup } from './mention-groups';
import { MILITARY_ALLIANCES } from './bodies';
import { asideOpening, ledByPreposition } from './reader-words';
import { possessiveAt, type Token } from './tokens';

/**
 * What the report has named so far, for the words that refer back to it:
 * "it", "both countries", "the bloc". Kept as sentences are read in order.
 */
export interface Discourse {
	/** The actors that opened the last sentence that named any: its subject. */
	subject: string[];
	/** Every actor named, the most recent last. */
	recent: string[];
	/** The states named together in a list of three or more ("Estonia, Latvia and Lithuania"), the most recent last. */
	lists?: string[][];
	/** The state whose capital the report's dateline names: "MOSCOW, July 25 —". */
	dateline?: string;
	/** The state of the dateline where the lead names it and no other state: what the report is about. */
	lead?: string;
	/** Bodies and states, to tell "the bloc" and "the country" apart. */
	kindOf: (key: string) => 'state' | 'body';
	/** The last year that is history to the report (see non-relation-cues.ts). */
	history?: number;
}

/** States by what reports call them: "the kingdom" in a report about Saudi Arabia and the United States. */
const MONARCHIES: Record<string, Set<string>> = {
	kingdom: new Set(
		// Brunei, a sultanate, is a kingdom to many reports.
		'SAU JOR MAR GBR ESP NLD BEL DNK NOR SWE THA KHM BHR BTN LSO SWZ TON BRN'.split(' ')
	),
	emirate: new Set(['QAT', 'KWT', 'ARE']),
	sultanate: new Set(['OMN', 'BRN'])
};

const BLOCS = new Set(['EU', 'ASEAN', 'AU', 'ECOWAS', 'GCC', 'SCO', 'OAS', 'G7']);
const AGENCIES = new Set(['WFP', 'IAEA', 'UNICEF', 'WHO', 'FAO', 'UNHCR']);

/** How much more often the state a report is clearly about is named than the next. */
const LEAD = 1.5;

/**
 * The state the report is most about so far: "the junta", "the regime";
 * `clearly`: only where it is named well ahead of any other.
 */
export function topicState(
	discourse: Discourse,
	before: Mention[],
	clearly = false,
	fits: (key: string) => boolean = () => true
): string[] | undefined {
	const here = new Set(before.map((mention) => mention.key));
	const [top, next] = statesByMention(discourse, (key) => !here.has(key) && fits(key));
	if (clearly && next && top.count < next.count * LEAD) return undefined;
	return top && [top.key];
}

/**
 * The states the report has named that `fits` takes, the most named first (named as often: the
 * one named last), each with how often and where it was last named.
 */
function statesByMention(discourse: Discourse, fits: (key: string) => boolean) {
	const counts = new Map<string, { key: string; count: number; last: number }>();
	discourse.recent.forEach((key, at) => {
		if (discourse.kindOf(key) === 'state' && fits(key))
			counts.set(key, { key, count: (counts.get(key)?.count ?? 0) + 1, last: at });
	});
	return [...counts.values()].sort((a, b) => b.count - a.count || b.last - a.last);
}

/**
 * The state a report is about, for a tie the sentence names only one party of:
 * the state of its dateline where the report names it too (a bureau may report
 * on its region: "MEXICO CITY —" over a story about Nicaragua), else the one it
 * names well ahead of any other.
 */
export function reportState(discourse: Discourse, before: Mention[]): string | undefined {
	return filedFrom(discourse) ?? topicState(discourse, before, true)?.[0];
}

/** The state whose capital the report's dateline names, where the report names the state too. */
export function filedFrom(discourse: Discourse): string | undefined {
	const { dateline } = discourse;
	return dateline && discourse.recent.includes(dateline) ? dateline : undefined;
}

type Resolver = (
	discourse: Discourse,
	before: Mention[],
	previous?: Token,
	tokens?: Token[]
) => string[] | undefined;

const lastOf = (discourse: Discourse, test: (key: string) => boolean, count = 1) => {
	const found: string[] = [];
	for (let i = discourse.recent.length - 1; i >= 0 && found.length < count; i--) {
		const key = discourse.recent[i];
		if (test(key) && !found.includes(key)) found.push(key);
	}
	return found.length === count ? found.reverse() : undefined;
};

/**
 * "both countries", "the neighbours": the two states the report has named most ("Kyrgyzstan and
 * Tajikistan …; Iran opened a plant in Dushanbe. China, the largest creditor of both countries"),
 * in the order they were last named.
 */
function twoMostNamed(discourse: Discourse): string[] | undefined {
	const top = statesByMention(discourse, () => true).slice(0, 2);
	return top.length === 2 ? top.sort((a, b) => a.last - b.last).map(({ key }) => key) : undefined;
}

/** The last body that passes `test` named earlier in this sentence ("Cyprus, an EU member, applies the bloc's sanctions"), else before. */
function lastNamed(discourse: Discourse, before: Mention[], test: (key: string) => boolean) {
	const here = before.findLast((mention) => mention.form !== 'reference' && test(mention.key));
	return here ? [here.key] : lastOf(discourse, test);
}

/** The state that opens the sentence: "North Korea's ministry said the country had never…". */
function subjectState(discourse: Discourse, before: Mention[]) {
	const first = before[0];
	return first && first.from <= 1 && discourse.kindOf(first.key) === 'state'
		? [first.key]
		: undefined;
}

/** The nearest state named before in the same sentence. */
function stateBefore(discourse: Discourse, before: Mention[]) {
	const state = before.filter((mention) => discourse.kindOf(mention.key) === 'state').at(-1);
	return state && [state.key];
}

/** The actor named just before a comma: "QatarEnergy, the emirate's …", "China, its …". */
function namedBeforeComma(before: Mention[], previous?: Token): Mention | undefined {
	const last = before.at(-1);
	if (previous?.text !== ',' || !last || last.possessive) return undefined;
	return previous.start - last.end <= 1 ? last : undefined;
}

/** "QatarEnergy, the emirate's state producer": the state named just before the comma. */
function appositive(discourse: Discourse, before: Mention[], previous?: Token) {
	const named = namedBeforeComma(before, previous);
	return named && discourse.kindOf(named.key) === 'state' ? [named.key] : undefined;
}

/** The sentence's first actor, where it is one of those `fits` takes: the subject a later clause speaks of. */
function sentenceSubject(before: Mention[], fits: (key: string) => boolean, previous?: Token) {
	const [first, second] = before;
	// "Denmark said it would stop approving licences for the kingdom", "Denmark and Finland said
	// …": the subject acts on another, and one of a list is not what the others call the kingdom.
	const object = previous !== undefined && OBJECT_BEFORE.test(previous.lower);
	const listed = second !== undefined && second.from <= first.to + 1;
	return first && fits(first.key) && !object && !listed ? [first.key] : undefined;
}

/**
 * "Jordan … has been offered no such relief, and Saudi Arabia cut off oil deliveries to the
 * kingdom": what a clause acts on, where the sentence has named one that fits besides the
 * clause's own subject.
 */
function actedOn(
	before: Mention[],
	fits: (key: string) => boolean,
	previous: Token | undefined,
	tokens: Token[]
) {
	if (previous === undefined || !OBJECT_BEFORE.test(previous.lower)) return undefined;
	const actor = before.findLastIndex(
		(mention) => !mention.possessive && !ledByPreposition(tokens, mention.from)
	);
	// The actor, with those listed with it: "Denmark and Finland said … for the kingdom".
	const acting = saidOf(before.slice(0, actor + 1), tokens);
	const fitting = new Set(
		before.filter((mention) => fits(mention.key) && !acting.includes(mention.key)).map((m) => m.key)
	);
	return fitting.size === 1 ? [...fitting] : undefined;
}

/** Words before "the kingdom" that make it what a clause acts on, not who acts. */
const OBJECT_BEFORE = /^(?:for|to|on|against|with|from|into|toward|towards|at)$/;

/**
 * "Ugandan troops … in South Sudan, under an agreement between the two
 * countries": the last two states this sentence has named before the words.
 */
function twoNamedBefore(discourse: Discourse, before: Mention[]) {
	const states: string[] = [];
	for (const { key } of [...before].reverse()) {
		if (discourse.kindOf(key) === 'state' && !states.includes(key)) states.push(key);
		if (states.length === 2) return states.reverse();
	}
	return undefined;
}

/** "China, its biggest creditor,": "its" just after a name and a comma means another state. */
const itsResolver: Resolver = (discourse, before, previous, tokens) => {
	const named = namedBeforeComma(before, previous);
	if (named) {
		const other = before.filter((mention) => mention.key !== named.key).at(-1)?.key;
		const subject = discourse.subject.length === 1 ? discourse.subject[0] : undefined;
		const meant =
			other ?? (subject !== named.key ? subject : undefined) ?? topicState(discourse, before)?.[0];
		if (meant) return [meant];
	}
	return itResolver(discourse, before, previous, tokens);
};

/** "Qatar sells it liquefied natural gas": "it" after a verb of giving is given to, not the giver. */
const givenTo: Resolver = (discourse, before, previous) => {
	if (!GIVING_TO.test(previous?.lower ?? '')) return undefined;
	const seller = before.at(-1)?.key;
	const other = before.filter((mention) => mention.key !== seller).at(-1);
	if (other) return [other.key];
	// Else the last sentence's subject ("Pakistan has looked elsewhere. Qatar sells it gas"),
	// else the state the report is about.
	const last = discourse.subject;
	if (last.length === 1 && last[0] !== seller && discourse.kindOf(last[0]) === 'state') return last;
	return topicState(
		discourse,
		before.filter((mention) => mention.key === seller)
	);
};

const GIVING_TO =
	/^(?:sells|sold|gives|gave|sends|sent|supplies|supplied|lends|lent|offers|offered|owes|grants|granted|provides|provided)$/;

/**
 * "Unlike neighbouring Croatia and Montenegro, which apply …, it has refused": the states a
 * sentence opens by setting apart are not what "it" stands for.
 */
function notContrasted(before: Mention[], tokens: Token[]): Mention[] {
	if (tokens[0]?.lower !== 'unlike') return before;
	const comma = tokens.findIndex((token) => token.text === ',');
	const apart = new Set(
		before.filter((mention) => comma < 0 || mention.to <= comma).map((mention) => mention.key)
	);
	return before.filter((mention) => !apart.has(mention.key));
}

/** Whether a word stands in a relative clause not yet closed: ", which apply … against Russia". */
function inRelativeClause(tokens: Token[], at: number): boolean {
	const opens = tokens.findLastIndex(
		(token, k) => k < at && /^(?:which|who|that)$/.test(token.lower)
	);
	return opens >= 0 && !tokens.slice(opens, at).some((token) => token.text === ',');
}

/** Whether token `at` stands in ", which …," (or "who") closed before token `before`. */
function inClosedAside(tokens: Token[], at: number, before: number): boolean {
	const opens = tokens.findLastIndex(
		(token, k) => k < at && token.text === ',' && /^(?:which|who)$/.test(tokens[k + 1]?.lower ?? '')
	);
	if (opens < 0 || tokens.slice(opens + 1, at).some((token) => token.text === ',')) return false;
	const closes = tokens.findIndex((token, k) => k > at && token.text === ',');
	return closes > 0 && closes < before;
}

/** Words that open a clause, after which "it" is the subject's. */
const OPENS_CLAUSE = /^(?:,|and|but|although|though|while|because|as|that|said|says|saying|since)$/;
/** A short time said before the verb: "…, and in 2022 it sent", "and last year it signed". */
const WHEN =
	/^(?:in|on|by|last|this|next|early|late|later|then|year|month|week|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})$/;

/** "it", "its": the subject of this sentence, if it came before, or of the last. */
const itResolver: Resolver = (discourse, named, previous, tokens = []) => {
	const before = notContrasted(named, tokens);
	if (before.length < named.length) {
		// Else the state that acts in the sentence, or the last sentence's.
		const main = before.find(
			(mention) =>
				discourse.kindOf(mention.key) === 'state' &&
				!mention.possessive &&
				!ledByPreposition(tokens, mention.from) &&
				!inRelativeClause(tokens, mention.from)
		);
		if (main) return [main.key];
		const last = discourse.subject;
		if (last.length === 1 && !named.some((mention) => mention.key === last[0])) return last;
	}
	let opener = previous ? tokens.indexOf(previous) : -1;
	for (let k = 0; k < 4 && opener > 0 && WHEN.test(tokens[opener].lower); k++) opener--;
	const opensClause =
		!previous ||
		OPENS_CLAUSE.test(previous.lower) ||
		(opener >= 0 && tokens[opener] !== previous && OPENS_CLAUSE.test(tokens[opener].lower));
	// "Qatar said …, while the Emirates said it had set up an air bridge": the one who said it.
	const speaker = speakerBefore(before, previous, tokens);
	if (speaker && !speaker.possessive) return [speaker.key];
	const subject = before[0];
	// "Latvia relies on NATO, which it joined in 2004": not the one "which" stands for, but the subject.
	const at = previous ? tokens.indexOf(previous) : -1;
	// So "Bangladesh, with which it has had a trade agreement".
	const relative =
		tokens[at - 1]?.text === ',' ||
		(/^(?:with|to|from|on|of)$/.test(tokens[at - 1]?.lower ?? '') && tokens[at - 2]?.text === ',');
	if (previous?.lower === 'which' && relative) {
		// The one "which" stands for, where named just before it: not "Bolivia's fortunes depend far
		// more on natural gas, which it pipes to Brazil".
		const named = before.at(-1);
		const antecedent = named && named.to >= at - 3 ? named : undefined;
		const state = before.find(
			(mention) => mention.key !== antecedent?.key && discourse.kindOf(mention.key) === 'state'
		);
		if (state) return [state.key];
		const last = discourse.subject;
		if (last.length === 1 && last[0] !== antecedent?.key) return last;
	}
	// "Reykjavik's support for Ukraine is financial: it has paid for": the owner of the subject.
	const afterColon = /^(?::|;)$/.test(previous?.text ?? '');
	if (
		afterColon &&
		subject?.possessive &&
		subject.from === 0 &&
		discourse.kindOf(subject.key) === 'state'
	)
		return [subject.key];
	// "Egypt has received $1.3 billion …, making it one of the largest recipients": the subject.
	const madeSo = /^(?:making|leaving|keeping|turning|rendering)$/.test(previous?.lower ?? '');
	if (
		(opensClause || madeSo) &&
		subject &&
		!subject.possessive &&
		discourse.kindOf(subject.key) === 'state'
	) {
		return [subject.key];
	}
	// "the United States remains its largest source", "China is one of its main suppliers": "its"
	// is not the one it is said of.
	const copula = copulaBefore(tokens, previous);
	if (copula >= 0) {
		// The one it is said of: named before the copula ("The EU is the island's largest foreign
		// investor and one of its main trading partners").
		const named = before.filter((mention) => mention.to <= copula);
		const said = saidOf(named.length > 0 ? named : before, tokens);
		const others = before.filter((mention) => !said.includes(mention.key));
		// "Its association agreement with the EU …, and France and Spain remain its largest
		// customers": the owner the sentence opens with, else the last named.
		const opener = others.find((mention) => mention.from === 0 && mention.possessive);
		const other = opener ?? others.at(-1);
		if (other) return [other.key];
		// "Brazil is its second-largest export market": the last sentence's subject, else the report's state.
		const last = discourse.subject;
		if (last.length === 1 && !said.includes(last[0]) && discourse.kindOf(last[0]) === 'state')
			return last;
		const about = topicState(discourse, before);
		if (about) return about;
	}
	// "a NATO member that … its": a name used as an adjective is no antecedent; nor one in an aside
	// already closed ("Georgia, which hopes to join NATO, has had its battalions trained").
	const antecedents = before.filter(
		(mention) =>
			!/^(?:a|an)$/.test(tokens[mention.from - 1]?.lower ?? '') &&
			!inClosedAside(tokens, mention.from, at)
	);
	const nearest = antecedents.filter((mention) => !mention.possessive).at(-1) ?? antecedents.at(-1);
	if (nearest) return [nearest.key];
	// "The defence ministry confirmed that it had handed Kyiv …": a ministry of no state named, the
	// report's own.
	const ministry =
		tokens[0]?.lower === 'the' &&
		tokens.slice(1, 4).some((t) => /^(?:ministry|government|cabinet|presidency)$/.test(t.lower));
	const own = ministry ? reportState(discourse, before) : undefined;
	if (own) return [own];
	return discourse.subject.length === 1 ? discourse.subject : undefined;
};

/**
 * The ones a copula is said of: the last named before it, with those listed with it ("France
 * and Spain remain"); else the last named in the sentence.
 */
function saidOf(before: Mention[], tokens: Token[]): string[] {
	const last = before.at(-1);
	if (!last) return [];
	const said = [last];
	for (let k = before.length - 2; k >= 0; k--) {
		const between = tokens.slice(before[k].to, said[0].from);
		if (!between.every((token) => /^(?:,|and|the)$/.test(token.lower))) break;
		said.unshift(before[k]);
	}
	return said.map((mention) => mention.key);
}

const COPULA = /^(?:is|are|was|were|remain|remains|remained|become|became|becomes|been)$/;

/** Words between a copula and "its" that say what the subject is to it: "the largest market for". */
const SAID_OF =
	/^(?:one|of|among|also|still|now|the|a|an|largest|biggest|main|top|leading|major|second-largest|third-largest|key|chief|principal|single|markets?|buyers?|customers?|destinations?|outlets?|sources?|suppliers?|partners?|for)$/;

/** Where the copula stands that the word before follows ("is", "is one of", "remains the largest market for"); -1 where none. */
function copulaBefore(tokens: Token[], previous: Token | undefined): number {
	let at = previous ? tokens.indexOf(previous) : -1;
	for (let k = 0; k < 6 && at > 0 && SAID_OF.test(tokens[at].lower); k++) at--;
	// "The EU is the island's largest foreign investor and one of its main trading partners": a
	// second thing the subject is, after "and".
	if (tokens[at]?.lower === 'and') {
		for (let k = at - 1; k >= Math.max(0, at - 10); k--) {
			if (/^(?:,|;|:|\.)$/.test(tokens[k].text)) return -1;
			if (COPULA.test(tokens[k].lower)) return k;
		}
	}
	return at >= 0 && COPULA.test(tokens[at].lower) ? at : -1;
}

const SPEECH_VERB = /^(?:said|says|saying|told|announced|added|stated)$/;

/**
 * "the Emirates said it", "Tokyo, co-chair of the committee, announced in 2024 that it": the one
 * named just before the verb of saying that "it" follows, past an aside between commas.
 */
function speakerBefore(before: Mention[], previous: Token | undefined, tokens: Token[]) {
	const at = previous ? tokens.indexOf(previous) : -1;
	if (at < 0) return undefined;
	const verb =
		previous!.lower === 'that'
			? tokens.findLastIndex((t, k) => k < at && k >= at - 4 && SPEECH_VERB.test(t.lower))
			: SPEECH_VERB.test(previous!.lower)
				? at
				: -1;
	if (verb < 0) return undefined;
	const named = before.findLast((mention) => mention.to <= verb);
	if (!named) return undefined;
	return verb - named.to <= 2 || asideOpening(tokens, verb) === named.to ? named : undefined;
}

/** What a report calls a state it has named: "the country", "the nation". */
const COUNTRY = /^(?:country|nation)$/;
/** What it calls an island state: "the islands", "the archipelago". */
const ISLANDS = /^(?:island|islands|archipelago)$/;
/** States on islands of their own, which reports call "the island" or "the islands". */
const ISLAND_STATES = new Set(
	(
		'ATG BHS BRB CPV COM CUB CYP DMA DOM FJI GRD HTI ISL IDN IRL JAM JPN KIR MDG MDV MLT MHL MUS ' +
		'FSM NRU NZL PLW PNG PHL KNA LCA VCT WSM STP SYC SGP SLB LKA TON TTO TUV VUT BHR TWN COK NIU TLS'
	).split(' ')
);
/** Words that describe it: "the Central Asian country", "the landlocked nation". */
const DESCRIPTOR =
	/^(?:central|asian|african|european|american|latin|arab|east|west|north|south|southern|northern|eastern|western|southeast|south-east|gulf|pacific|caribbean|balkan|baltic|nordic|andean|himalayan|mediterranean|sahel|sahelian|alpine|island|landlocked|oil-rich|gas-rich|resource-rich|mineral-rich|impoverished|small|tiny|poor|coastal|neighbouring|neighboring|war-torn|cash-strapped|indebted)$/;

/** The state a report is filed from, where the sentence has not named it: the dateline's. */
function filedFromHere(d: Discourse, before: Mention[], fits: (key: string) => boolean) {
	const filed = filedFrom(d);
	return filed && fits(filed) && !before.some((mention) => mention.key === filed)
		? [filed]
		: undefined;
}

/**
 * "the country": the subject after "said" or "and", else another state than
 * the subject; of those, one that `fits` the word where one does.
 */
const countryResolver =
	(fits: (key: string) => boolean = () => true): Resolver =>
	(d, before, previous, tokens = []) => {
		const here = new Set(before.map((mention) => mention.key));
		const state = (k: string) => d.kindOf(k) === 'state';
		const elsewhere = () =>
			lastOf(d, (k) => state(k) && !here.has(k) && fits(k)) ??
			lastOf(d, (k) => state(k) && !here.has(k));
		const fitting = before.filter((mention) => fits(mention.key));
		// "…said the country had never": the subject; "…sent oil to the island": not the sender.
		// "China, the country's largest bilateral creditor,": an appositive of one state, owned by
		// another, the state the report is about.
		const at = previous ? tokens.indexOf(previous) : -1;
		const owned = namedBeforeComma(before, previous);
		if (owned && at >= 0 && possessiveAt(tokens, at + 3)) {
			const others = (key: string) => key !== owned.key && fits(key);
			const filed = filedFromHere(d, before, others);
			return filed ?? topicState(d, [owned], true, others);
		}
		if (/^(?:that|said|says|saying|,|and|but)$/.test(previous?.lower ?? '')) {
			// Where the sentence names no state before it ("Magufuli has clashed with the buyers of
			// cashew nuts, the country's leading cash crop"), the state the report is clearly about.
			return (
				subjectState(d, before) ??
				stateBefore(d, fitting) ??
				(fitting.length === 0 ? filedFromHere(d, before, fits) : undefined) ??
				elsewhere()
			);
		}
		// "The country belongs to…", opening a sentence, "troops remain in the country": the state
		// the report is about.
		if (!previous || /^(?:in|inside|across|throughout)$/.test(previous.lower))
			return topicState(d, before, false, fits) ?? elsewhere();
		// Not the subject of its clause ("…, and Brussels has earmarked €920 million for the country").
		const opener = /^(?:,|and|but|while|;|—|–|after|as|when|which)$/;
		// Else the first no preposition leads to: "…travel to Cuba, tightening the embargo the United
		// States has kept on the island" (the United States, so the island is Cuba).
		const subject =
			before.findLast((mention) => opener.test(tokens[mention.from - 1]?.lower ?? '')) ??
			before.find((mention) => !ledByPreposition(tokens, mention.from)) ??
			before[0];
		const others = fitting.filter((mention) => mention.key !== subject?.key);
		// The sentence's own subject, where it fits and the word stands in a clause of another's
		// ("It restored ties with Taipei in 2007, after which China … wound down its projects on
		// the island"), or of no actor's ("Grenada switched …, months after Hurricane Ivan flattened
		// much of the island").
		const main = before[0];
		const mainFits =
			main &&
			state(main.key) &&
			fits(main.key) &&
			!main.possessive &&
			!ledByPreposition(tokens, main.from);
		if (mainFits && main.key !== subject?.key && others.some((m) => m.key === main.key))
			return [main.key];
		const sub = tokens.findLastIndex((t, k) => k < at && SUBORDINATE.test(t.lower));
		if (mainFits && sub > main.to && !before.some((mention) => mention.from > sub))
			return [main.key];
		// Named, before a demonym: "Chinese goods reach Paraguay, … to Brazilian shoppers, making China
		// the country's leading source".
		const named = others.filter((mention) => mention.form !== 'demonym');
		const notSubject = named.length > 0 ? named : others;
		// Of those, the one the report is about ("Albania applies the EU's sanctions on Russia …").
		const candidates = new Set(notSubject.map((mention) => mention.key));
		const about =
			candidates.size > 1 ? topicState(d, [], true, (key) => candidates.has(key)) : undefined;
		// No other: "Mauritania has become…, after Brussels committed €210 million to the West
		// African country" (the subject of the sentence, not of the gift's clause).
		return (
			about ??
			stateBefore(d, notSubject) ??
			(fitting.length === 0
				? (filedFromHere(d, before, fits) ?? topicState(d, before, true, fits))
				: undefined) ??
			elsewhere() ??
			stateBefore(d, fitting)
		);
	};

/** Words that open a clause of its own within a sentence: "…, months after Hurricane Ivan". */
const SUBORDINATE = /^(?:after|when|since|because|before|until|while|as|although|though)$/;

/** What kind of government it is: "the military-backed government", "the interim authorities". */
const KIND_OF_GOVERNMENT =
	/^(?:military-backed|army-backed|military|interim|transitional|ruling|de-facto|coup|junta-led|military-led|civilian)$/;

/** What states listed together are called: "the five countries", "the three republics". */
const GROUP_OF_STATES =
	/^(?:countries|governments|states|nations|neighbou?rs|capitals|republics|partners)$/;
/** Words that describe them: "the five Central Asian republics", "the five partner countries". */
const PEERS =
	/^(?:central|asian|african|european|baltic|nordic|gulf|arab|caucasus|caucasian|pacific|caribbean|balkan|andean|sahel|sahelian|partner|member|neighbouring|neighboring|former|soviet|post-soviet|island|coastal|landlocked)$/;

/** The states reports call "the Asian giant". */
const ASIAN_GIANTS = new Set(['CHN', 'IND', 'JPN']);

const REFERENCES: [RegExp[], Resolver][] = [
	// "the two countries": the last two states named.
	[
		[/^the$/, /^two$/, /^(?:countries|sides|governments|states|neighbou?rs|capitals|allies)$/],
		(d, before) => twoNamedBefore(d, before) ?? lastOf(d, (k) => d.kindOf(k) === 'state', 2)
	],
	// "all three countries", "the four states": the last three or four states named in one list.
	// "the five Central Asian republics", "the five partner countries": with the words that describe them.
	...Object.entries({ three: 3, four: 4, five: 5 }).flatMap(([word, count]) =>
		[[], [PEERS], [PEERS, PEERS]].map((between): [RegExp[], Resolver] => [
			[/^(?:the|all|these|those)$/, new RegExp(`^${word}$`), ...between, GROUP_OF_STATES],
			(d) => d.lists?.findLast((list) => list.length === count)
		])
	),
	// "both countries": the two the report is about.
	[
		[/^both$/, /^(?:countries|sides|governments|states|neighbou?rs|capitals)$/],
		(d, before) => twoNamedBefore(d, before) ?? twoMostNamed(d)
	],
	// "The neighbours also signed": the two states the report is about.
	[[/^the$/, /^neighbou?rs$/], twoMostNamed],
	[[/^the$/, /^bloc$/], (d, before) => lastNamed(d, before, (k) => BLOCS.has(k))],
	// "Kazakhstan is among the Union's principal suppliers": the European Union, where it was named.
	[[/^the$/, /^union$/], (d) => lastOf(d, (k) => k === 'EU')],
	[[/^the$/, /^alliance$/], (d) => lastOf(d, (k) => MILITARY_ALLIANCES.has(k))],
	[[/^the$/, /^council$/], (d) => lastOf(d, (k) => k === 'UN')],
	...Object.entries(MONARCHIES).map(([title, states]): [RegExp[], Resolver] => [
		[/^the$/, new RegExp(`^${title}$`)],
		// "the kingdom": the one named just before it, else the one named earlier in the sentence
		// ("Riyadh placed a deposit …, and in August the kingdom announced"), else the kingdom the
		// report is most about, else the one the sentence has named ("buyer of Omani crude … the
		// sultanate's gas").
		(d, before, previous, tokens = []) =>
			appositive(d, before, previous) ??
			actedOn(before, (key) => states.has(key), previous, tokens) ??
			sentenceSubject(before, (key) => states.has(key), previous) ??
			topicState(d, before, false, (key) => states.has(key)) ??
			lastNamed(d, before, (key) => states.has(key)) ??
			topicState(d, before)
	]),
	// "the military-backed government", "the interim authorities": with what kind of government it is.
	...[[], [KIND_OF_GOVERNMENT]].map((kind): [RegExp[], Resolver] => [
		[/^the$/, ...kind, /^(?:junta|regime|republic|government|authorities)$/],
		// Not "the government in Damascus": the capital after it names the state.
		(d, before, previous, tokens = []) => {
			const at = previous ? tokens.indexOf(previous) + 3 + kind.length : 2 + kind.length;
			if (tokens[at]?.lower === 'in' && /^\p{Lu}/u.test(tokens[at + 1]?.text ?? ''))
				return undefined;
			// The state the report is filed from, where it names it, before the one it names most.
			const filed = filedFrom(d);
			const own = filed && !before.some((mention) => mention.key === filed) ? [filed] : undefined;
			// "When Russia launched its invasion of Ukraine, the government aligned itself": a clause's
			// subject after a name led by a preposition, not that name's government.
			const named = namedBeforeComma(before, previous);
			const led =
				named &&
				/^(?:of|in|to|from|on|against|with|into)$/.test(tokens[named.from - 1]?.lower ?? '');
			return (led ? undefined : appositive(d, before, previous)) ?? own ?? topicState(d, before);
		}
	]),
	[[/^the$/, /^agency$/], (d) => lastOf(d, (k) => AGENCIES.has(k))],
	[[/^the$/, /^fund$/], (d) => lastOf(d, (k) => k === 'IMF')],
	// "the State Department said … On the same day the department approved": a US department.
	[[/^the$/, /^department$/], (d) => lastOf(d, (k) => k === 'USA')],
	[[/^the$/, /^bank$/], (d) => lastOf(d, (k) => k === 'WB')],
	[
		[/^(?:his|her|their|its)$/, /^(?:government|delegation|administration)$/],
		(_, before) => before.at(-1) && [before.at(-1)!.key]
	],
	[[/^the$/, ISLANDS], countryResolver((key) => ISLAND_STATES.has(key))],
	[[/^the$/, COUNTRY], countryResolver()],
	[[/^the$/, DESCRIPTOR, COUNTRY], countryResolver()],
	[[/^the$/, DESCRIPTOR, DESCRIPTOR, COUNTRY], countryResolver()],
	[[/^the$/, /^north$/], (d) => lastOf(d, (k) => k === 'PRK')],
	// "the food and medicine that has reached the Strip": Gaza, where Palestine was named.
	[[/^the$/, /^strip$/], (d) => lastOf(d, (k) => k === 'PSE')],
	// "That market is China. The Asian giant buys roughly 40 per cent of Chilean exports".
	[
		[/^the$/, /^asian$/, /^(?:giant|powerhouse|superpower)$/],
		(d, before) => lastNamed(d, before, (k) => ASIAN_GIANTS.has(k))
	],
	[[/^(?:his|her|their|our)$/, /^country$/], (_, before) => before.at(-1) && [before.at(-1)!.key]],
	// "Spain traded goods … with its southern neighbour": another state than the one "its" stands
	// for, the one the report is clearly about.
	...[
		[],
		[/^(?:southern|northern|eastern|western|larger|smaller|bigger|giant|powerful|poorer|richer)$/]
	].map((adjective): [RegExp[], Resolver] => [
		[/^its$/, ...adjective, /^neighbou?r$/],
		(d, before, previous, tokens) => {
			// Not the one "its" stands for, the state named last before it.
			const owner = before.filter((mention) => d.kindOf(mention.key) === 'state').at(-1);
			return topicState(d, owner ? [owner] : [], true) ?? itsResolver(d, before, previous, tokens);
		}
	]),
	[[/^its$/], itsResolver],
	[
		[/^it$/],
		(d, before, previous, tokens = []) =>
			partOfAThing(tokens, previous)
				? undefined
				: (givenTo(d, before, previous) ?? itResolver(d, before, previous, tokens))
	],
	// "Saudi Arabia, the UAE, Bahrain and Egypt … closed their links": the list that opens the
	// sentence, else the last sentence's subject of two or more.
	[
		[/^(?:they|their)$/],
		(d, before, _, tokens = []) =>
			openingList(before, tokens) ?? (d.subject.length >= 2 ? d.subject : undefined)
	]
];

/** "Coal, most of it shipped to India": "it" as a share of a thing, not a state. */
function partOfAThing(tokens: Token[], previous?: Token): boolean {
	if (previous?.lower !== 'of') return false;
	const share = tokens[tokens.indexOf(previous) - 1]?.lower ?? '';
	return /^(?:most|much|some|all|part|half|none|any|little|bulk|share|rest|majority)$/.test(share);
}

/** The actors listed at the sentence's opening as its subject: "Saudi Arabia, the UAE and Egypt". */
function openingList(before: Mention[], tokens: Token[]): string[] | undefined {
	const [first] = before;
	if (!first || ledByPreposition(tokens, first.from) || first.possessive) return undefined;
	const keys = [first.key];
	for (let k = 1; k < before.length; k++) {
		const between = tokens.slice(before[k - 1].to, before[k].from);
		if (between.length === 0 || !between.every((t) => /^(?:,|and|the)$/.test(t.lower))) break;
		keys.push(before[k].key);
	}
	return new Set(keys).size >= 2 ? [...new Set(keys)] : undefined;
}

/**
 * Mentions of actors by words that refer back to them, among the sentence's
 * named mentions, in order. Each takes the actors the discourse says it
 * means; a word with no clear antecedent is left alone.
 */
export function findReferences(tokens: Token[], named: Mention[], discourse: Discourse): Mention[] {
	const all = [...named];
	for (let from = 0; from < tokens.length; from++) {
		if (named.some((mention) => mention.from <= from && from < mention.to)) continue;
		for (const [words, resolve] of REFERENCES) {
			if (!words.every((word, k) => tokens[from + k] && word.test(tokens[from + k].lower)))
				continue;
			const to = from + words.length;
			const keys = resolve(
				discourse,
				// In the text's order: a word found earlier may stand before the names.
				all.filter((mention) => mention.to <= from).sort((a, b) => a.from - b.from),
				tokens[from - 1],
				tokens
			);
			if (!keys) break;
			// "its" owns what follows; "its neighbour" owns nothing unless "'s" follows.
			const possessive =
				(to - from === 1 && /^(?:its|their)$/.test(tokens[from].lower)) || possessiveAt(tokens, to);
			for (const key of keys) {
				all.push({
					key,
					form: 'reference',
					from,
					to,
					start: tokens[from].start,
					end: tokens[to - 1].end,
					possessive
				});
			}
			from = to - 1;
			break;
		}
	}
	return all.sort((a, b) => a.from - b.from);
}

/** Words that open a phrase before a sentence's subject: "Cut off from American hardware, …". */
const OPENING =
	/^(?:\p{Ll}+ed|in|on|at|after|before|since|unlike|like|despite|with|for|under|as|while|following|amid|by|cut|hit|once|when|to)$/iu;

/**
 * "Cut off from American hardware, Pakistan has turned elsewhere": the subject named just after
 * the phrase the sentence opens with, not the name within it.
 */
function afterOpening(groups: MentionGroup[], tokens: Token[]): MentionGroup | undefined {
	if (!OPENING.test(tokens[0]?.text ?? '')) return undefined;
	const comma = tokens.findIndex((t, k) => k < 14 && t.text === ',');
	if (comma < 0) return undefined;
	const next = comma + (tokens[comma + 1]?.lower === 'the' ? 2 : 1);
	return groups.find((group) => group.from === next && !group.mentions[0].possessive);
}

/** What a sentence adds to the discourse: its subject and the actors it names. */
export function remember(discourse: Discourse, groups: MentionGroup[], tokens: Token[]) {
	if (groups.length === 0) return;
	// "QatarEnergy, the emirate's state producer, has spent": the group opens with its subject.
	// But a state's own that opens the sentence is its subject: "Eswatini's factories still ship
	// clothing to American retailers".
	const subject =
		(groups[0].from <= 1 ? groups[0] : undefined) ??
		afterOpening(groups, tokens) ??
		groups.find((group) => !group.mentions[0].possessive) ??
		groups[0];
	discourse.subject = [...subject.keys];
	// The opening's first name, its dateline or subject, counts as much as three later names.
	// Not where a preposition leads to it: "Search teams from Spain, Britain and Qatar worked".
	const led = ledByPreposition(tokens, groups[0].from);
	const opening = discourse.recent.length === 0 && !led ? groups[0].mentions[0] : undefined;
	if (opening && opening.form !== 'reference') discourse.recent.push(opening.key, opening.key);
	// What the report names, not the words that refer back: "it" does not make a state the topic,
	// but a state called by what it is ("the kingdom", "the islands") is written about.
	for (const group of groups) {
		for (const mention of group.mentions)
			if (mention.form !== 'reference' || mention.to - mention.from >= 2)
				discourse.recent.push(mention.key);
		const states = group.mentions.filter(
			(mention) => mention.form !== 'reference' && discourse.kindOf(mention.key) === 'state'
		);
		const listed = [...new Set(states.map((mention) => mention.key))];
		if (listed.length >= 3) (discourse.lists ??= []).push(listed);
	}
}
