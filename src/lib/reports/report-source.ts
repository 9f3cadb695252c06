import type { FieldErrors } from '$lib/editing/field-errors';
import { sourceFields, sourceFromForm } from '$lib/editing/source-form';
import type { GraphFile, Source } from '$lib/model/schema';
import type { ReportDraft } from './report-draft';
import { grouped } from '$lib/model/count-words';

/** The longest report a source can keep as its archived text (the schema's limit). */
export const MAX_REPORT_LENGTH = 1_000_000;

/** What the analyst says of a report before it is read: the source it will be cited as. */
export interface ReportSourceFields {
	title: string;
	publisher: string;
	/** An http(s) link; required, as for every source. */
	url: string;
	/** YYYY, YYYY-MM or YYYY-MM-DD. */
	published: string;
	/** A to F, or `''` for not graded. */
	reliability: string;
}

/** The fields as the report's file fills them: what it does not say is left for the analyst. */
export function reportSourceFields(draft?: Partial<ReportDraft>): ReportSourceFields {
	return {
		title: draft?.title ?? '',
		publisher: draft?.publisher ?? '',
		url: draft?.url ?? '',
		published: draft?.published ?? '',
		reliability: ''
	};
}

/**
 * The source a report becomes, its text kept as the source's archived text so
 * that every quote taken from it can be shown in place; or what is wrong,
 * field by field (`text` for the report itself). A graph that already keeps
 * this very text as a source's archived text has that source cited again,
 * not a second copy. The id is new to the graph (`ksat-2024-10-06`).
 */
export function reportSource(
	text: string,
	fields: ReportSourceFields,
	graph: GraphFile
): { source: Source; known: boolean } | { errors: FieldErrors } {
	const errors: FieldErrors = {};
	if (text.trim() === '') {
		errors.text = 'Report: paste its text or open its file.';
	} else if (text.length > MAX_REPORT_LENGTH) {
		errors.text = `Report: its text is ${grouped(text.length)} characters long; a source keeps at most ${grouped(MAX_REPORT_LENGTH)}.`;
	}
	const known = graph.sources.find((source) => source.archivedText === text);
	if (known && !errors.text) return { source: known, known: true };
	const made = sourceFromForm({ ...sourceFields(), ...fields, archivedText: text }, graph);
	if ('errors' in made) {
		// The text is the report's: what is wrong with it is said once, by the report.
		for (const [field, message] of Object.entries(made.errors)) {
			if (field !== 'archivedText') errors[field] = message;
		}
		return { errors };
	}
	if (Object.keys(errors).length > 0) return { errors };
	return { source: made.source, known: false };
}
