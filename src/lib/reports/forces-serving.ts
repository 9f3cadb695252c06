import type { Cue } from './relation-cues';
import type { Ends } from './relation-ends';
import type { MentionGroup } from './mention-groups';
import { notARelation } from './non-relation-cues';
import { reportState, type Discourse } from './referring-words';
import { clauseEndFrom, clauseMarkBefore, unnamed } from './topic-receiver';
import type { Token } from './tokens';

/** The forces a state sends, by the word the cue is. */
const FORCES_WORD = /^(?:contingents?|troops|soldiers|peacekeepers|battalions?|paratroopers)$/;

/** Forces that serve in a mission: "contingents", not "troops" where they stand. */
const MISSION_FORCES = /^(?:contingents?|peacekeepers|battalions?)$/;

/** Words between a demonym and its forces: "smaller Nigerian and Ghanaian contingents". */
const SIZED = /^(?:large|larger|largest|small|smaller|big|bigger|sizeable|additional|further)$/;

/** Words that say forces are there to serve: in a mission, deployed, alongside others. */
const SERVING =
	/^(?:make|makes|made|serve|serves|served|serving|deployed|arrived|stationed|based|remain|remains|alongside|including|includes|include|included|joined|join|joining|patrol|patrols|patrolling|support|supporting|help|helping|guard|guarding|protect|protecting|mission|force)$/;

/** Words that make forces an enemy's, not a gift: "Russian troops invaded". */
const HOSTILE =
	/^(?:invad(?:e|es|ed|ing)|invasion|attack(?:s|ed|ing)?|occup(?:y|ies|ied|ying|ation)|clash(?:es|ed)?|shell(?:s|ed|ing)|mass(?:es|ed|ing)|incursions?|withdr[ae]w(?:n|s|al)?|pull(?:ed|ing)|left|leaving|kill(?:s|ed|ing)?|accus(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|inside|against|enemy|hostile)$/;

/**
 * "Nigerian and Senegalese contingents make up much of the mission", "alongside
 * contingents from Jamaica and Belize", "including large Italian, French and Spanish
 * contingents, are deployed": forces of states named by their demonyms (or after
 * "from") that serve in a mission are aid from those states to the state they serve
 * in: the one named after "in", else the report's state.
 */
export function forcesServing(
	tokens: Token[],
	groups: MentionGroup[],
	cue: Cue,
	discourse: Discourse
): Ends | undefined {
	if (cue.type !== 'aid' || !FORCES_WORD.test(tokens[cue.from].lower)) return undefined;
	if (tokens.some((token) => HOSTILE.test(token.lower))) return undefined;
	const givers = giversOf(tokens, groups, cue);
	if (!givers) return undefined;
	const start = clauseMarkBefore(tokens, Math.min(givers.from, cue.from));
	const end = clauseEndFrom(tokens, Math.max(givers.to, cue.to));
	// Said to serve: "make up", "deployed", "alongside", "the mission".
	if (!tokens.slice(start + 1, end).some((token) => SERVING.test(token.lower))) return undefined;
	// No one else named in the clause but the state they serve in, and those they serve alongside:
	// "Senegal supplies the bulk of the troops, alongside smaller Nigerian and Ghanaian contingents".
	const alongside = tokens.findLastIndex(
		(token, k) => k < Math.min(givers.from, cue.from) && token.lower === 'alongside'
	);
	// (But "fighting alongside Congolese troops": a state's own forces where they stand.)
	if (alongside >= 0 && !MISSION_FORCES.test(tokens[cue.from].lower)) return undefined;
	const others = groups.filter(
		(group) => group !== givers && group.from > Math.max(start, alongside) && group.from < end
	);
	const servedIn = others.filter(
		(group) => tokens[group.from - 1]?.lower === 'in' && !group.possessive
	);
	if (others.length > servedIn.length || servedIn.length > 1) return undefined;
	const host = servedIn[0];
	if (host && host.keys.length === 1 && discourse.kindOf(host.keys[0]) === 'state')
		return checked(tokens, cue, { sources: givers, targets: host, oneWay: true }, discourse);
	if (host) return undefined;
	// "sent a team to Port-au-Prince …, alongside contingents from Jamaica": where the mission went.
	const went = groups.filter(
		(group) =>
			group.to <= alongside &&
			/^(?:to|in)$/.test(tokens[group.from - 1]?.lower ?? '') &&
			group.keys.length === 1 &&
			discourse.kindOf(group.keys[0]) === 'state'
	);
	const topic =
		(alongside >= 0 && went.length === 1 ? went[0].keys[0] : undefined) ??
		reportState(discourse, givers.mentions);
	if (!topic || givers.keys.includes(topic)) return undefined;
	const targets = unnamed(topic, givers.mentions[0], end - 1);
	return checked(tokens, cue, { sources: givers, targets, oneWay: true }, discourse);
}

/** The states whose forces the cue names: by demonyms just before it, or after "from" just after. */
function giversOf(tokens: Token[], groups: MentionGroup[], cue: Cue): MentionGroup | undefined {
	let at = cue.from;
	while (at > 0 && SIZED.test(tokens[at - 1].lower)) at--;
	const before = groups.find((group) => group.to === at);
	if (before) return byDemonym(before) ? before : undefined;
	// "contingents from Jamaica and Belize" (not "soldiers from Chad", who may be anywhere).
	if (tokens[cue.to]?.lower !== 'from' || !MISSION_FORCES.test(tokens[cue.from].lower))
		return undefined;
	const after = groups.find((group) => group.from === cue.to + 1);
	return after && !after.possessive && after.mentions.every((m) => m.form === 'name')
		? after
		: undefined;
}

/** Named as whose the forces are: "Nigerian", or a name that is a demonym too ("Togolese"). */
const byDemonym = (group: MentionGroup) =>
	!group.possessive &&
	group.mentions.every((mention) => mention.form === 'demonym' || mention.form === 'name');

function checked(tokens: Token[], cue: Cue, ends: Ends, discourse: Discourse): Ends | undefined {
	return notARelation(tokens, cue, ends, 'aid', { history: discourse.history }) ? undefined : ends;
}

/** A body's force or mission: "the African Union's force", "the UN mission". */
const FORCE_OF_BODY = /^(?:force|forces|mission|missions|operation|operations)$/;

/**
 * "Kenyan soldiers remain among the largest contingents in the African Union's force in
 * Somalia": forces given to a body's force or mission are given to the state it serves in,
 * named after "in" just after it.
 */
export function servedThroughForce(
	tokens: Token[],
	groups: MentionGroup[],
	ends: Ends
): Ends | undefined {
	const body = ends.targets;
	if (body.mentions.length !== 1) return undefined;
	let at = body.to + (body.possessive ? 1 : 0);
	if (!FORCE_OF_BODY.test(tokens[at]?.lower ?? '')) return undefined;
	at += 1;
	if (tokens[at]?.lower !== 'in') return undefined;
	const host = groups.find((group) => group.from === at + 1 && !group.possessive);
	if (!host || host.keys.some((key) => ends.sources.keys.includes(key))) return undefined;
	return { ...ends, targets: host };
}
