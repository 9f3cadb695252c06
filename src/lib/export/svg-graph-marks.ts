import type { GraphIndex } from '$lib/model/graph-index';
import type { Relation, Source } from '$lib/model/schema';
import { actorNode, relationNode } from '$lib/render/svg-mark-nodes';
import { actorDrawing, relationDrawing } from '$lib/render/svg-marks';
import type { VisualGraph } from '$lib/stage/visual-graph';
import { typeLabel } from './graph-words';
import { opacityOnce } from './opacity-once';
import type { SourceNumbers } from './source-numbers';
import { element, serialize, text } from './svg-element';
import { isWebLink } from './web-link';

/**
 * The marks of a picture, as the page and the slide write them: the
 * relations (each inside a link to its first source, with a tooltip that
 * cites its sources by number), then the actors (each with its full name as
 * its tooltip), in graph units.
 */
export function graphMarks(visual: VisualGraph, index: GraphIndex, numbers: SourceNumbers): string {
	return (
		element('g', { class: 'relations' }, ...relationMarksOf(visual, index, numbers)) +
		element(
			'g',
			{ class: 'actors' },
			...visual.actors.map((actor) =>
				serialize(opacityOnce(actorNode(actorDrawing(actor), actor.actor.fullName ?? actor.name)))
			)
		)
	);
}

/** Each relation's marks inside a link to its first source, with a tooltip that cites its sources. */
function relationMarksOf(visual: VisualGraph, index: GraphIndex, numbers: SourceNumbers): string[] {
	return visual.relations.map((drawn) => {
		const { relation } = drawn;
		const cited = numbers.byRelation.get(relation.id) ?? [];
		const title = element(
			'title',
			{},
			text(relationTitle(relation, index, cited, numbers.sources))
		);
		const mark = serialize(opacityOnce(relationNode(relationDrawing(drawn))));
		const href = index.sources.get(relation.evidence[0]?.source ?? '')?.url;
		return href && isWebLink(href)
			? element('a', { href }, title, mark)
			: element('g', {}, title, mark);
	});
}

/** The tooltip of a relation: what it is, how sure, and where it comes from. */
function relationTitle(
	relation: Relation,
	index: GraphIndex,
	cited: readonly number[],
	sources: readonly Source[]
): string {
	const from = cited.map((number) => `[${number}] ${sources[number - 1].title}`).join('; ');
	return `${relation.summary} — ${typeLabel(relation.type, index)}, ${relation.status}. Sources: ${from}`;
}
