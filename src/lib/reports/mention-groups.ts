import type { Mention } from './find-mentions';
import type { Token } from './tokens';

/** Actors named together: "Britain, France and Germany", "Russian President Vladimir Putin". */
export interface MentionGroup {
	keys: string[];
	mentions: Mention[];
	from: number;
	to: number;
	/** Its last name is possessive: "North Korea’s". */
	possessive: boolean;
}

const JOINS = /^(?:,|and|&|as|well|together|with|along|both|the)$/;
const TITLES =
	/^(?:leader|supreme|president|prime|minister|foreign|defen[cs]e|deputy|vice|chairman|premier|chancellor|king|emir|general|secretary|envoy|ambassador|spokes(?:man|woman|person)|counterpart|head|chief|the|,)$/i;

/** The sentence's mentions, gathered into the groups they are named in. */
export function groupMentions(tokens: Token[], mentions: Mention[]): MentionGroup[] {
	const groups: MentionGroup[] = [];
	for (const mention of mentions) {
		const last = groups.at(-1);
		const between = last ? tokens.slice(last.to, mention.from) : [];
		const sameActor =
			last?.keys.at(-1) === mention.key &&
			between.every((t) => TITLES.test(t.text) || /^\p{Lu}/u.test(t.text));
		const listed =
			last &&
			!last.possessive &&
			between.length > 0 &&
			between.length <= 3 &&
			between.every((t) => JOINS.test(t.lower)) &&
			!(between.length === 1 && between[0].lower === 'with');
		if (last && (sameActor || listed || between.length === 0)) {
			if (!last.keys.includes(mention.key)) last.keys.push(mention.key);
			last.mentions.push(mention);
			last.to = mention.to;
			last.possessive = mention.possessive;
		} else {
			groups.push({
				keys: [mention.key],
				mentions: [mention],
				from: mention.from,
				to: mention.to,
				possessive: mention.possessive
			});
		}
	}
	return groups;
}
