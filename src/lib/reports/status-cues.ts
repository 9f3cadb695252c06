import type { RelationStatus } from '$lib/model/schema';
import type { MentionGroup } from './mention-groups';
import type { Cue } from './relation-cues';
import type { Ends } from './relation-ends';
import type { Token } from './tokens';

/** The status a sentence gives a relation, and the words that say so. */
export interface StatusReading {
	status: RelationStatus;
	/** Tokens of the sentence that signal the status; none for a plain statement. */
	from?: number;
	to?: number;
	reason: string;
}

const DENY =
	/^(?:den(?:y|ies|ied|ying)|denials?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|rebuff(?:s|ed)?|repudiat(?:e|es|ed))$/;
/** Verbs by which an actor owns an act. */
const OWN =
	/^(?:confirm(?:s|ed|ing)?|acknowledg(?:e|es|ed|ing)|admit(?:s|ted|ting)?|announc(?:e|es|ed|ing)|said|says|stated|told|thank(?:s|ed|ing)?|declared|boasted|touted|hailed|welcomed|praised)$/;
/** Verbs by which someone else says it: an allegation. */
const CLAIM =
	/^(?:accus(?:e|es|ed|ing)|alleg(?:e|es|ed|ing)|claim(?:s|ed|ing)?|charg(?:e|es|ed|ing)|suspect(?:s|ed)?|said|says|say|told|stated|believ(?:e|es|ed)|assess(?:es|ed)?|estimat(?:e|es|ed)|reported|disclosed|revealed|concluded|insist(?:s|ed)?|warned)$/;
const HEDGE =
	/^(?:allegedly|reportedly|purportedly|supposedly|apparently|suspected|alleged|allegations?|accusations?|claims|indications?|intelligence|believed|thought|rumou?rs?|unconfirmed|unverified|evidence)$/;
/** Where an attribution names a record, the relation is reported, not alleged. */
const RECORD =
	/^(?:data|figures|statistics|customs|records|records?|census|filings|tallies|registry|ledger)$/;
/** Formal acts: stated as done by the actor itself, they are confirmed. */
const FORMAL =
	/^(?:sign(?:s|ed|ing)?|ratif(?:y|ies|ied|ying)|adopt(?:s|ed|ing)?|impos(?:e|es|ed|ing)|reimpos(?:e|es|ed)|slapp?(?:s|ed)?|levied|enact(?:s|ed)?|approv(?:e|es|ed)|conclud(?:e|es|ed)|join(?:s|ed)?|acceded|designat(?:e|es|ed)|renew(?:s|ed)?|extend(?:s|ed)?|expand(?:s|ed)?|tighten(?:s|ed)?|introduc(?:e|es|ed)|unveil(?:s|ed)?|announc(?:e|es|ed)|sanctioned|blacklisted|force|pledged)$/;

/** Formal acts of trade and aid: a contract or an agreement signed. */
const SIGNED = /^(?:sign(?:s|ed|ing)?|ratif(?:y|ies|ied)|conclud(?:e|es|ed))$/;

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
	ends: Ends
): StatusReading {
	const parties = new Set([...ends.sources.keys, ...ends.targets.keys]);
	const givers = new Set(ends.sources.keys);

	for (let i = 0; i < tokens.length; i++) {
		if (!DENY.test(tokens[i].lower)) continue;
		const both = tokens
			.slice(Math.max(0, i - 4), i)
			.some((t) => /^(?:both|two|each)$/.test(t.lower));
		const denier =
			groupJustBefore(groups, i, 5) ??
			groups.find((group) => group.from > i && tokens[group.from - 1]?.lower === 'by');
		if (both || hasKey(denier, parties)) {
			return { status: 'denied', from: i, to: i + 1, reason: `denied: “${tokens[i].text}”` };
		}
	}

	for (let i = 0; i < tokens.length; i++) {
		const word = tokens[i].lower;
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
		if (OWN.test(word) || CLAIM.test(word)) {
			const speaker =
				groupJustBefore(groups, i) ?? (i > cue.to ? groupJustBefore(groups, i, 6) : undefined);
			const byParty = hasKey(speaker, parties);
			if (
				byParty &&
				OWN.test(word) &&
				(hasKey(speaker, givers) || !/^(?:said|says|stated|told)$/.test(word) || true)
			) {
				if (!/^(?:accus|alleg|claim|charg|suspect)/.test(word)) {
					return {
						status: 'confirmed',
						from: i,
						to: i + 1,
						reason: `confirmed: “${tokens[i].text}” by a party`
					};
				}
			}
			if (
				CLAIM.test(word) &&
				(speaker ||
					/^(?:officials?|sources?|analysts?|diplomats?|intelligence|investigators?|experts?|monitors?|critics?|observers?|activists?|media)$/.test(
						tokens[i - 1]?.lower ?? ''
					))
			) {
				return { status: 'alleged', from: i, to: i + 1, reason: `alleged: “${tokens[i].text}”` };
			}
			if (/^(?:accus|alleg|claim|charg|suspect)/.test(word)) {
				return { status: 'alleged', from: i, to: i + 1, reason: `alleged: “${tokens[i].text}”` };
			}
		}
		if (HEDGE.test(word)) {
			return { status: 'alleged', from: i, to: i + 1, reason: `alleged: “${tokens[i].text}”` };
		}
	}

	if (ends.speaker && hasKey(ends.speaker, parties)) {
		return { status: 'confirmed', reason: 'confirmed: said by a party' };
	}
	const agentEnd = ends.sources.to <= cue.from ? ends.sources.to : 0;
	const nearFrom = Math.max(agentEnd, cue.from - 6);
	const nearTo = Math.max(cue.to, ends.sources.from > cue.from ? ends.sources.to : 0) + 2;
	const near = tokens.slice(nearFrom, Math.min(tokens.length, nearTo));
	const formalWord = cue.type === 'sanctions' || cue.type === 'defense-pact' ? FORMAL : SIGNED;
	const formal = near.findIndex((t) => formalWord.test(t.lower));
	if (cue.formal || formal >= 0) {
		const at = cue.formal ? cue.from : nearFrom + formal;
		return {
			status: 'confirmed',
			from: at,
			to: at + 1,
			reason: `confirmed: “${tokens[at].text}”, a formal act`
		};
	}
	return { status: 'reported', reason: 'reported: stated by the text' };
}

/** Verbs by which a party speaks for itself: "saying", "insisting that". */
const SAYS =
	/^(?:said|says|saying|insist(?:s|ed|ing)?|stat(?:es|ed|ing)|told|den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|maintain(?:s|ed|ing)?|repeated)$/;

/**
 * A party's own words that it did not do it: a negation said by one of the
 * relation's actors (or by a speaker the sentence does not name apart) is a
 * denial, kept as its own proposal.
 */
export function denialInWords(
	tokens: Token[],
	groups: MentionGroup[],
	ends: Ends
): StatusReading | undefined {
	const parties = new Set([...ends.sources.keys, ...ends.targets.keys]);
	for (let i = 0; i < tokens.length; i++) {
		if (!SAYS.test(tokens[i].lower)) continue;
		const speaker = groupJustBefore(groups, i, 6);
		if (speaker && !hasKey(speaker, parties)) continue;
		return { status: 'denied', from: i, to: i + 1, reason: `denied: “${tokens[i].text}” … not` };
	}
	return undefined;
}
