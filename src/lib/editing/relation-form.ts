import { relationTypesOf } from '$lib/model/builtin-types';
import { uniqueId } from '$lib/editing/unique-id';
import { checkReferences } from '$lib/model/references';
import {
	RelationSchema,
	type Evidence,
	type GraphFile,
	type Relation,
	type RelationStatus,
	type Source
} from '$lib/model/schema';
import { evidenceFields, evidenceFromForm, type EvidenceFields } from './evidence-form';
import { addError, addIssues, type FieldErrors } from './field-errors';
import { dropUndefined, optional } from './form-values';

/** A relation as its form holds it: its ends are actor ids picked by name (`''`: none yet). */
export interface RelationFields {
	type: string;
	from: string;
	to: string;
	directed: boolean;
	status: RelationStatus;
	signed: string;
	since: string;
	until: string;
	summary: string;
	evidence: EvidenceFields[];
}

export const RELATION_LABELS: Record<string, string> = {
	type: 'Type',
	from: 'From',
	to: 'To',
	directed: 'Direction',
	status: 'Status',
	signed: 'Signed',
	since: 'Since',
	until: 'Until',
	summary: 'Summary',
	evidence: 'A relation'
};

/** Each status in a line, for the analyst choosing one. */
export const STATUS_CHOICES: { status: RelationStatus; label: string; note: string }[] = [
	{ status: 'confirmed', label: 'Confirmed', note: 'Established by the evidence.' },
	{
		status: 'reported',
		label: 'Reported',
		note: 'Reported by the sources; not independently confirmed.'
	},
	{ status: 'alleged', label: 'Alleged', note: 'Claimed by some, not established.' },
	{ status: 'denied', label: 'Denied', note: 'Denied by those involved.' }
];

/**
 * The fields of a relation's form: the relation's own, or a new one (from
 * `from`, if given) with one empty evidence item to fill in.
 */
export function relationFields(
	relation: Relation | undefined,
	graph: GraphFile,
	from = ''
): RelationFields {
	const types = relationTypesOf(graph);
	const type = relation?.type ?? types.keys().next().value ?? 'trade';
	return {
		type,
		from: relation?.source ?? from,
		to: relation?.target ?? '',
		directed: relation?.directed ?? types.get(type)?.directed ?? false,
		// A new relation starts as reported: nothing is confirmed until the analyst says so.
		status: relation?.status ?? 'reported',
		signed: relation?.signed ?? '',
		since: relation?.since ?? '',
		until: relation?.until ?? '',
		summary: relation?.summary ?? '',
		evidence: relation ? relation.evidence.map((item) => evidenceFields(item)) : [evidenceFields()]
	};
}

/**
 * The relation a form describes, with the new sources its evidence cites,
 * or every problem with it, each keyed by its field. Checked as a graph file
 * is: the schema, then the references (actors that exist, two different
 * ends, signed not after since, until not before since).
 */
export function relationFromForm(
	fields: RelationFields,
	graph: GraphFile,
	editing?: string
): { relation: Relation; sources: Source[] } | { errors: FieldErrors } {
	const errors: FieldErrors = {};
	const evidence: Evidence[] = [];
	const sources: Source[] = [];
	fields.evidence.forEach((item, index) => {
		const taken = new Set(sources.map((source) => source.id));
		const made = evidenceFromForm(item, graph, `evidence[${index}].`, taken);
		if ('errors' in made) {
			Object.assign(errors, made.errors);
		} else {
			evidence.push(made.evidence);
			if (made.newSource) sources.push(made.newSource);
		}
	});
	if (fields.evidence.length === 0) {
		errors.evidence = 'A relation needs at least one evidence item: a source and what it says.';
	}
	if (fields.from === '') errors.from = 'From: pick an actor from the list.';
	if (fields.to === '') errors.to = 'To: pick an actor from the list.';

	const type = relationTypesOf(graph).get(fields.type);
	const said = graph.relations.find((relation) => relation.id === editing)?.directed !== undefined;
	const candidate = dropUndefined({
		id: editing ?? newRelationId(fields, graph),
		type: fields.type,
		source: fields.from,
		target: fields.to,
		// Said where the file said it or where it differs from the type's nature, so an edit
		// changes no more of the file than the analyst did.
		directed: said || fields.directed !== (type?.directed ?? false) ? fields.directed : undefined,
		status: fields.status,
		signed: optional(fields.signed),
		since: optional(fields.since),
		until: optional(fields.until),
		summary: fields.summary.trim()
	});
	const shape = RelationSchema.omit({ evidence: true }).safeParse(candidate, { reportInput: true });
	if (!shape.success) addIssues(errors, shape.error.issues, relationField, labelOf);

	const relation = { ...candidate, evidence } as Relation;
	const datesRead = !errors.signed && !errors.since && !errors.until;
	for (const problem of checkReferences({
		...graph,
		sources: [...graph.sources, ...sources],
		relations: [relation],
		story: undefined
	})) {
		const field = relationField(problem.place.replace(/^relations\[0\]\.?/, ''));
		if (!field || !problem.place.startsWith('relations[0]') || field.startsWith('evidence'))
			continue;
		if ((field === 'until' || field === 'signed') && !datesRead) continue;
		if (field === 'to' && problem.message.startsWith('is the same actor')) {
			addError(errors, 'to', 'To is the same actor as From: a relation ties two different actors.');
		} else addError(errors, field, `${labelOf(field)}: ${problem.message}.`);
	}
	if (editing && datesRead) storyProblems(relation, graph, errors);
	return Object.keys(errors).length > 0 ? { errors } : { relation, sources };
}

/**
 * A story step dated to a time its relation would no longer stand, after the
 * relation's dates change: the graph would not open again, so the form says so
 * by the dates, naming the step.
 */
function storyProblems(relation: Relation, graph: GraphFile, errors: FieldErrors): void {
	const dated = graph.story?.filter((step) => step.asOf && step.relations?.includes(relation.id));
	if (!dated?.length) return;
	const relations = graph.relations.map((other) => (other.id === relation.id ? relation : other));
	for (const problem of checkReferences({ ...graph, relations, story: dated })) {
		const step = dated[Number(/^story\[(\d+)\]\.relations/.exec(problem.place)?.[1] ?? -1)];
		if (!step || !problem.message.startsWith(`"${relation.id}"`)) continue;
		const field = relation.until && problem.message.includes(' ended ') ? 'until' : 'since';
		addError(
			errors,
			field,
			`The story's step "${step.title}" shows this relation as of ${step.asOf}, when it ` +
				`would not be drawn with these dates: change the step's date or its focus first.`
		);
	}
}

/** A new relation's id, after the example's convention: `rus-prk-trade`. */
export function newRelationId(
	fields: Pick<RelationFields, 'from' | 'to' | 'type'>,
	graph: GraphFile
) {
	const taken = new Set(graph.relations.map((relation) => relation.id));
	return uniqueId(`${fields.from} ${fields.to} ${fields.type}`, taken, 'relation');
}

/** The form's field for a path in the relation record: its actors are From and To. */
function relationField(path: string): string | undefined {
	if (path === 'source') return 'from';
	if (path === 'target') return 'to';
	return path in RELATION_LABELS ? path : undefined;
}

function labelOf(field: string): string {
	return RELATION_LABELS[field] ?? field;
}
