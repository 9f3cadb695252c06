import { uniqueId } from '$lib/editing/unique-id';
import { SourceSchema, type GraphFile, type Source } from '$lib/model/schema';
import { dropUndefined } from './form-values';
import { addIssues, type FieldErrors } from './field-errors';

/** A source as its form holds it: text as typed; no grade is `''`. */
export interface SourceFields {
	id: string;
	title: string;
	publisher: string;
	url: string;
	published: string;
	/** A to F, or `''` for not graded. */
	reliability: string;
	archivedText: string;
}

export const SOURCE_LABELS: Record<keyof SourceFields, string> = {
	id: 'Id',
	title: 'Title',
	publisher: 'Publisher',
	url: 'URL',
	published: 'Published',
	reliability: 'Reliability',
	archivedText: 'Archived text'
};

export function sourceFields(source?: Source): SourceFields {
	return {
		id: source?.id ?? '',
		title: source?.title ?? '',
		publisher: source?.publisher ?? '',
		url: source?.url ?? '',
		published: source?.published ?? '',
		reliability: source?.reliability ?? '',
		archivedText: source?.archivedText ?? ''
	};
}

/**
 * A new source's id, after the convention of the example: the publisher's
 * first word and the date (`reuters-2024-01-04`); the title when there is no
 * publisher yet.
 */
export function newSourceId(fields: SourceFields, taken: ReadonlySet<string>): string {
	const publisher = fields.publisher.trim().split(/[\s,(]+/)[0] ?? '';
	const name = publisher ? `${publisher} ${fields.published.trim()}` : fields.title;
	return uniqueId(name, taken, 'source');
}

/**
 * The source a form describes, or what is wrong with it, field by field.
 * `editing`: the id of the source being changed; none for a new one. A
 * link is required, except of a source that had none.
 * `taken`: ids already given to other new sources saved with it.
 */
export function sourceFromForm(
	fields: SourceFields,
	graph: GraphFile,
	editing?: string,
	taken: ReadonlySet<string> = new Set()
): { source: Source } | { errors: FieldErrors } {
	const ids = new Set([...graph.sources.map((source) => source.id), ...taken]);
	const id = editing === undefined ? newSourceId(fields, ids) : fields.id.trim();
	const archivedText = fields.archivedText.trim() === '' ? undefined : fields.archivedText;
	const candidate = dropUndefined({
		id,
		title: fields.title.trim(),
		publisher: fields.publisher.trim(),
		url: fields.url.trim() === '' ? undefined : fields.url.trim(),
		published: fields.published.trim(),
		reliability: fields.reliability === '' ? undefined : fields.reliability,
		archivedText
	});
	const errors: FieldErrors = {};
	// A link is asked of every source the analyst cites; one that came without any (the file a
	// network was opened from) keeps going without.
	const linkless =
		editing !== undefined && graph.sources.find((s) => s.id === editing)?.url === undefined;
	for (const field of ['title', 'publisher', 'url', 'published'] as const) {
		if (field === 'url' && linkless) continue;
		if (fields[field].trim() === '') errors[field] = `${SOURCE_LABELS[field]} is empty.`;
	}
	if (id !== editing && ids.has(id)) {
		errors.id = `Id: another source already has the id "${id}".`;
	}
	const parsed = SourceSchema.safeParse(candidate, { reportInput: true });
	if (parsed.success && Object.keys(errors).length === 0) return { source: parsed.data };
	if (!parsed.success) {
		addIssues(
			errors,
			parsed.error.issues,
			(path) => (path === 'id' && editing === undefined ? 'title' : sourceField(path)),
			(field) => SOURCE_LABELS[field as keyof SourceFields]
		);
	}
	return { errors };
}

function sourceField(path: string): string | undefined {
	return path in SOURCE_LABELS ? path : undefined;
}
