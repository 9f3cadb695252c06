import type { RelationStatus } from '$lib/model/schema';
import { inName, type MentionGroup } from './mention-groups';
import { asideBefore } from './asides';
import type { Cue } from './relation-cues';
import type { Ends } from './relation-ends';
import { asideOpening, DENY, PAST_VERB } from './reader-words';
import type { Token } from './tokens';

/** The status a sentence gives a relation, and the words that say so. */
export interface StatusReading {
	status: RelationStatus;
	/** Tokens of the sentence that signal the status; none for a plain statement. */
	from?: number;
	to?: number;
	reason: string;
}

/** Verbs by which an actor owns an act. */
const OWN =
	/^(?:confirm(?:s|ed|ing)?|acknowledg(?:e|es|ed|ing)|admit(?:s|ted|ting)?|announc(?:e|es|ed|ing)|said|says|stated|told|noted|noting|thank(?:s|ed|ing)?|declared|boasted|touted|hailed|welcomed|praised)$/;
/** Verbs by which a party that denies one thing owns another: "while acknowledging that". */
const CONCEDE = /^(?:acknowledg(?:e|es|ed|ing)|admit(?:s|ted|ting)?|conced(?:e|es|ed|ing))$/;
/** Verbs by which someone else says it: an allegation. */
const CLAIM =
	/^(?:accus(?:e|es|ed|ing)|alleg(?:e|es|ed|ing)|claim(?:s|ed|ing)?|charg(?:es|ed|ing)|suspect(?:s|ed)?|said|says|say|told|stated|believ(?:e|es|ed)|assess(?:es|ed)?|estimat(?:e|es|ed)|reported|disclosed|revealed|insist(?:s|ed)?|warned)$/;
const HEDGE =
	/^(?:allegedly|reportedly|purportedly|supposedly|supposed|apparently|suspected|alleged|allegations?|accusations?|claims|indications?|intelligence|believed|thought|rumou?rs?|unconfirmed|unverified|evidence)$/;
/** What an allegation may be of besides the relation: "allegations of kickbacks". */
const WRONGDOING =
	/^(?:kickbacks?|bribes?|bribery|corruption|graft|fraud|embezzlement|overpricing|irregularities|mismanagement|misconduct|wrongdoing|abuses?|torture|rigging|cronyism|nepotism)$/;
/** "… and hit back": a second verb of the subject, after which what was claimed no longer runs. */
function secondVerbBetween(tokens: Token[], from: number, to: number): boolean {
	for (let k = from + 1; k < to - 1; k++) {
		if (tokens[k].lower !== 'and') continue;
		if (PAST_VERB.test(tokens[k + 1].text)) return true;
	}
	return false;
}

/** Verbs of accusing: whoever says it, it is alleged. */
const ACCUSE = /^(?:accus|alleg|claim|charges|charged|charging|suspect)/;
/** Who may claim without being named as an actor: "officials said", "the agency said". */
const CLAIMANT =
	/^(?:officials?|general|lieutenant|colonel|admiral|commander|spokes(?:man|woman|person)|ambassador|envoy|minister|sources?|analysts?|diplomats?|intelligence|investigators?|experts?|monitors?|critics?|observers?|activists?|media|agency|agencies|reports?|watchdogs?|panel|researchers?|groups?|journalists?|newspapers?|outlets?|services?)$/;
/** Titles that speak for the sentence's subject: "the Defence Secretary today confirmed". */
const SPOKESPERSON =
	/^(?:ministry|minister|secretary|spokes(?:man|woman|person)|president|government|office|department|leader|chancellor|premier|administration)$/;

/**
 * "…said Iran had been given every opportunity, and added that Tehran had sent": where the word
 * at `at` is "added that" after "and", the verb of saying before it; -1 where it is not.
 */
