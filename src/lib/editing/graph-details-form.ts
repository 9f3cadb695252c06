import { GraphFileSchema } from '$lib/model/schema';
import type { GraphDetails } from './graph-details-edits';
import { addIssues, type FieldErrors } from './field-errors';
import { dropUndefined, optional } from './form-values';

/** The graph's details as their form holds them: text as typed. */
export type DetailsFields = Record<keyof GraphDetails, string>;

export const DETAILS_LABELS: Record<keyof GraphDetails, string> = {
	title: 'Title',
	subtitle: 'Subtitle',
	asOf: 'As of',
	description: 'Description',
	marking: 'Marking'
};

const DetailsSchema = GraphFileSchema.pick({
	title: true,
	subtitle: true,
	asOf: true,
	description: true,
	marking: true
});

/** The form's fields, filled with the graph's details. */
export function detailsFields(graph: GraphDetails): DetailsFields {
	return {
		title: graph.title,
		subtitle: graph.subtitle ?? '',
		asOf: graph.asOf,
		description: graph.description ?? '',
		marking: graph.marking ?? ''
	};
}

/** The details the form describes, checked by the graph file's own schema, or what is wrong, by field. */
export function detailsFromForm(
	fields: DetailsFields
): { details: GraphDetails } | { errors: FieldErrors } {
	const candidate = dropUndefined({
		title: fields.title.trim(),
		subtitle: optional(fields.subtitle),
		// A date as typed, spaces aside: "2024-3" is refused, not guessed at.
		asOf: fields.asOf.trim(),
		description: optional(fields.description),
		marking: optional(fields.marking)
	});
	const parsed = DetailsSchema.safeParse(candidate, { reportInput: true });
	if (parsed.success) return { details: parsed.data };
	return {
		errors: addIssues(
			{},
			parsed.error.issues,
			(path) => (path in DETAILS_LABELS ? path : undefined),
			(field) => DETAILS_LABELS[field as keyof GraphDetails]
		)
	};
}
