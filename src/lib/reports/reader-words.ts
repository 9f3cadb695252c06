import type { Token } from './tokens';

/**
 * Word classes more than one step of the reader needs: finding the people who
 * speak for a state, gathering names into groups, reading who acts and what
 * status a sentence gives. One list each, so that the steps agree.
 */

/** Titles between a state and the person who speaks or acts for it: "Russian President Vladimir Putin". */
export const TITLE =
	/^(?:leader|supreme|president|prime|minister|foreign|defen[cs]e|deputy|vice|first|chairman|chairwoman|premier|chancellor|king|queen|emir|crown|prince|general|secretary|envoy|ambassador|spokes(?:man|woman|person)|counterpart|head|chief|commander|dictator|strongman|autocrat|ruler|military|top|senior|official|diplomat|the|,)$/i;

/** Verbs by which a party denies: "denied", "dismissed", "refuted". */
export const DENY =
	/^(?:den(?:y|ies|ied|ying)|denials?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|rebuff(?:s|ed)?|repudiat(?:e|es|ed))$/;

/** A verb in the past: "…and hit back", "…, and imposed". */
export const PAST_VERB = /^(?:\p{Ll}+ed|hit|sent|sold|gave|put|cut|set)$/u;

/** What exports under licence need: "new export licences", "permits for arms". */
export const LICENCES = /^(?:licen[cs]es?|permits?)$/;

/** What a government asks for: "at Maputo's request", "at the invitation of". */
export const REQUESTED = /^(?:request|invitation|behest|bidding)$/;

/** Money lent or given, as one pays with it: "with Chinese credit", "the money for the port". */
export const FUNDS =
	/^(?:credits?|loans?|money|funds|funding|financing|finance|grants?|aid|cash|backing)$/;

/** Words that count money: "$5 million", "1 billion euros", "smaller sums". */
export const MONEY = /^(?:[$€£¥]|dollars|euros|pounds|yuan|yen|billion|million|bn|m|sums)$/;

/** Counts as words, as words of a pattern: "eleven Iranian firms", "dozens of officials". */
export const COUNT_WORDS =
	'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens|scores|hundreds|thousands|millions';

/** People a state sends to another as aid, as words of a pattern: "sent troops", "Turkish instructors". */
export const SENT_PEOPLE =
	'troops|soldiers|personnel|advisers|advisors|instructors|mercenaries|contingents|battalions|peacekeepers';

/** Verbs of letting a debt go: "cancelled Haiti's debt", "forgave its loans", "waived the arrears". */
export const DEBT_LET_GO =
	'cancel(?:s|led|ed|ling|ing|lation|ations)?|forg(?:ave|ive|ives|iven|iving|iveness)|waiv(?:e|es|ed|ing)';

/** People a state sends as its forces, and its forces: "Russian troops", "Turkish forces". */
export const TROOPS = new RegExp(`^(?:${SENT_PEOPLE}|forces)$`);

/** A state's forces of any kind, named by its demonym: "Russian paratroopers", "a Kenyan contingent". */
export const FORCES_OF = new RegExp(
	`^(?:${SENT_PEOPLE}|forces|paratroopers|marines|peacekeepers|contingent|units|battalions?|police)$`
);

/** Prepositions that lead to a name and so make it no subject: "teams from Spain", "bought from Italy". */
const LEADING_PREPOSITION = /^(?:from|by|to|of|with|in|for|on|at)$/;

/** Whether a preposition leads to the name that starts at `from`. */
export const ledByPreposition = (tokens: Token[], from: number) =>
	LEADING_PREPOSITION.test(tokens[from - 1]?.lower ?? '');

/** Verbs that keep a tie in force after "but": "…but keeps an arms embargo". */
const KEEPS = /^(?:keeps|kept|maintains|maintained|retains|retained|still)$/;

/** Whether the token at `at` is "but" before a verb that keeps a tie in force. */
export const keptAfterBut = (tokens: Token[], at: number) =>
	tokens[at]?.lower === 'but' && KEEPS.test(tokens[at + 1]?.lower ?? '');

/** Parties that are no state or body: armed groups and those who fight for them. */
export const ARMED_PARTY =
	/^(?:gunmen|rebels?|militias?|militants?|insurgents?|insurgency|separatists?|paramilitar(?:y|ies)|factions?|guerrillas?|jihadists?|mercenaries|extremists?|terrorists?|groups)$/;

/**
 * "Tokyo, co-chair of the creditor committee, announced": where an aside between commas that
 * closes just before token `at` opens, no more than `reach` tokens back; -1 where there is none.
 */
export function asideOpening(tokens: Token[], at: number, reach = 12): number {
	if (tokens[at - 1]?.text !== ',') return -1;
	return tokens.findLastIndex((t, k) => k < at - 1 && k >= at - 1 - reach && t.text === ',');
}

/**
 * Verbs that take trade preferences away: "removed Guinea from the list …", "terminated
 * Cameroon's trade preferences". What they end is a sanction begun, not a tie ended.
 */
export const TAKEN_AWAY =
	/^(?:removed|removes|removing|stripped|strips|stripping|suspended|suspends|excluded|excludes|struck|strikes|terminated|terminates|revoked|revokes|withdrew|withdraws|withdrawn|ended|ends)$/;

/** Verbs that bring in what someone said: the relation is in the clause after them. */
export const SPEECH =
	/^(?:said|says|say|told|tells|claim(?:s|ed)?|accus(?:e|es|ed|ing)|suspect(?:s|ed)?|alleg(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|confirm(?:s|ed|ing)?|acknowledg(?:e|es|ed|ing)|admit(?:s|ted|ting)?|den(?:y|ies|ied|ying)|report(?:s|ed|ing)?|believ(?:e|es|ed)|assess(?:es|ed)?|insist(?:s|ed)?|stat(?:es|ed)|add(?:s|ed)|not(?:e|es|ed)|estimat(?:e|es|ed)|charg(?:e|es|ed)|disclos(?:e|es|ed)|revealed|according|dismiss(?:es|ed)?|reject(?:s|ed)?|retort(?:s|ed)?|repl(?:y|ies|ied)|respond(?:s|ed)|counter(?:s|ed))$/;
