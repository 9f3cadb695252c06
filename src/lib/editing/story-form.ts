import type { GraphIndex } from '$lib/model/graph-index';
import { checkReferences } from '$lib/model/references';
import { relationsAsOf } from '$lib/model/relations-as-of';
import { StoryStepSchema, type GraphFile, type StoryStep } from '$lib/model/schema';
import type { Selection } from '$lib/stage/emphasis';
import { captionQuoteProblem, quotesNotInEvidence } from './caption-quotes';
import { addError, addIssues, sentence, type FieldErrors } from './field-errors';
import { dropUndefined, optional } from './form-values';

/** A story step as its form holds it: text as typed, the focus as lists of ids. */
export interface StepFields {
	title: string;
	caption: string;
	notes: string;
	asOf: string;
	/** Actors in focus, besides the ends of the relations in focus. */
	actors: string[];
	relations: string[];
}

export const STEP_LABELS: Record<keyof StepFields, string> = {
	title: 'Title',
	caption: 'Caption',
	notes: 'Presenter notes',
	asOf: 'As of',
	actors: 'Actors in focus',
	relations: 'Relations in focus'
};

/** The fields of a step's form. */
export function stepFields(step: StoryStep): StepFields {
	return {
		title: step.title,
		caption: step.caption,
		notes: step.notes ?? '',
		asOf: step.asOf ?? '',
		actors: [...(step.actors ?? [])],
		relations: [...(step.relations ?? [])]
	};
}

/** Whether the form says something other than the step it was opened on. */
export function fieldsChanged(fields: StepFields, step: StoryStep): boolean {
	return JSON.stringify(fields) !== JSON.stringify(stepFields(step));
}

/**
 * The step as shown while it is typed: what the fields say, as far as it
 * can be drawn (a date not yet whole is left out; ids gone from the graph too).
 */
export function draftStep(fields: StepFields, step: StoryStep, index: GraphIndex): StoryStep {
	const asOf = optional(fields.asOf);
	return dropUndefined({
		id: step.id,
		title: fields.title,
		caption: fields.caption,
		actors: fields.actors.filter((id) => index.actors.has(id)),
		relations: fields.relations.filter((id) => index.relations.has(id)),
		asOf: asOf && StoryStepSchema.shape.asOf.safeParse(asOf).success ? asOf : undefined,
		notes: optional(fields.notes)
	});
}

/**
 * The step a form describes as step `at` of the graph's story, or what is
 * wrong with it, field by field. A passage of the caption in quotation marks
 * must be found word for word in the evidence of the relations in focus; a
 * relation in focus must be drawn as of the step's date, as the file's own
 * check wants (a graph that breaks it would not open again).
 */
export function stepFromForm(
	fields: StepFields,
	step: StoryStep,
	graph: GraphFile,
	at: number,
	index: GraphIndex
): { step: StoryStep } | { errors: FieldErrors } {
	const actors = fields.actors.filter((id) => index.actors.has(id));
	const relations = fields.relations.filter((id) => index.relations.has(id));
	const candidate = dropUndefined({
		id: step.id,
		title: fields.title.trim(),
		caption: fields.caption.trim(),
		actors: actors.length > 0 ? actors : undefined,
		relations: relations.length > 0 ? relations : undefined,
		asOf: optional(fields.asOf),
		notes: optional(fields.notes)
	});
	const errors: FieldErrors = {};
	const parsed = StoryStepSchema.safeParse(candidate, { reportInput: true });
	if (!parsed.success) {
		addIssues(
			errors,
			parsed.error.issues,
			(path) => {
				const field = path.replace(/\[\d+\]$/, '');
				return field in STEP_LABELS ? field : undefined;
			},
			(field) => STEP_LABELS[field as keyof StepFields]
		);
	}
	const missing = quotesNotInEvidence(candidate.caption, relations, index);
	const problem = captionQuoteProblem(missing, relations.length);
	if (problem) addError(errors, 'caption', problem);
	if (parsed.success) {
		const story = (graph.story ?? [parsed.data]).with(at, parsed.data);
		const place = new RegExp(`^story\\[${at}\\]\\.(actors|relations)\\[`);
		for (const found of checkReferences({ ...graph, story })) {
			const field = place.exec(found.place)?.[1] as 'actors' | 'relations' | undefined;
			if (field) addError(errors, field, sentence(STEP_LABELS[field], found.message));
		}
	}
	if (parsed.success && Object.keys(errors).length === 0) return { step: parsed.data };
	return { errors };
}

/** The fields with what is selected on the graph added to the focus (once). */
export function addToFocus(fields: StepFields, selection: Selection): StepFields {
	const kind = selection.kind === 'actor' ? 'actors' : 'relations';
	if (fields[kind].includes(selection.id)) return fields;
	return { ...fields, [kind]: [...fields[kind], selection.id] };
}

/** The fields with an actor or relation taken out of the focus. */
export function removeFromFocus(fields: StepFields, selection: Selection): StepFields {
	const kind = selection.kind === 'actor' ? 'actors' : 'relations';
	return { ...fields, [kind]: fields[kind].filter((id) => id !== selection.id) };
}

/**
 * A warning for a step with a date of its own that leaves out relations in
 * focus: a relation no date places then, or one not yet begun or ended, is
 * not drawn on the step, as the briefing draws only what stood then.
 */
export function undrawnFocusWarning(fields: StepFields, index: GraphIndex): string | undefined {
	const asOf = optional(fields.asOf);
	if (!asOf || !StoryStepSchema.shape.asOf.safeParse(asOf).success) return undefined;
	const focus = fields.relations.flatMap((id) => index.relations.get(id) ?? []);
	const drawn = new Set(relationsAsOf(focus, asOf).map((relation) => relation.id));
	const undrawn = focus.filter((relation) => !drawn.has(relation.id));
	if (undrawn.length === 0) return undefined;
	const which =
		undrawn.length === 1 ? '1 relation in focus is' : `${undrawn.length} relations in focus are`;
	return `As of this date, ${which} not drawn, as no date of theirs says they stood then: change the date or the focus.`;
}
