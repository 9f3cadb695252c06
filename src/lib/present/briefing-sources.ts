import { formatPartialDate } from '$lib/model/partial-date';
import type { GraphFile, Relation, Source, StoryStep } from '$lib/model/schema';
import { numberSources, type SourceNumbers } from '$lib/export/source-numbers';

/** One numbered citation on a slide. */
export interface SlideCitation {
	number: number;
	source: Source;
}

/**
 * The sources of a briefing, numbered once for the whole of it, in the order
 * the story first cites them, then the rest of the graph's relations: a
 * source keeps its number on every slide and in the handout's appendix.
 */
export function briefingSources(
	graph: Pick<GraphFile, 'relations'>,
	sources: ReadonlyMap<string, Source>,
	steps: readonly StoryStep[]
): SourceNumbers {
	return numberSources(storyOrder(graph, steps), sources);
}

/** The graph's relations in the order the story tells them, then those it never names. */
export function storyOrder(
	graph: Pick<GraphFile, 'relations'>,
	steps: readonly StoryStep[]
): Relation[] {
	const relations = new Map(graph.relations.map((relation) => [relation.id, relation]));
	const told = [...new Set(steps.flatMap((step) => step.relations ?? []))].flatMap((id) => {
		const relation = relations.get(id);
		return relation ? [relation] : [];
	});
	const toldIds = new Set(told.map((relation) => relation.id));
	return [...told, ...graph.relations.filter((relation) => !toldIds.has(relation.id))];
}

/** The sources of the relations in focus, by number: the basis of what a slide claims. */
export function slideCitations(
	numbers: SourceNumbers,
	focusRelations: readonly string[]
): SlideCitation[] {
	const cited = new Set(focusRelations.flatMap((id) => numbers.byRelation.get(id) ?? []));
	return [...cited]
		.sort((a, b) => a - b)
		.map((number) => ({ number, source: numbers.sources[number - 1] }));
}

/** "KSAT (summary of an Associated Press report), 6 Oct 2024": a source as a slide cites it. */
export function shortCitation(source: Source): string {
	return `${source.publisher}, ${formatPartialDate(source.published)}`;
}
