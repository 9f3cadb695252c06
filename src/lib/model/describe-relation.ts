import { isDirected } from '$lib/stage/relation-style';
import type { GraphIndex } from './graph-index';
import type { Relation } from './schema';

/**
 * A relation in words, for screen readers and tooltips:
 * "Aid from China to North Korea, reported" or "Trade between China and North Korea, confirmed".
 */
export function describeRelation(relation: Relation, index: GraphIndex): string {
	const type = index.types.get(relation.type);
	return `${type?.label ?? relation.type} ${relationEnds(relation, index)}, ${relation.status}`;
}

/** "from China to North Korea" for a one-way relation, "between China and North Korea" otherwise. */
export function relationEnds(relation: Relation, index: GraphIndex): string {
	const source = index.actors.get(relation.source)?.name ?? relation.source;
	const target = index.actors.get(relation.target)?.name ?? relation.target;
	return isDirected(relation, index.types.get(relation.type))
		? `from ${source} to ${target}`
		: `between ${source} and ${target}`;
}

/** How many different sources a relation's evidence cites. */
export function sourceCount(relation: Relation): number {
	return new Set(relation.evidence.map((evidence) => evidence.source)).size;
}
