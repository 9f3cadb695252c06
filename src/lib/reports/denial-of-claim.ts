import type { MentionGroup } from './mention-groups';
import type { Proposal } from './proposal';
import { DENY } from './reader-words';
import type { Token } from './tokens';

/** Besides a denial, a rejection — of claims, not of a relation: "rejected those claims". */
const REJECT = /^reject(?:s|ed|ing)?$/;
/** What a denial denies: "rejected those claims", "denied it", "denied any blockade", "denies having any troops". */
const CLAIMS =
	/^(?:claims?|allegations?|accusations?|reports?|charges?|reading|interpretations?|characteri[sz]ations?|suggestions?|notion|it|this|that|them|the|any|having|sending|supplying|providing|giving)$/;

type Draft = Omit<Proposal, 'id'>;

/**
 * "Pyongyang has rejected those claims": a sentence that names no relation
 * but in which a party denies one alleged just before. Each such allegation
 * gets a denial of its own, with this sentence as its evidence.
 */
export function denialsOfClaims(
	tokens: Token[],
	groups: MentionGroup[],
	recentClaims: Draft[],
	sentence: { start: number; end: number; paragraph: number; text: string },
	reportState?: string
): Draft[] {
	const at = tokens.findIndex(
		(token, i) =>
			(DENY.test(token.lower) || REJECT.test(token.lower)) &&
			tokens.slice(i + 1, i + 4).some((next) => CLAIMS.test(next.lower))
	);
	if (at < 0) return [];
	// "The representative of Iran called the reimposition null and void and rejected as baseless
	// the claim": the only actor named before, the sentence's subject.
	const before = groups.filter((group) => group.to <= at);
	const denier =
		before.findLast((group) => at - group.to <= 4) ??
		(before.length === 1 && before[0].from <= 4 ? before[0] : undefined);
	// "Prime Minister Ali Mahaman Lamine Zeine later rejected the accusation": an official no actor
	// names, who speaks for the state the report is filed from.
	const official =
		before.length === 0 &&
		reportState &&
		/^(?:prime|president|foreign|defen[cs]e|government|ministry)$/i.test(tokens[0]?.lower ?? '')
			? [reportState]
			: [];
	const deniers = denier?.keys ?? official;
	const both = tokens.slice(Math.max(0, at - 4), at).some((t) => /^(?:both|two)$/.test(t.lower));
	const denied: Draft[] = [];
	for (const claim of recentClaims) {
		const party = both || deniers.some((key) => key === claim.source || key === claim.target);
		if (!party) continue;
		if (
			denied.some(
				(d) => d.source === claim.source && d.target === claim.target && d.type === claim.type
			)
		)
			continue;
		const word = tokens[at];
		denied.push(
			denialOf(claim, sentence, denier, word, {
				confidence: 0.7,
				reason: `denied: “${word.text}”, of the claim just before`
			})
		);
	}
	return denied;
}

/**
 * What a party says to deny that a measure punishes: "the decision was purely phytosanitary and
 * had nothing to do with politics", "the restriction is not aimed at any particular supplier",
 * "supplies were halted only because of unpaid bills".
 */
const NO_PUNISHMENT =
	/\b(?:nothing to do with (?:politics|the [a-z]+)|question of (?:food )?safety|(?:was|were) routine|ordinary (?:quarantine|customs|safety|sanitary) (?:rules|checks|procedures)|not (?:aimed|directed|targeted) at|no political (?:motive|reason|purpose)|purely (?:sanitary|phytosanitary|technical|commercial|economic|administrative|a matter)|(?:only|solely|simply|purely) because|(?:technical|commercial|sanitary|phytosanitary|routine|safety|quality) (?:[a-z]+ )?(?:reasons|grounds|matters?|measures?|issues?|checks|decisions?)|country-neutral)\b/i;

/**
 * "Russian officials insisted the decision was purely phytosanitary": a sentence that names no
 * relation in which the one said to impose a measure just before denies that it punishes. The
 * nearest such sanction of each target, alleged or stated, gets a denial with this sentence.
 */
export function denialsOfPunishment(
	tokens: Token[],
	groups: MentionGroup[],
	recent: Draft[],
	sentence: { start: number; end: number; paragraph: number; text: string }
): Draft[] {
	const said = NO_PUNISHMENT.exec(sentence.text);
	if (!said) return [];
	const at = sentence.start + said.index;
	const deniers = groups.filter((group) => tokens[group.from].start < at);
	const denied: Draft[] = [];
	for (const claim of [...recent].reverse()) {
		if (claim.type !== 'sanctions' || claim.status === 'denied') continue;
		const denier = deniers.find((group) => group.keys.includes(claim.source));
		if (!denier) continue;
		if (denied.some((d) => d.source === claim.source && d.target === claim.target)) continue;
		denied.push(
			denialOf(
				claim,
				sentence,
				denier,
				{ start: at, end: at + said[0].length },
				{
					confidence: 0.6,
					reason: `denied: “${said[0]}”, of the sanction just before`
				}
			)
		);
	}
	return denied;
}

/** A claim denied in `sentence`: the denier and the denying words marked, no surer than `confidence`. */
function denialOf(
	claim: Draft,
	sentence: { start: number; end: number; paragraph: number; text: string },
	denier: MentionGroup | undefined,
	words: { start: number; end: number },
	{ confidence, reason }: { confidence: number; reason: string }
): Draft {
	const { start, end } = denier?.mentions[0] ?? {};
	return {
		...claim,
		status: 'denied',
		evidence: sentence.text,
		start: sentence.start,
		end: sentence.end,
		paragraph: sentence.paragraph,
		marks: [
			...(start !== undefined && end !== undefined
				? [{ start, end, role: 'source' as const }]
				: []),
			{ start: words.start, end: words.end, role: 'status' }
		],
		confidence: Math.min(claim.confidence, confidence),
		reason
	};
}