function addedAfterSaying(tokens: Token[], at: number): number {
	if (!/^add(?:s|ed)$/.test(tokens[at].lower) || tokens[at + 1]?.lower !== 'that') return -1;
	if (tokens[at - 1]?.lower !== 'and') return -1;
	return tokens.findLastIndex((t, k) => k < at - 1 && (OWN.test(t.lower) || CLAIM.test(t.lower)));
}

/** Who says it: the actor just before the verb, or the subject where an official of it speaks. */
function speakerOf(tokens: Token[], groups: MentionGroup[], at: number) {
	const named = groupJustBefore(groups, at);
	if (named) return named;
	// "Tokyo, co-chair of the creditor committee, announced": past the aside between commas.
	const open = asideOpening(tokens, at);
	const subject = open > 0 ? groupJustBefore(groups, open) : undefined;
	if (subject && !groups.some((group) => group.from > open && group.to < at)) return subject;
	const titled = tokens
		.slice(Math.max(0, at - 3), at)
		.some((token) => SPOKESPERSON.test(token.lower));
	return titled && groups[0]?.from < at ? groups[0] : undefined;
}

/** Where an attribution names a record, the relation is reported, not alleged. */
const RECORD =
	/^(?:data|figures|statistics|customs|records|records?|census|filings|tallies|registry|ledger|institute|database|yearbook|register)$/;
/** Formal acts: stated as done by the actor itself, they are confirmed. */
const FORMAL =
	/^(?:sign(?:s|ed|ing)?|ratif(?:y|ies|ied|ying)|adopt(?:s|ed|ing)?|impos(?:e|es|ed|ing)|reimpos(?:e|es|ed)|slapp?(?:s|ed)?|levied|enact(?:s|ed)?|approv(?:e|es|ed)|conclud(?:e|es|ed)|join(?:s|ed)?|acceded|designat(?:e|es|ed)|renew(?:s|ed)?|extend(?:s|ed)?|expand(?:s|ed)?|tighten(?:s|ed)?|introduc(?:e|es|ed)|unveil(?:s|ed)?|announc(?:e|es|ed)|sanctioned|blacklisted|force|pledged|maintain(?:s|ed)?|kept|keeps|suspended|halted|barred|banned)$/;

