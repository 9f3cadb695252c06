import { relationEnds } from '$lib/model/describe-relation';
import type { GraphIndex } from '$lib/model/graph-index';
import type { Relation } from '$lib/model/schema';

/**
 * A change to a relation as Undo names it: "Delete trade between China and
 * North Korea". Kept free of the schema, so the panel's Delete button can use
 * it without loading the forms.
 */
export function relationChange(verb: string, relation: Relation, index: GraphIndex): string {
	const label = index.types.get(relation.type)?.label ?? relation.type;
	return `${verb} ${lowerFirst(label)} ${relationEnds(relation, index)}`;
}

/** "Trade" → "trade"; a name that starts with an acronym ("UN sanctions") stays as it is. */
function lowerFirst(text: string): string {
	const first = text.split(/\s/)[0];
	if (first.length > 1 && first === first.toUpperCase()) return text;
	return text.charAt(0).toLowerCase() + text.slice(1);
}
