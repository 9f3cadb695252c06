import { TypeLabels } from '$lib/csv/type-labels';
import { isGraphId } from '$lib/model/field-patterns';
import { partialDateProblem } from '$lib/model/partial-date';
import { RelationStatusSchema, type Actor, type Relation } from '$lib/model/schema';
import { slugId } from '../slug-id';
import { AttributeNames, textOf } from './attribute-names';
import type { InterchangeEdge } from './network';
import { UnkeptAttributes } from './unkept-attributes';

// Ties' own exports write both a type's id and its label: the label names a declared type best.
const TYPE = ['typelabel', 'type', 'relation', 'kind', 'interaction'];
/** An edge's label (Gephi's `Edge Label`) names its type when a file uses few of them; else it is a caption. */
const LABEL = ['label', 'edge label'];
const MOST_LABELS_AS_TYPES = 30;
const TYPE_OR_LABEL = [...TYPE, ...LABEL];
const [STATUS, SUMMARY, SIGNED, SINCE, UNTIL] = [
	['status'],
	['summary', 'description'],
	['signed'],
	['since'],
	['until']
];
const KEPT = new Set([
	...TYPE,
	...LABEL,
	'status',
	'summary',
	'description',
	'signed',
	'since',
	'until',
	'directed',
	'id',
	'source',
	'target'
]);

/** The type of an edge whose file names none. */
export const TIE = 'Tie';

export interface RelationsOfEdges {
	relations: Relation[];
	types: TypeLabels;
	unkept: UnkeptAttributes;
}

/**
 * The relations of a file's edges: each cites `sourceId` with `note` as its
 * evidence, as the file gives none; its type is the edge's `type` (or
 * `relation`, or a `label` when the file uses few), made a declared type when
 * Ties does not know it, as a CSV's labels are; its direction is the edge's
 * (the type's own when the file does not say);
 * status, summary and dates are the edge's where they are valid, else
 * "reported" and the names of its two actors.
 */
export function relationsOfEdges(
	edges: readonly InterchangeEdge[],
	actors: ReadonlyMap<string, Actor>,
	ids: ReadonlyMap<string, string>,
	sourceId: string,
	note: string
): RelationsOfEdges {
	const types = new TypeLabels();
	const unkept = new UnkeptAttributes();
	// Each edge is asked only for the names the file's edges use.
	const names = new AttributeNames(edges.map((edge) => edge.attributes));
	const asked = names.usedOf({
		TYPE,
		LABEL,
		TYPE_OR_LABEL,
		STATUS,
		SUMMARY,
		SIGNED,
		SINCE,
		UNTIL
	});
	const countUnkept = names.usesOtherThan(KEPT);
	const lowered = edges.map((edge) => names.of(edge.attributes));
	const labels = new Set(
		lowered.map((attributes) => textOf(attributes, asked.LABEL)).filter(Boolean)
	);
	const labelsAreTypes = labels.size <= MOST_LABELS_AS_TYPES;
	const taken = new Set<string>();
	// Where no edge has an id of its own, each is `link-3` by its place: none can be taken twice.
	const idsGiven = edges.some((edge) => edge.id !== undefined);
	const relations = edges.map((edge, index): Relation => {
		const attributes = lowered[index];
		const label = textOf(attributes, labelsAreTypes ? asked.TYPE_OR_LABEL : asked.TYPE) ?? TIE;
		const source = ids.get(edge.source) ?? edge.source;
		const target = ids.get(edge.target) ?? edge.target;
		const caption = labelsAreTypes ? undefined : textOf(attributes, asked.LABEL);
		const said = textOf(attributes, asked.SUMMARY) ?? caption;
		const signed = dateOf(textOf(attributes, asked.SIGNED));
		const since = dateOf(textOf(attributes, asked.SINCE)) ?? dateOf(edge.since);
		const until = dateOf(textOf(attributes, asked.UNTIL)) ?? dateOf(edge.until);
		// Fields in the schema's order: the check keeps the relation as it is made (see quickShape).
		const relation = {
			id: idsGiven ? relationId(edge.id, index, taken) : `link-${index}`,
			type: types.idOf(label.slice(0, 60)).id,
			source,
			target
		} as Relation;
		if (edge.directed !== undefined) relation.directed = edge.directed;
		relation.status = statusOf(textOf(attributes, asked.STATUS));
		if (signed) relation.signed = signed;
		if (since) relation.since = since;
		if (until) relation.until = until;
		// Two names of at most 80 characters fit a summary; only the file's own is clipped.
		relation.summary =
			said?.slice(0, 300) ??
			`${actors.get(source)?.name ?? source} – ${actors.get(target)?.name ?? target}`;
		relation.evidence = [{ source: sourceId, note }];
		if (countUnkept) unkept.add(edge.attributes, KEPT);
		return relation;
	});
	return { relations, types, unkept };
}

/** The edge's own id when it is a valid one not yet taken, else one made from it, else `link-3` (counted from 0, as Ties always has). */
function relationId(id: string | undefined, index: number, taken: Set<string>): string {
	if (id !== undefined && isGraphId(id) && !taken.has(id)) {
		taken.add(id);
		return id;
	}
	return slugId(id ?? '', `link-${index}`, taken);
}

const STATUSES: ReadonlySet<string> = new Set(RelationStatusSchema.options);

/** The edge's status where it is one of Ties' own, else "reported". */
function statusOf(text: string | undefined): Relation['status'] {
	const status = text?.toLowerCase();
	return status !== undefined && STATUSES.has(status) ? (status as Relation['status']) : 'reported';
}

/** A date the graph file takes (`2024`, `2024-06`, `2024-06-19`, or the day of a timestamp). */
function dateOf(text: string | undefined): string | undefined {
	const date = text?.replace(/^(\d{4})\.0+$/, '$1').replace(/^(\d{4}-\d{2}-\d{2})T.*$/, '$1');
	return date !== undefined && partialDateProblem(date) === undefined ? date : undefined;
}