/** The acts by which a treaty is made: "signed a defence agreement", "the parliament ratified". */
const ADOPTION =
	/^(?:sign(?:s|ed|ing)?|ratif(?:y|ies|ied|ying)|conclud(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|agreed|renew(?:s|ed|ing)?|extend(?:s|ed|ing)?|seal(?:s|ed|ing)?|struck)$/;

/** "entered into force on January 1", "took effect in February": a treaty made, not one standing. */
function tookEffect(tokens: Token[], at: number): boolean {
	const word = tokens[at].lower;
	const next = tokens[at + 1]?.lower;
	return (
		(/^(?:entered|enters|came|comes|went|goes)$/.test(word) && next === 'into') ||
		(/^(?:took|takes|take)$/.test(word) && next === 'effect')
	);
}

/** The written instruments of a pact. */
const INSTRUMENT =
	/^(?:treat(?:y|ies)|agreements?|pacts?|accords?|protocols?|charters?|compacts?|memorand(?:um|a)|guarantees?|declarations?)$/;

/** Formal acts of trade and aid: a contract or an agreement signed. */
const SIGNED =
	/^(?:sign(?:s|ed|ing)?|ratif(?:y|ies|ied)|conclud(?:e|es|ed)|adopt(?:s|ed)?|approv(?:e|es|ed|al)|announc(?:e|es|ed)|pledg(?:e|es|ed)|promised|unveil(?:s|ed)?|voted)$/;

const hasKey = (group: MentionGroup | undefined, keys: Set<string>) =>
	!!group && group.keys.some((key) => keys.has(key));

/** The group just before a word, within a few tokens: the speaker of "South Korean intelligence said". */
function groupJustBefore(groups: MentionGroup[], at: number, within = 4) {
	return groups.findLast((group) => group.to <= at && at - group.to <= within);
}

/**
 * Reads the status of a relation from its sentence, as an analyst would:
 * denied by a party to it; confirmed where a party owns it or the sentence
 * states a formal act of the actor; alleged where someone else says it;
 * otherwise reported.
 */
export function readStatus(
	tokens: Token[],
	groups: MentionGroup[],
	cue: Cue,
	ends: Ends,
	type: string
): StatusReading {
	const parties = new Set([...ends.sources.keys, ...ends.targets.keys]);
	const givers = new Set(ends.sources.keys);
	// "Russia, which has not signed the treaty, supplies arms": the aside's words are of something else.
	const aside = asideBefore(tokens, Math.min(ends.sources.from, ends.targets.from), cue, ends);

	for (let i = 0; i < tokens.length; i++) {
		if (aside.has(i) || !(DENY.test(tokens[i].lower) || rejectsIt(tokens, i))) continue;
		// "rejected the charge …, while acknowledging that French instructors train": what it owns.
		if (i < cue.from && tokens.slice(i + 1, cue.from).some((t) => CONCEDE.test(t.lower))) continue;
		// "…had trained in Eritrea, dismissing as rumours reports that some of them had fought in
		// Ethiopia": what is denied after the relation is a claim about another actor.
		if (i >= cue.to && deniesOtherClaim(tokens, groups, i, parties)) continue;
		const both = tokens
			.slice(Math.max(0, i - 4), i)
			.some((t) => /^(?:both|two|each)$/.test(t.lower));
		// "Iran's mission … told the panel …, rejecting any missile dealings": the subject denies.
		const subject =
			tokens[i - 1]?.text === ',' && /ing$/.test(tokens[i].lower) ? groups[0] : undefined;
		const denier =
			groupJustBefore(groups, i, 5) ??
			groups.find((group) => group.from > i && tokens[group.from - 1]?.lower === 'by') ??
			subject;
		const unnamed =
			!denier &&
			i < cue.from &&
			/^(?:\p{Lu}\p{L}+|ministry|minister|spokes(?:man|woman|person)|government|office|directorate)$/u.test(
				tokens[i - 1]?.text ?? ''
			);
		if (both || unnamed || hasKey(denier, parties)) {
			return { status: 'denied', from: i, to: i + 1, reason: `denied: “${tokens[i].text}”` };
		}
	}

	for (let i = 0; i < tokens.length; i++) {
		if (aside.has(i)) continue;
		const word = tokens[i].lower;
		// "Thanks to American loans": a cause, no one thanking.
		if (word === 'thanks' && tokens[i + 1]?.lower === 'to') continue;
		// "accused Iran of shipping missiles … and hit back with sanctions": the claim stops at "and".
		if (i < cue.from && secondVerbBetween(tokens, i, cue.from)) continue;
		// "The WFP says its convoys …, and the United States has been the largest donor": not what was said.
		if (i < cue.from && anotherClauseBetween(tokens, groups, i, ends)) continue;
		// "…thanked Moscow for them", "support Dissanayake thanked it for": a party acknowledges it.
		const thanked = groups.find((group) => group.from > i && group.from <= i + 2);
		if (
			/^thank(?:s|ed|ing)?$/.test(word) &&
			(hasKey(groupJustBefore(groups, i, 6), parties) || hasKey(thanked, parties))
		) {
			return {
				status: 'confirmed',
				from: i,
				to: i + 1,
				reason: `confirmed: “${tokens[i].text}” by a party`
			};
		}
		// "Benin's spokesman rejected the charge, while acknowledging that French instructors train
		// its units": the sentence's subject owns what it concedes.
		if (
			i < cue.from &&
			/ing$/.test(word) &&
			CONCEDE.test(word) &&
			/^(?:while|but|though|although|,)$/.test(tokens[i - 1]?.lower ?? '') &&
			hasKey(groups[0], parties)
		) {
			return {
				status: 'confirmed',
				from: i,
				to: i + 1,
				reason: `confirmed: “${tokens[i].text}” by a party`
			};
		}
		// "designated the Eritrean Defence Forces…, accusing them of": the reason for the act, not a claim.
		if (i > cue.to && /^(?:them|it|him|her)$/.test(tokens[i + 1]?.lower ?? '')) continue;
		// "Russia sold Nicaragua tanks, and Russia's ministry runs a centre where, it says, …": another clause's.
		if (i > cue.to && laterClause(tokens, cue.to, i)) continue;
		if (word === 'according' && tokens[i + 1]?.lower === 'to') {
			let until = i + 2;
			while (until < tokens.length && tokens[until].text !== ',' && until < i + 10) until++;
			const said = tokens.slice(i + 2, until);
			const source = groups.find((group) => group.from >= i + 2 && group.to <= until);
			if (said.some((t) => RECORD.test(t.lower)) && !source) {
				return { status: 'reported', from: i, to: i + 2, reason: 'reported: a record' };
			}
			if (hasKey(source, givers) && !source!.keys.some((key) => !givers.has(key))) {
				return { status: 'confirmed', from: i, to: i + 2, reason: 'confirmed: by its own actor' };
			}
			return { status: 'alleged', from: i, to: i + 2, reason: '“according to”' };
		}
		if (RECORD.test(word) && hasKey(groupJustBefore(groups, i, 2), parties)) {
			return {
				status: 'confirmed',
				from: i,
				to: i + 1,
				reason: `confirmed: a party’s own ${word}`
			};
		}
		// "Nigerien state television reported": a party's own media speak for it.
		if (
			/^(?:reported|said|says|announced|showed)$/.test(word) &&
			/^(?:television|tv|media|radio|broadcaster|agency)$/.test(tokens[i - 1]?.lower ?? '') &&
			tokens[i - 2]?.lower === 'state' &&
			hasKey(groupJustBefore(groups, i - 2, 0), parties)
		) {
			return {
				status: 'confirmed',
				from: i - 2,
				to: i + 1,
				reason: 'confirmed: a party’s state media'
			};
		}
		// "the representative of the United Kingdom said …, and added that Tehran had sent": the one
		// who said it before adds it.
		const added = i < cue.from ? addedAfterSaying(tokens, i) : -1;
		// "Russia is said to have sent oil": said of it by others, unnamed.
		if (
			(OWN.test(word) || CLAIM.test(word)) &&
			/^(?:is|are|was|were|been)$/.test(tokens[i - 1]?.lower ?? '') &&
			tokens[i + 1]?.lower === 'to'
		)
			return {
				status: 'alleged',
				from: i - 1,
				to: i + 2,
				reason: `alleged: “${word} to” by others`
			};
		if (OWN.test(word) || CLAIM.test(word) || added >= 0) {
			// Said after the relation, it counts only where it closes the sentence: "…, the ministry said."
			const tagged = tokens.slice(Math.max(cue.to, i - 5), i).some((token) => token.text === ',');
			if (i > cue.to && !tagged && tokens.length - i > 6) continue;
			const saidAt = added >= 0 ? added : i;
			const speaker = speakerOf(tokens, groups, saidAt);
			if (ACCUSE.test(word)) {
				return { status: 'alleged', from: i, to: i + 1, reason: `alleged: “${tokens[i].text}”` };
			}
			if ((OWN.test(word) || added >= 0) && hasKey(speaker, parties)) {
				return {
					status: 'confirmed',
					from: i,
					to: i + 1,
					reason: `confirmed: “${tokens[i].text}” by a party`
				};
			}
			const claimant = tokens
				.slice(saidAt <= 8 ? 0 : saidAt - 3, saidAt)
				.some((token) => CLAIMANT.test(token.lower));
			if ((CLAIM.test(word) || added >= 0) && (speaker || claimant)) {
				return { status: 'alleged', from: i, to: i + 1, reason: `alleged: “${tokens[i].text}”` };
			}
		}
		// "supplies equipment and intelligence": what is supplied, not who says so; "a deal later
		// dogged by allegations of kickbacks": a charge of something else than the relation.
		if (
			HEDGE.test(word) &&
			!(word === 'intelligence' && i >= cue.to) &&
			!(tokens[i + 1]?.lower === 'of' && WRONGDOING.test(tokens[i + 2]?.lower ?? ''))
		) {
			return { status: 'alleged', from: i, to: i + 1, reason: `alleged: “${tokens[i].text}”` };
		}
	}

	if (ends.speaker && hasKey(ends.speaker, parties)) {
		return { status: 'confirmed', reason: 'confirmed: said by a party' };
	}
	// Read back to the actor named before the cue (the buyer of "signed a contract to buy"), but
	// past a possessive next to it ("has extended its sanctions").
	const before = [ends.sources, ends.targets].filter((group) => group.to <= cue.from);
	const named = before.length ? Math.max(...before.map((group) => group.to)) : 0;
	const agentEnd = named === cue.from ? Math.max(0, cue.from - 4) : named;
	const nearFrom = cue.from - agentEnd <= 10 ? agentEnd : Math.max(0, cue.from - 6);
	const nearTo = Math.max(cue.to, ends.sources.from > cue.from ? ends.sources.to : 0) + 2;
	const near = tokens.slice(nearFrom, Math.min(tokens.length, nearTo));
	// The Security Council's sanctions are its resolutions: an adopted act, whoever states it.
	if (
		type === 'sanctions' &&
		ends.sources.keys.every((key) => key === 'UN') &&
		actOfTheDay(tokens)
	) {
		return { status: 'confirmed', reason: 'confirmed: a Security Council resolution' };
	}
	// "…gives Israel $3.8 billion … under a memorandum of understanding signed in 2016".
	const under = tokens.findIndex((t, k) => k > cue.to && t.lower === 'under');
	const agreed =
		under > 0 &&
		tokens
			.slice(under, under + 10)
			.some((t) => /^(?:agreements?|memorandum|treaty|accord|deal|compact)$/.test(t.lower)) &&
		tokens.slice(under, under + 14).some((t) => /^(?:signed|agreed|concluded)$/.test(t.lower));
	if (agreed && type !== 'sanctions' && actOfTheDay(tokens)) {
		return {
			status: 'confirmed',
			from: under,
			to: under + 1,
			reason: 'confirmed: under a signed agreement'
		};
	}
	// "a security and military cooperation agreement between Turkey and Libya", "a free-trade
	// agreement with China took effect": a treaty is an adopted act.
	const treaty = type === 'defense-pact' || (type === 'trade' && saidInForce(tokens));
	if (treaty && INSTRUMENT.test(tokens[cue.to - 1].lower)) {
		// Told as a standing fact ("has had a defence agreement with Manila since 2012", "under a
		// 2005 defence cooperation agreement", "bound by a 2013 treaty"), the text's own statement.
		if (!tokens.some((t, k) => ADOPTION.test(t.lower) || tookEffect(tokens, k)))
			return { status: 'reported', reason: 'reported: a treaty, stated by the text' };
		return { status: 'confirmed', reason: 'confirmed: a treaty, an adopted act' };
	}
	const formalWord = type === 'sanctions' || type === 'defense-pact' ? FORMAL : SIGNED;
	const formal = near.findIndex((t, k) => !aside.has(nearFrom + k) && formalWord.test(t.lower));
	if (cue.formal || formal >= 0) {
		const at = cue.formal ? cue.from : nearFrom + formal;
		// "the measures the EU has imposed on Moscow", "the EU, which has imposed sanctions":
		// an act recalled in passing, not stated by its author.
		if (type === 'sanctions' && inPassing(tokens, ends.sources)) {
			return { status: 'reported', reason: 'reported: an act recalled in passing' };
		}
		// "imposed an arms embargo on Eritrea in 2009": an act the text tells of, not one its
		// author announces or the day's news of it.
		if (!DECLARED.test(tokens[at].lower) && !actOfTheDay(tokens))
			return { status: 'reported', reason: 'reported: a formal act, stated by the text' };
		return {
			status: 'confirmed',
			from: at,
			to: at + 1,
			reason: `confirmed: “${tokens[at].text}”, a formal act`
		};
	}
	return { status: 'reported', reason: 'reported: stated by the text' };
}

/** Verbs by which the actor itself makes its act known: "unveiled a package", "pledged $65 million". */
const DECLARED = /^(?:unveil(?:s|ed)?|announc(?:e|es|ed)|pledg(?:e|es|ed))$/;

/** Words that date an act to the day it is told of: "signed a contract on Thursday", "today adopted". */
const NEWS_DAY =
	/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;

/**
 * An official act is confirmed where its author states it or the report is the news of it: "the
 * Security Council today adopted", "Serbia signed a contract on Thursday". Told of as a fact of the
 * past ("the IMF approved a loan in 2023"), it is the text's own statement: reported.
 */
function actOfTheDay(tokens: Token[]): boolean {
	return tokens.some((t) => NEWS_DAY.test(t.lower));
}

/** A denial at `i` of "reports that …" naming an actor not a party to the relation. */
function deniesOtherClaim(
	tokens: Token[],
	groups: MentionGroup[],
	i: number,
	parties: Set<string>
): boolean {
	const that = tokens.findIndex((t, k) => k > i && k <= i + 5 && t.lower === 'that');
	if (that < 0) return false;
	const end = tokens.findIndex((t, k) => k > that && /^(?:;|\.|—|–)$/.test(t.text));
	return groups.some(
		(group) =>
			group.from > that &&
			(end < 0 || group.from < end) &&
			group.keys.some((key) => !parties.has(key))
	);
}

/** The imposer named in a relative clause: "the sanctions the EU has imposed", "the EU, which has imposed". */
function inPassing(tokens: Token[], imposer: MentionGroup): boolean {
	const article = tokens[imposer.from - 1]?.lower === 'the' ? 1 : 0;
	const before = tokens[imposer.from - 1 - article]?.lower ?? '';
	const after = tokens.slice(imposer.to, imposer.to + 2).map((t) => t.lower);
	return (
		/^(?:sanctions|measures|penalties|restrictions)$/.test(before) ||
		(after[0] === ',' && /^(?:which|that)$/.test(after[1] ?? ''))
	);
}

/** A comma and a new clause between two words: "…in 2016, and Russia's interior ministry…". */
function laterClause(tokens: Token[], from: number, to: number): boolean {
	let comma = false;
	for (let k = from; k < to - 1; k++) {
		if (tokens[k].text === ';') return true;
		if (tokens[k].text === ',' && /^(?:and|but|while|whereas)$/.test(tokens[k + 1].lower))
			return true;
		// "…on Thursday, the sharpest escalation yet in a rupture that began when Trudeau spoke of
		// allegations": a clause inside an aside about the act, not about whether it happened.
		if (tokens[k].text === ',' && /^(?:the|a|an)$/.test(tokens[k + 1].lower)) comma = true;
		// (But "…, the final tranche of which took effect": still the act's own.)
		if (comma && /^(?:that|which|when)$/.test(tokens[k].lower) && tokens[k - 1]?.lower !== 'of')
			return true;
	}
	return false;
}

/** "Says … , and the United States has been": a new clause with its own subject, where the relation is. */
function anotherClauseBetween(tokens: Token[], groups: MentionGroup[], at: number, ends: Ends) {
	const agent = [ends.sources, ends.targets].find((group) => group.from > at);
	if (!agent) return false;
	for (let k = at + 1; k < agent.from - 1; k++) {
		if (tokens[k].text === ';') return true;
		// "Qatar said a team had landed, while the Emirates said it had sent relief".
		if (tokens[k].text === ',' && /^(?:while|whereas)$/.test(tokens[k + 1].lower)) {
			const next = groups.find((group) => group.from >= k + 2);
			if (next && hasKey(agent, new Set(next.keys)) && next.from - (k + 2) <= 1) return true;
		}
		if (tokens[k].text !== ',' || tokens[k + 1].lower !== 'and') continue;
		const next = groups.find((group) => group.from >= k + 2);
		if (next === agent && next.from - (k + 2) <= 1) return true;
	}
	return false;
}

const NEGATION = /^(?:not|never|no|\S*n['’]t)$/;

/** "rejecting any missile dealings", "rejected the accusation": a rejection that is a denial. */
function rejectsIt(tokens: Token[], at: number): boolean {
	if (!/^reject(?:s|ed|ing)?$/.test(tokens[at].lower)) return false;
	if (tokens[at + 1]?.lower === 'any') return true;
	// "rejected the claims", "rejected claims that", "rejected Hungarian accusations".
	for (let k = at + 1; k <= at + 3 && k < tokens.length; k++) {
		if (
			/^(?:claims?|accusations?|allegations?|charges?|reports?|suggestions?)$/.test(tokens[k].lower)
		)
			return true;
		if (
			!/^(?:the|those|these|such|repeated|fresh|new)$/.test(tokens[k].lower) &&
			!/^\p{Lu}/u.test(tokens[k].text)
		)
			return false;
	}
	return false;
}

/** Verbs by which a party speaks for itself: "saying", "insisting that". */
const SAYS =
	/^(?:said|says|saying|insist(?:s|ed|ing)?|stat(?:es|ed|ing)|told|den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|maintain(?:s|ed|ing)?|repeated|wrote|writes|posted|tweeted)$/;

/**
 * A party's own words that it did not do it: a negation said by one of the
 * relation's actors (or by a speaker the sentence does not name apart) is a
 * denial, kept as its own proposal.
 */
export function denialInWords(
	tokens: Token[],
	groups: MentionGroup[],
	cue: Cue,
	ends: Ends
): StatusReading | undefined {
	const parties = new Set([...ends.sources.keys, ...ends.targets.keys]);
	for (let i = 0; i < tokens.length; i++) {
		if (!SAYS.test(tokens[i].lower)) continue;
		// "The United States has not imposed": a word of a name says nothing.
		if (inName(groups, i)) continue;
		// '"Iran has not delivered missiles to Russia," the minister wrote': the quote is the denial.
		const quoted =
			i > cue.to && tokens.slice(Math.max(cue.to, i - 6), i).some((t) => /^[”"’]$/.test(t.text));
		const speaker = quoted ? undefined : groupJustBefore(groups, i, 6);
		if (speaker && !hasKey(speaker, parties)) continue;
		// "said Pakistan had supplied no arms", "that it was giving Britain no help": the "no" of what
		// was given counts too.
		const negated =
			tokens.slice(quoted ? 0 : i + 1, cue.to).some((token) => NEGATION.test(token.lower)) ||
			tokens[cue.to]?.lower === 'no' ||
			(tokens[cue.to + 1]?.lower === 'no' && inName(groups, cue.to));
		if ((i > cue.from && !quoted) || !negated) continue;
		return { status: 'denied', from: i, to: i + 1, reason: `denied: “${tokens[i].text}” … not` };
	}
	return undefined;
}

/** "entered into force", "took effect": an agreement said to be in force. */
function saidInForce(tokens: Token[]): boolean {
	return tokens.some(
		(t, k) =>
			(t.lower === 'into' && tokens[k + 1]?.lower === 'force') ||
			(/^(?:took|takes|taken)$/.test(t.lower) && tokens[k + 1]?.lower === 'effect')
	);
}
