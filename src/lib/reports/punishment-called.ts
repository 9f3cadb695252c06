import type { MentionGroup } from './mention-groups';
import type { Proposal, ProposalMark } from './proposal';
import type { Token } from './tokens';

type Draft = Omit<Proposal, 'id'>;

/** Verbs of naming a measure for what one holds it to be: "called the cut a reprisal". */
const CALLED =
	/^(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|brand(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|term(?:s|ed)?|characteri[sz](?:e|es|ed)|view(?:s|ed)?|regard(?:s|ed)?|see|sees|saw)$/;
/** What a measure is called when it is held to punish. */
const PUNISHMENT = /^(?:reprisals?|retaliation|punishment|punishing|blackmail|coercion)$/;
/** "economic pressure", "a trade war": pressure and war of the kind a sanction is. */
const PRESSURE = /^(?:pressure|war|warfare|blockade|embargo)$/;
const KIND_OF_PRESSURE = /^(?:economic|political|trade|energy|gas|commercial)$/;
/** Words that undo the calling: "did not call it retaliation", "would be seen as". */
const UNDONE = /^(?:not|never|no|would|could|might|if|unless)$/;
/** How far after the verb the word for a punishment may come. */
const REACH = 10;

/**
 * "Czech commentators have called the cut a Russian reprisal for the radar", "Vilnius has called
 * the closure punishment for the sale": a state's people call a measure a punishment, which
 * alleges a sanction on that state by the one the sentence names with the word or as its
 * subject, or, where it names none, by the state named last before it (`lastOther`). The claim
 * is the caller's: alleged.
 */
export function punishmentsCalled(
	tokens: Token[],
	groups: MentionGroup[],
	sentence: { start: number; end: number; paragraph: number; text: string },
	isState: (key: string) => boolean,
	lastOther: (caller: string) => string | undefined
): Draft[] {
	const verb = tokens.findIndex((token) => CALLED.test(token.lower));
	if (verb < 0) return [];
	const word = tokens.findIndex(
		(token, k) =>
			k > verb &&
			k <= verb + REACH &&
			(PUNISHMENT.test(token.lower) ||
				(PRESSURE.test(token.lower) && KIND_OF_PRESSURE.test(tokens[k - 1]?.lower ?? '')))
	);
	if (word < 0 || tokens.slice(Math.max(0, verb - 3), word).some((t) => UNDONE.test(t.lower)))
		return [];
	const caller = groups.findLast((group) => group.to <= verb && verb - group.to <= 4);
	const callers = caller?.keys.filter(isState) ?? [];
	if (callers.length !== 1) return [];
	const [target] = callers;
	// The punisher named with the word ("a Russian reprisal"), else the sentence's subject before
	// the callers ("Beijing … answered with what South Korean officials describe as economic
	// punishment"); not a state named after the word ("linked to its support for Ukraine").
	const other = (group: MentionGroup) =>
		group.keys.length === 1 && isState(group.keys[0]) && group.keys[0] !== target;
	const named =
		groups.find((group) => other(group) && group.from > verb && group.from <= word + 3) ??
		groups.find((group) => other(group) && group.to <= caller!.from);
	const source = named?.keys[0] ?? lastOther(target);
	if (!source) return [];
	const at = (k: number) => ({ start: tokens[k].start, end: tokens[k].end });
	const marks: ProposalMark[] = [
		...(named
			? [
					{
						start: tokens[named.from].start,
						end: tokens[named.to - 1].end,
						role: 'source' as const
					}
				]
			: []),
		{ start: tokens[caller!.from].start, end: tokens[caller!.to - 1].end, role: 'target' },
		{ ...at(word), role: 'type' },
		{ ...at(verb), role: 'status' }
	];
	return [
		{
			source,
			target,
			type: 'sanctions',
			directed: true,
			status: 'alleged',
			evidence: sentence.text,
			start: sentence.start,
			end: sentence.end,
			paragraph: sentence.paragraph,
			marks,
			confidence: named ? 0.6 : 0.45,
			reason: `sanctions: “${tokens[word].text}”, a measure so called by the state it punishes; alleged: its claim`
		}
	];
}
