import type { RelationStatus, RelationType } from '$lib/model/schema';

/** How the built-in types read in a sentence: one way (`from`, `to`), or between two. */
const PHRASES: Record<string, { oneWay: string; between: string }> = {
	trade: { oneWay: '{from} trades with {to}', between: '{from} and {to} trade' },
	aid: { oneWay: '{from} gives aid to {to}', between: '{from} and {to} give each other aid' },
	'defense-pact': {
		oneWay: '{from} has a defense pact with {to}',
		between: '{from} and {to} have a defense pact'
	},
	sanctions: {
		oneWay: '{from} imposes sanctions on {to}',
		between: '{from} and {to} impose sanctions on each other'
	}
};

/**
 * A new relation's summary, written from what the analyst accepted: "China
 * gives aid to North Korea"; a type of the graph's own reads by its label
 * ("Diplomatic relations between China and North Korea"). A claim that is
 * only alleged, or denied, says so, so the summary never states it as fact.
 */
export function proposalSummary(
	type: Pick<RelationType, 'id' | 'label'>,
	from: string,
	to: string,
	directed: boolean,
	status: RelationStatus
): string {
	const phrase = PHRASES[type.id];
	const sentence = phrase
		? (directed ? phrase.oneWay : phrase.between)
				.replace('{from}', () => from)
				.replace('{to}', () => to)
		: `${type.label} ${directed ? `from ${from} to ${to}` : `between ${from} and ${to}`}`;
	const said = status === 'alleged' || status === 'denied' ? ` (${status})` : '';
	return `${sentence}${said}`.slice(0, 300);
}
