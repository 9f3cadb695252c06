import type { MentionGroup } from './mention-groups';
import type { Proposal, ProposalMark } from './proposal';
import type { Token } from './tokens';

type Draft = Omit<Proposal, 'id'>;

/** What may come after the ones "followed by" names: the sentence's end, or how much. */
const AFTER_RANKED = /^(?:[.,;:]|with|at|on|and)$/;

/**
 * "Italy buys more Libyan crude than any other country, followed by Germany and Spain",
 * "Australia is Fiji's largest aid donor, followed by New Zealand": those named after
 * "followed by" stand where the sentence's subject stands, in each relation the sentence
 * gives it. Their relations are drafted from the subject's, with the new actor marked.
 */
export function followedBy(tokens: Token[], groups: MentionGroup[], found: Draft[]): Draft[] {
	const at = tokens.findIndex(
		(t, k) => t.lower === 'followed' && tokens[k + 1]?.lower === 'by' && tokens[k - 1]?.text === ','
	);
	if (at < 0) return [];
	const next = groups.find((group) => group.from === at + 2);
	// The subject of the clause "followed by" closes: "…main market: Italy buys more …".
	const clause = tokens.findLastIndex((t, k) => k < at && /^(?:[:;—–])$/.test(t.text));
	const subject = groups.find((group) => group.from > clause && !group.possessive);
	if (!next || !subject || subject.from >= at || next === subject) return [];
	if (!AFTER_RANKED.test(tokens[next.to]?.text ?? '.') && next.to < tokens.length) return [];
	const followers: Draft[] = [];
	for (const relation of found) {
		const end = subject.keys.includes(relation.source)
			? 'source'
			: subject.keys.includes(relation.target)
				? 'target'
				: undefined;
		if (!end || relation.status === 'denied') continue;
		for (const mention of next.mentions) {
			const other = end === 'source' ? relation.target : relation.source;
			if (mention.key === other) continue;
			const known = (draft: Draft) =>
				draft.type === relation.type &&
				draft[end] === mention.key &&
				draft[end === 'source' ? 'target' : 'source'] === other;
			if ([...found, ...followers].some(known)) continue;
			const marks: ProposalMark[] = relation.marks.map((mark) =>
				mark.role === end ? { start: mention.start, end: mention.end, role: end } : mark
			);
			followers.push({
				...relation,
				[end]: mention.key,
				marks,
				confidence: Math.min(relation.confidence, 0.6),
				reason: `${relation.reason}; named after “followed by”, in the place of the first`
			});
		}
	}
	return followers;
}
