import { asideBefore } from './asides';
import { DEBT_LET_GO, FORCES_OF, keptAfterBut, LICENCES, MONEY, TAKEN_AWAY } from './reader-words';
import type { Cue } from './relation-cues';
import type { Ends } from './relation-ends';
import type { Token } from './tokens';

/** Words that deny what follows them: "has not signed", "was unable to obtain". */
const NEGATION_WORDS =
	/^(?:not|never|no|neither|nor|without|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|yet|cannot|\S*n['’]t|hesitant|reluctant|wary|unwilling|unable|unlikely|resisted|resists)$/;

/** Verbs by which an offer is refused: "rejected", "spurned", "turned down". */
const REFUSED = /^(?:reject(?:s|ed|ing)?|spurn(?:s|ed|ing)?|down)$/;
/** Words that make what was rejected a claim, whose rejection is a denial: "rejected the charges". */
const CLAIMED = /^(?:any|charges?|claims?|allegations?|accusations?|reports?|suggestions?)$/;

/** Whether the receiver, named before, refused the aid: "Tunisia rejected IMF conditions for a loan". */
function refusedByReceiver(tokens: Token[], cue: Cue, ends: Ends): boolean {
	// The report's own state, where the sentence does not name it as receiver, from the start.
	const named = ends.targets.mentions[0]?.form !== 'topic';
	if (named && ends.targets.to > cue.from) return false;
	const between = tokens.slice(named ? ends.targets.to : 0, cue.from);
	const verb = between.findIndex(
		(t, k) =>
			REFUSED.test(t.lower) && (t.lower !== 'down' || /^turn/.test(between[k - 1]?.lower ?? ''))
	);
	return (
		verb >= 0 &&
		between.length <= 10 &&
		!between.slice(verb).some((t) => CLAIMED.test(t.lower) || CLAUSE_START.test(t.lower))
	);
}

/**
 * Why a sentence that names two actors and a relation word states no
 * relation that holds:
 * - `call`: a call or demand ("urged all parties to enforce the sanctions");
 * - `hypothetical`: a condition or a possibility ("would breach", "if …");
 * - `negation`: "has not signed", "no aid";
 * - `vote`: an abstention, a veto, a failed vote;
 * - `plan`: a plan or intention not yet carried out;
 * - `ended`: something that ended long ago and is only recalled.
 */
export type NotARelation = 'call' | 'hypothetical' | 'negation' | 'vote' | 'plan' | 'ended';

const KINDS: [NotARelation, RegExp][] = [
	[
		'vote',
		/^(?:abstain(?:s|ed|ing)?|abstentions?|veto(?:es|ed|ing)?|vot(?:e|es|ed|ing)|failed|fails?|blocked|draft)$/
	],
	[
		'call',
		/^(?:urg(?:e|es|ed|ing)|calls?|called|calling|demand(?:s|ed|ing)?|appeal(?:s|ed|ing)?|press(?:es|ed|ing)?|ask(?:s|ed|ing)?|should|must|ought|implor(?:e|es|ed)|exhort(?:s|ed))$/
	],
	[
		'hypothetical',
		/^(?:would|could|might|may|if|unless|whether|hypothetical(?:ly)?|potentially|risk|risks)$/
	],
	['negation', NEGATION_WORDS],
	[
		'plan',
		/^(?:will|shall|\S*['’]ll|plan(?:s|ned|ning)?|intend(?:s|ed)?|intentions?|expect(?:s|ed)?|set|about|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|propos(?:e|es|ed|al|als)|talks|negotiat(?:e|es|ed|ing|ions?)|discuss(?:es|ed|ing|ions?)?|seek(?:s|ing)?|sought|request(?:s|ed|ing)?|meant|supposed|bids?|bidding|tender(?:s|ed|ing)?|aim(?:s|ed|ing)?|hop(?:e|es|ed|ing)|prepared|ready|offer(?:s|ed|ing)?|possible|prospects?|promis(?:e|es|ed|ing)|envisag(?:e|es|ed)|explor(?:e|es|ed|ing)|mull(?:s|ed|ing)?|threaten(?:s|ed|ing)?|wants?|upcoming|future|eventual|mooted|floated|spoken|spoke|postpon(?:e|es|ed|ing)|deferr(?:ed|ing)|defers?|shelv(?:e|es|ed|ing)|form|forming|preparing|prepares|prepare|authori[sz](?:e|es|ed|ing)|due)$/
	],
	[
		'ended',
		/^(?:ended|ending|lapsed|expired|terminated|dissolved|abandoned|collapsed|former|formerly|once|ceased|halted|halting|stopped|stopping|suspended|suspending|scrapped|revoked|lifted|shed|shelved|cancell?ed|dropped|ditched|until|till)$/
	]
];

/** Words that let a debt go, a gift where they are the cue itself: "cancelled Haiti's debt". */
const LETS_DEBT_GO = new RegExp(`^(?:${DEBT_LET_GO})$`);

/** "meant to pressure", "designed to force": the purpose a sanction serves. */
function meantToPress(tokens: Token[], at: number): boolean {
	return (
		/^(?:meant|designed|intended|aimed)$/.test(tokens[at].lower) &&
		tokens[at + 1]?.lower === 'to' &&
		/^(?:pressure|force|punish|coerce|squeeze|isolate|starve|strangle|bend|cripple)$/.test(
			tokens[at + 2]?.lower ?? ''
		)
	);
}

/** Marks that begin a clause: a cue's conditions are read from there. */
const CLAUSE_START = /^(?:;|:|—|–|but|while|whereas|although|though|however|and)$/;

/**
 * How many years before a report's own time a relation stated as past must be to be history,
 * recalled only ("In 1950, China sent troops…" in a report of 2025); not a report's own time
 * ("Clinton signed the act on Monday" in a report of 1996, "bought in the 1990s").
 */
const HISTORY_YEARS = 50;

/**
 * The last year that is history to a report: `HISTORY_YEARS` before its own time, the middle of
 * the years it names (a projection "by 2060" or a recalled 1950 does not move it); none where it
 * names no year.
 */
export function historyUntil(text: string): number | undefined {
	const years = [...text.matchAll(/\b(1[89]\d\d|20\d\d)s?\b/g)]
		.map((match) => Number(match[1]))
		.sort((a, b) => a - b);
	return years.length > 0 ? years[Math.floor(years.length / 2)] - HISTORY_YEARS : undefined;
}

/** Words after which, near the actors, no relation is stated: a veto or an abstention. */
const VOTE_BEFORE = /^(?:veto(?:es|ed)?|abstain(?:ed|ing)?|abstentions?)$/;
/** The last year of a span that, closed by then, is history: "the war of 1998 to 2003". */
const SPAN_CLOSED_BY = 2005;

/** Whether the words before `at` are "talks on a", "negotiations over the", "talks about". */
function talkedOf(tokens: Token[], at: number): boolean {
	let k = at - 1;
	if (/^(?:a|an|the|new|possible|proposed)$/.test(tokens[k]?.lower ?? '')) k--;
	return (
		/^(?:on|about|over|for|toward|towards)$/.test(tokens[k]?.lower ?? '') &&
		/^(?:talks|negotiations)$/.test(tokens[k - 1]?.lower ?? '')
	);
}

/** "1998 to 2003", "1998-2003": a span of years at `at` that closed long ago. */
function closedLongAgo(tokens: Token[], at: number): boolean {
	const joined = /^(?:1[89]\d\d|20\d\d)[-–](1[89]\d\d|20\d\d)$/.exec(tokens[at].text);
	if (joined) return Number(joined[1]) <= SPAN_CLOSED_BY;
	const year = /^(?:1[89]\d\d|20\d\d)$/;
	const span =
		year.test(tokens[at].text) &&
		/^(?:to|and|-|–|until)$/.test(tokens[at + 1]?.lower ?? '') &&
		year.test(tokens[at + 2]?.text ?? '');
	return span && Number(tokens[at + 2].text) <= SPAN_CLOSED_BY;
}

/** Words just after an actor that make it a voter: "with Russia abstaining". */
const VOTE_AFTER = /^(?:abstain(?:s|ed|ing)?|vetoing|vetoed|dissenting|objecting)$/;
/** Verbs after the actors that say the relation is over: "…, were lifted in February". */
const ENDED_AFTER =
	/^(?:ended|lapsed|expired|ceased|terminated|dissolved|lifted|scrapped|revoked|withdrew|withdrawn|departed|replaced|superseded|unwound|faded|withdrawal)$/;
/** Verbs that undo a measure: "but lifted those measures". */
const END_VERB = /^(?:ended|lifted|scrapped|revoked|terminated|dismantled|rescinded|repealed)$/;

/** What a trade agreement takes away, freeing trade: "scrapped duties on nearly all goods". */
const DUTIES = /^(?:duties|tariffs|barriers|quotas|levies)$/;
/** Words that keep an old tie alive: "since 1961", "still". */
const LASTING = /^(?:since|still|continues?|continued|remains?|ongoing|now|today|recent|recently)$/;

/** Words that open a noun, not a verb: "due to its refusal". */
const DETERMINER =
	/^(?:the|a|an|its|their|his|her|this|that|these|those|our|some|any|lack|high|low)$/;

/** Whether "to" and a verb follow word `at`: "due to begin", not "due to its refusal". */
function toAVerb(words: Token[], at: number): boolean {
	const verb = words[at + 2];
	return (
		words[at + 1]?.lower === 'to' &&
		!!verb &&
		/^\p{Ll}+$/u.test(verb.text) &&
		!DETERMINER.test(verb.lower)
	);
}

/** A word of a kind that, read in context, does not say it: "set" but not "set to". */
function misread(kind: NotARelation, window: Token[], at: number): boolean {
	const word = window[at].lower;
	const next = window[at + 1]?.lower;
	if (/^(?:set|about|yet|meant|supposed)$/.test(word) && next !== 'to') return true;
	// "due to begin next year" is a plan; "due to its refusal" a cause.
	if (word === 'due' && !toAVerb(window, at)) return true;
	// "deployed soldiers at the request of Mozambique": done as asked, no request still open.
	if (word === 'request' && window[at - 1]?.lower === 'the' && window[at - 2]?.lower === 'at')
		return true;
	// "said Washington would maintain its ban", "will continue to provide aid": a tie that holds,
	// said to go on.
	if (
		(kind === 'hypothetical' || kind === 'plan') &&
		/^(?:would|will|\S*['’]ll)$/.test(word) &&
		window.slice(at + 1, at + 3).some((t) => /^(?:continue|maintain|keep)$/.test(t.lower)) &&
		// (Not forces kept somewhere: "would keep patrolling the area", "will keep 2,200 troops".)
		!window.slice(at + 1, at + 7).some((t) => FORCES_OF.test(t.lower) || /^patrol/.test(t.lower))
	)
		return true;
	// "has kept its promise to give": a promise kept is done.
	if (
		kind === 'plan' &&
		/^promis/.test(word) &&
		window
			.slice(Math.max(0, at - 3), at)
			.some((t) => /^(?:kept|keeps|keeping|fulfilled|honou?red|delivered)$/.test(t.lower))
	)
		return true;
	// "Portugal, the former colonial power, trains Timorese officers": what it once was, not the tie.
	if (
		kind === 'ended' &&
		word === 'former' &&
		/^(?:colonial|coloni[sz]er|colonists?|imperial|mandate|occupying)$/.test(next ?? '')
	)
		return true;
	// "resuming financing for eleven suspended projects": taken up again.
	if (
		kind === 'ended' &&
		/^(?:suspended|suspending|halted|halting|frozen)$/.test(word) &&
		window
			.slice(0, at)
			.some((t) => /^(?:resum(?:e|es|ed|ing)|restor(?:e|es|ed|ing))$/.test(t.lower))
	)
		return true;
	// "military in form": a shape, not a plan to form one.
	if (word === 'form' && /^(?:in|its|the)$/.test(window[at - 1]?.lower ?? '')) return true;
	// "makes no secret of", "no doubt": said outright.
	if (word === 'no' && /^(?:secret|doubt|surprise)$/.test(next ?? '')) return true;
	// "In May 2024": the month.
	if (
		word === 'may' &&
		window[at].text === 'May' &&
		(/^\d/.test(next ?? '') ||
			at === 0 ||
			/^(?:in|since|of|until|by|from|early|late|mid)$/.test(window[at - 1]?.lower ?? ''))
	)
		return true;
	// "renewed until 31 May 2026 the arms embargo", "extended until 2030": kept on, to an end ahead.
	if (
		kind === 'ended' &&
		/^(?:until|till)$/.test(word) &&
		/^(?:renew|extend|prolong)/.test(window[at - 1]?.lower ?? '')
	)
		return true;
	// "the main donors to last year's plan", "under the plan": one in force, not an intention
	// (but "the plan to build").
	if (
		kind === 'plan' &&
		/^plans?$/.test(word) &&
		/^(?:['’]s|the|its|their|this)$/.test(window[at - 1]?.text.toLowerCase() ?? '') &&
		next !== 'to'
	)
		return true;
	// "Under the revised Floods Response Plan", "the Marshall Plan": a word of a name.
	if (
		kind === 'plan' &&
		/^\p{Lu}\p{Ll}/u.test(window[at].text) &&
		/^\p{Lu}/u.test(window[at - 1]?.text ?? '')
	)
		return true;
	if (kind === 'vote' && /^vot/.test(word)) {
		return !/against|failed|abstain/.test(window.map((token) => token.lower).join(' '));
	}
	return false;
}

/** Where a cue's conditions are read from, and how the report dates its own time. */
export interface ReadingOf {
	/** Read from here where the giver is named by a word that refers back to an earlier name. */
	readFrom?: number;
	/** The last year that is history to the report (see historyUntil). */
	history?: number;
}

/**
 * Why the cue, with these ends, states no relation; none where it does.
 * Words are read from the start of the clause the relation is in (or from
 * `readFrom`, where the giver is named by a word that refers back to an
 * earlier name in the sentence) to the last of its ends.
 */
export function notARelation(
	tokens: Token[],
	cue: Cue,
	ends: Ends,
	type: string,
	{ readFrom = Infinity, history }: ReadingOf = {}
): NotARelation | undefined {
	// An actor named after the cue ("sanctions imposed on Moscow by the EU"): read from the cue on.
	// (But "…any country still buying Russian oil": the buyer before the cue is read too.)
	const agentAfter =
		ends.sources.from > cue.from && (cue.role !== 'receive' || ends.targets.from > cue.from);
	const first = agentAfter ? cue.from : Math.min(ends.sources.from, ends.targets.from, cue.from);
	const lastEnd = Math.max(ends.sources.to, ends.targets.to, cue.to);
	// "was giving Britain no help": the "no" of what was given, past the receiver.
	const last = tokens[lastEnd]?.lower === 'no' && lastEnd > cue.to ? lastEnd + 1 : lastEnd;
	let from = Math.min(first, readFrom);
	// "…never imposed sanctions on India, although it sanctioned Turkey": not past the clause's start.
	for (let k = first - 1; k > from; k--) {
		if (/^(?:;|although|though|but|whereas|while)$/.test(tokens[k].lower)) {
			from = k + 1;
			break;
		}
	}
	while (!agentAfter && from > 0 && first - from < 4 && !CLAUSE_START.test(tokens[from - 1].lower))
		from--;
	// "Neither Wellington nor Canberra has suggested cutting its aid": the subjects' "neither".
	const neither = tokens.findLastIndex(
		(t, k) => k < from && k >= from - 6 && t.lower === 'neither'
	);
	if (neither >= 0 && tokens.slice(neither, from + 1).some((t) => t.lower === 'nor'))
		from = neither;
	if (/^(?:if|unless|should|were)$/.test(tokens[0]?.lower ?? '')) return 'hypothetical';
	// "Harare has been unable to obtain new loans from the World Bank": the receiver, named before,
	// is refused what the giver, named after, would give.
	if (agentAfter && ends.targets.to <= cue.from) {
		const between = tokens.slice(ends.targets.to, cue.from);
		if (
			between.length <= 8 &&
			!between.some((t) => CLAUSE_START.test(t.lower)) &&
			between.some((t, k) => NEGATION_WORDS.test(t.lower) && !misread('negation', between, k))
		)
			return 'negation';
	}
	// "Washington warned Ankara against buying Russian missiles": a warning not to, no relation.
	const warned = tokens.findIndex((t, k) => k < cue.from && /^warn(?:s|ed|ing)?$/.test(t.lower));
	if (
		warned >= 0 &&
		tokens.slice(warned + 1, Math.min(cue.from + 1, warned + 8)).some((t) => t.lower === 'against')
	)
		return 'call';
	// "Tunisia rejected an IMF loan", "turned down Chinese aid": the receiver refused what was offered.
	if (type === 'aid' && refusedByReceiver(tokens, cue, ends)) return 'negation';
	// "Talks on a trade deal between Iceland and China stalled": a deal talked of, not made.
	if (talkedOf(tokens, cue.from)) return 'plan';
	if (tokens.slice(Math.max(0, first - 8), first).some((token) => VOTE_BEFORE.test(token.lower))) {
		return 'vote';
	}
	// "…imposed an arms embargo on the Houthi leadership, with Russia abstaining": a voter, no party.
	const voted = (group: Ends['sources']) => VOTE_AFTER.test(tokens[group.to]?.lower ?? '');
	if (voted(ends.sources) || voted(ends.targets)) return 'vote';
	const aside = asideBefore(tokens, from, cue, ends);
	// "has lifted its asset freezes but keeps an arms embargo on": the verb after "but" is read alone.
	const but = tokens.findLastIndex((_, k) => k > from && k < cue.from && keptAfterBut(tokens, k));
	if (but > 0) from = but + 1;
	// "China blocked Lithuanian imports": goods blocked, a sanction (not a resolution blocked).
	const goodsBlocked =
		type === 'sanctions' &&
		(cue.type === 'trade' || cue.type === 'arms') &&
		!tokens.some((t) => /^(?:resolutions?|draft|motion|bill|vote)$/.test(t.lower));
	// The words read, and their places in the sentence (the asides left out).
	const places: number[] = [];
	for (let k = from; k < last; k++) {
		const word = tokens[k].lower;
		if (
			!aside.has(k) &&
			(type !== 'sanctions' ||
				!/^(?:halted|halting|stopped|stopping|suspended|suspending)$/.test(word)) &&
			(!goodsBlocked || !/^(?:blocked|blocking|blocks)$/.test(word)) &&
			// "terminated Cameroon's trade preferences": the preferences ended, a sanction begun.
			(cue.type !== 'preference' || !TAKEN_AWAY.test(word)) &&
			// "cancelled Myanmar's debt": the debt ended, a gift made; the cue's own word ends nothing.
			(k < cue.from || k >= cue.to || !LETS_DEBT_GO.test(word)) &&
			// "an economic blockade meant to pressure Dushanbe": what it is for, not a plan.
			!(k === cue.to && type === 'sanctions' && meantToPress(tokens, k))
		)
			places.push(k);
	}
	const window = places.map((k) => tokens[k]);
	// "the Secretary-General is to establish an office to supply the force": still to be done.
	// (But "signed an agreement under which Beijing is to supply": bound by what was signed.)
	if (
		window.some(
			(t, k) =>
				/^(?:is|are)$/.test(t.lower) &&
				window[k + 1]?.lower === 'to' &&
				!boundBySigned(tokens, places[k])
		)
	)
		return 'plan';
	// "has frozen €30 million in military assistance", "paused $95 million in aid": held back.
	if (
		type !== 'sanctions' &&
		window.some((t) =>
			/^(?:froze|frozen|freez(?:es|ing)|paused|pauses|withheld|withholds)$/.test(t.lower)
		) &&
		// "released €10.2 billion in frozen funds": given after all.
		!window.some((t) =>
			/^(?:releas(?:e|es|ed|ing)|unfroze|unfrozen|restored|resumed)$/.test(t.lower)
		)
	)
		return 'ended';
	// "The payment clears the way for the bank's first grants": what it makes possible, not yet done.
	if (
		window.some(
			(t, k) =>
				/^(?:clears?|cleared|clearing|paves?|paved|paving|opens?|opened|opening)$/.test(t.lower) &&
				window[k + 1]?.lower === 'the' &&
				window[k + 2]?.lower === 'way'
		)
	)
		return 'plan';
	// "has put off signing a security pact": not done yet.
	if (
		window.some((t, k) => /^(?:put|puts|putting)$/.test(t.lower) && window[k + 1]?.lower === 'off')
	)
		return 'plan';
	// "has stopped short of penalising the UAE itself": not done. (Read in the words themselves:
	// the window leaves out "stopped", which for a sanction says it.)
	if (
		tokens
			.slice(from, last)
			.some(
				(t, k) =>
					/^(?:stop|stops|stopped|stopping|fell|falls|fall|falling)$/.test(t.lower) &&
					tokens[from + k + 1]?.lower === 'short' &&
					tokens[from + k + 2]?.lower === 'of'
			)
	)
		return 'negation';
	for (const [kind, words] of KINDS) {
		const at = window.findIndex(
			(token, i) =>
				words.test(token.lower) &&
				!misread(kind, window, i) &&
				// "promised the five republics 26 billion yuan": a sum promised is the act, as one
				// pledged (findCues takes it only with a sum).
				!(kind === 'plan' && places[i] === cue.from && /^promis/.test(token.lower)) &&
				// "no new arms exports to": a halt, which is the sanction, not its denial.
				!(
					kind === 'negation' &&
					type === 'sanctions' &&
					token.lower === 'no' &&
					window[i + 1]?.lower === 'new'
				) &&
				// "signed a framework agreement under which Paris will provide": what a signed
				// agreement binds a party to do, not an intention.
				// (Told in the past: "had signed a deal under which Russia would supply".)
				!(
					((kind === 'plan' && /^(?:will|shall)$/.test(token.lower)) ||
						(kind === 'hypothetical' && token.lower === 'would')) &&
					boundBySigned(tokens, places[i])
				) &&
				// "The European Union will give Lebanon 1 billion euros over the next four years": a sum
				// committed, announced as aid is.
				!(kind === 'plan' && token.lower === 'will' && sumCommitted(tokens, places[i])) &&
				// "announced that it would approve no new arms exports to": a halt decided, in force.
				!(
					kind === 'hypothetical' &&
					token.lower === 'would' &&
					type === 'sanctions' &&
					(cue.type === 'arms' || licensed(tokens, cue)) &&
					haltAnnounced(tokens, places[i])
				)
		);
		if (at >= 0) return kind;
	}
	// "…froze Malian state assets in January 2022, but lifted those measures in July": undone later.
	const undone =
		type === 'sanctions' &&
		tokens.some(
			(t, k) =>
				k >= last &&
				t.lower === 'but' &&
				tokens
					.slice(k + 1, k + 4)
					.some(
						(verb, j) =>
							END_VERB.test(verb.lower) &&
							/^(?:those|these|them|the|all)$/.test(tokens[k + 2 + j]?.lower ?? '')
					)
		);
	if (undone || liftedAfter(tokens, last)) return 'ended';
	// "tore up the 2012 status-of-forces agreement with Washington": the tie itself torn up.
	const tornUp = tokens.findIndex(
		(t, k) => k >= cue.from - 6 && k < cue.from && /^(?:tore|torn|tearing)$/.test(t.lower)
	);
	if (tornUp >= 0 && tokens[tornUp + 1]?.lower === 'up') return 'ended';
	// "France handed over its last military bases in Senegal": the bases given up, the tie ended.
	if (cue.type === 'base' && basesGivenUp(tokens, cue.from)) return 'ended';
	// "a formal defence pact between Pyongyang and Tehran would alarm the Gulf": the tie, named
	// before its parties, is what would happen.
	if (cue.to <= ends.sources.from && /^(?:would|could|might)$/.test(tokens[last]?.lower ?? ''))
		return 'hypothetical';
	// "From June 2017 until the Al-Ula declaration of January 2021, Saudi Arabia … closed": a span
	// the sentence opens with, closed by the date it gives.
	if (closedSpanOpening(tokens, cue.from)) return 'ended';
	// "…, and at the time it also halted trade": recalled, as it stood then.
	if (
		window.some(
			(t, k) =>
				t.lower === 'at' && window[k + 1]?.lower === 'the' && window[k + 2]?.lower === 'time'
		)
	)
		return 'ended';
	// "…buyer of Argentine soybeans, and Chinese importers … scrapped": another clause.
	// "…became the alliance's 30th member, a year after the Prespa agreement … lifted Athens' veto":
	// what happened before, in a time clause of its own.
	const timeClause = (i: number) =>
		/^(?:(?:a|one|two|three|four|five|six|several|some) (?:\S+ )?(?:years?|months?|weeks?|days?) (?:after|before|later|earlier)|(?:shortly|soon|long|months|years|weeks|days) (?:after|before))\b/.test(
			tokens
				.slice(i + 1, i + 5)
				.map((t) => t.lower)
				.join(' ')
		);
	const clauseEnd = tokens.findIndex(
		(token, i) =>
			i >= last &&
			(/^(?:;|but|though|although|while|whereas)$/.test(token.lower) ||
				(token.text === ',' &&
					(/^(?:and|but|while)$/.test(tokens[i + 1]?.lower ?? '') || timeClause(i))))
	);
	const rest = tokens.slice(last, clauseEnd < 0 ? tokens.length : clauseEnd);
	// But "a trade agreement …, in force since February, has scrapped duties": trade freed, not ended.
	const dutiesGone = (k: number) =>
		type === 'trade' && rest.slice(k + 1, k + 4).some((token) => DUTIES.test(token.lower));
	// Nor "given 12 billion marks toward the withdrawal": what money is for.
	const paidFor = (k: number) =>
		/^(?:toward|towards|for)$/.test(rest[k - 2]?.lower ?? '') && rest[k - 1]?.lower === 'the';
	if (rest.some((token, k) => ENDED_AFTER.test(token.lower) && !dutiesGone(k) && !paidFor(k)))
		return 'ended';
	// "Deliveries to Germany … are due to begin next year": still to come.
	const toCome = rest.some(
		(token, k) =>
			/^(?:due|scheduled|expected|set)$/.test(token.lower) &&
			/^(?:is|are|was|were)$/.test(rest[k - 1]?.lower ?? '') &&
			toAVerb(rest, k)
	);
	if (toCome) return 'plan';
	// "…, to be financed by the World Bank, never got off the ground": it did not happen.
	const neverHappened = rest.some(
		(token, k) =>
			token.lower === 'never' &&
			/^(?:got|materiali[sz]ed|happened|began|took|came|went|left|advanced)$/.test(
				rest[k + 1]?.lower ?? ''
			)
	);
	if (neverHappened) return 'negation';
	// "…, however, was wound down in the mid-2010s", "a restriction that has long since fallen away".
	const phrase = (first: string, second: string) =>
		rest.some((token, k) => token.lower === first && rest[k + 1]?.lower === second);
	if (phrase('wound', 'down') || phrase('long', 'since')) return 'ended';
	// "sent troops to defend Kinshasa during the war of 1998 to 2003": a span closed long ago.
	if (rest.some((_, k) => closedLongAgo(rest, k))) return 'ended';
	// "…the police officers of the mission … went home in 2017".
	if (rest.some((token, k) => token.lower === 'went' && rest[k + 1]?.lower === 'home'))
		return 'ended';
	if (type !== 'defense-pact' && type !== 'sanctions') {
		const years = tokens
			.slice(Math.max(0, first - 4), last + 4)
			.map((token) => /^(1[89]\d\d|20\d\d)s?$/.exec(token.text)?.[1])
			.filter(Boolean)
			.map(Number);
		const lasting = tokens.some((token) => LASTING.test(token.lower));
		if (
			history !== undefined &&
			years.length > 0 &&
			years.every((year) => year <= history) &&
			!lasting
		)
			return 'ended';
	}
	return undefined;
}

/** "From June 2017 until … January 2021,": an opening span to a past year, before the cue. */
function closedSpanOpening(tokens: Token[], cueFrom: number): boolean {
	if (tokens[0]?.lower !== 'from') return false;
	const until = tokens.findIndex((t, k) => k < 6 && /^(?:until|till|to)$/.test(t.lower));
	const comma = tokens.findIndex((t, k) => k > until && t.text === ',');
	if (until < 0 || comma < 0 || comma > cueFrom || comma - until > 10) return false;
	return tokens.slice(until + 1, comma).some((t) => /^(?:1[89]\d\d|20\d\d)$/.test(t.text));
}

/** Verbs of giving up a base: "handed over", "vacated", "closed". */
const GIVEN_UP =
	/^(?:vacat(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|abandon(?:s|ed|ing)?|evacuat(?:e|es|ed|ing))$/;

/** "handed over its last military bases", "closed its base": a base given up, no more than 4 words before. */
function basesGivenUp(tokens: Token[], at: number): boolean {
	return tokens.some(
		(t, k) =>
			k >= at - 4 &&
			k < at &&
			(GIVEN_UP.test(t.lower) ||
				(/^hand(?:s|ed|ing)?$/.test(t.lower) && /^(?:over|back)$/.test(tokens[k + 1]?.lower ?? '')))
	);
}

/** "will give Lebanon 1 billion euros", "will provide 210 million euros": a sum of money given. */
function sumCommitted(tokens: Token[], will: number): boolean {
	if (!/^(?:give|provide|disburse|lend|grant|fund|finance)$/.test(tokens[will + 1]?.lower ?? ''))
		return false;
	// Not the terms of an agreement ("an agreement under which Paris will provide"): signed, those
	// bind (boundBySigned); in talks, they are a plan.
	if (tokens.slice(Math.max(0, will - 4), will).some((t) => t.lower === 'which')) return false;
	return tokens.slice(will + 2, will + 8).some((t) => MONEY.test(t.lower));
}

/**
 * "Denmark said it would stop approving new arms export licences for the kingdom", "announced
 * that it would approve no new arms exports": a halt a government says it makes, told in
 * reported speech, is made, for arms and licensed exports. (Not "said it would impose
 * sanctions", "would suspend aid" nor "would stop promoting trade": steps still to come.)
 */
function haltAnnounced(tokens: Token[], at: number): boolean {
	const said = tokens
		.slice(Math.max(0, at - 8), at)
		.some((t) => /^(?:said|says|announced|announces|told|declared|decided)$/.test(t.lower));
	const after = tokens.slice(at + 1, at + 5);
	const halts = after.some(
		(t, k) =>
			/^(?:stop|halt|suspend|freeze|end)$/.test(t.lower) ||
			(t.lower === 'no' && after[k + 1]?.lower === 'new')
	);
	return said && halts;
}

/**
 * "…since Tokyo froze new yen loans to India; those measures were lifted in 2001": the measures
 * named again, after the one told, and lifted since.
 */
function liftedAfter(tokens: Token[], last: number): boolean {
	return tokens.some(
		(t, k) =>
			k >= last &&
			/^(?:those|these|the)$/.test(t.lower) &&
			/^(?:measures|sanctions|restrictions|curbs|bans?|freezes?|penalties|embargoe?s?)$/.test(
				tokens[k + 1]?.lower ?? ''
			) &&
			/^(?:were|was|have|has|had)$/.test(tokens[k + 2]?.lower ?? '') &&
			tokens
				.slice(k + 3, k + 5)
				.some((verb) => /^(?:lifted|removed|ended|scrapped|dropped|eased)$/.test(verb.lower))
	);
}

/** Exports by licence: "no new export licences to Turkey", "permits for arms". */
function licensed(tokens: Token[], cue: Cue): boolean {
	return tokens.slice(cue.from, cue.to + 2).some((t) => LICENCES.test(t.lower));
}

/** "signed a framework agreement on Monday under which": an agreement signed, whose terms follow. */
function boundBySigned(tokens: Token[], at: number): boolean {
	const which = tokens.findLastIndex((t, k) => k < at && t.lower === 'which');
	if (which < 1 || tokens[which - 1].lower !== 'under' || at - which > 4) return false;
	const before = tokens.slice(Math.max(0, which - 10), which - 1).map((t) => t.lower);
	return (
		before.some((w) =>
			/^(?:agreements?|deals?|compacts?|accords?|treat(?:y|ies)|memorand(?:um|a)|pacts?|partnerships?|frameworks?|arrangements?)$/.test(
				w
			)
		) && before.some((w) => /^(?:signed|ratified|concluded|sealed|struck)$/.test(w))
	);
}
