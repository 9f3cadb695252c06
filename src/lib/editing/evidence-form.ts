import { quoteStanding } from '$lib/model/quote-standing';
import { EvidenceSchema, type Evidence, type GraphFile, type Source } from '$lib/model/schema';
import { addError, addIssues, type FieldErrors } from './field-errors';
import { dropUndefined, optional } from './form-values';
import { sourceFromForm, type SourceFields } from './source-form';

/** An evidence item as its form holds it. */
export interface EvidenceFields {
	/** The id of the source picked from the graph's; `''` when none is. */
	source: string;
	/** A source typed in place, instead of one picked. */
	newSource: SourceFields | null;
	quote: string;
	note: string;
	locator: string;
	/** `'1'` to `'6'`, or `''` for not graded. */
	credibility: string;
}

export const EVIDENCE_LABELS: Record<string, string> = {
	source: 'Source',
	quote: 'Quote',
	note: 'Note',
	locator: 'Where in the source',
	credibility: 'Credibility'
};

export function evidenceFields(evidence?: Evidence): EvidenceFields {
	return {
		source: evidence?.source ?? '',
		newSource: null,
		quote: evidence?.quote ?? '',
		note: evidence?.note ?? '',
		locator: evidence?.locator ?? '',
		credibility: evidence?.credibility === undefined ? '' : String(evidence.credibility)
	};
}

/** Said under the quote as it is typed, while its words are not in the source's archived text. */
export const QUOTE_NOT_FOUND =
	'Not found word for word in the source’s archived text: it cannot be saved as a quote.';

/** Why a save was refused, next to the quote. */
export const QUOTE_REFUSED =
	'Quote: not found word for word in the source’s archived text, so it cannot be saved as a quote. Copy the source’s words exactly, or save them as a note.';

/** The warning under a quote its source's archived text does not hold; none when it may be saved as a quote. */
export function quoteWarning(quote: string, archivedText: string | undefined): string | undefined {
	return quoteStanding(quote, archivedText) === 'not found' ? QUOTE_NOT_FOUND : undefined;
}

/**
 * The quote's words moved into the note, after what the note already says,
 * and the quote emptied: a paraphrase kept as what it is.
 */
export function quoteAsNote(fields: Pick<EvidenceFields, 'quote' | 'note'>): {
	quote: string;
	note: string;
} {
	const note = [fields.note.trim(), fields.quote.trim()].filter(Boolean).join(' ');
	return { quote: '', note };
}

/**
 * One evidence item from its fields, with the new source it cites if one was
 * typed in; or what is wrong, keyed under `prefix` (`evidence[0].`).
 * `taken`: ids of other new sources saved at the same time.
 */
export function evidenceFromForm(
	fields: EvidenceFields,
	graph: GraphFile,
	prefix = '',
	taken: ReadonlySet<string> = new Set()
): { evidence: Evidence; newSource?: Source } | { errors: FieldErrors } {
	const errors: FieldErrors = {};
	let sourceId = fields.source;
	let newSource: Source | undefined;
	if (fields.newSource) {
		const made = sourceFromForm(fields.newSource, graph, undefined, taken);
		if ('errors' in made) {
			for (const [field, message] of Object.entries(made.errors)) {
				errors[`${prefix}newSource.${field}`] = message;
			}
		} else {
			newSource = made.source;
			sourceId = made.source.id;
		}
	} else if (sourceId === '') {
		errors[`${prefix}source`] = 'Source: pick one from the list, or add a new source.';
	} else if (!graph.sources.some((source) => source.id === sourceId)) {
		errors[`${prefix}source`] = `Source: no source has the id "${sourceId}".`;
	}
	const candidate = dropUndefined({
		// A source still to be made is checked on its own fields above.
		source: sourceId || 'pending',
		quote: optional(fields.quote),
		note: optional(fields.note),
		locator: optional(fields.locator),
		credibility: fields.credibility === '' ? undefined : Number(fields.credibility)
	});
	const parsed = EvidenceSchema.safeParse(candidate, { reportInput: true });
	if (!parsed.success) {
		addIssues(
			errors,
			parsed.error.issues,
			// The item's own rule (a quote or a note) is said below, in the analyst's terms.
			(path) => (path in EVIDENCE_LABELS ? `${prefix}${path}` : undefined),
			(field) => EVIDENCE_LABELS[field.slice(prefix.length)]
		);
	}
	if (candidate.quote === undefined && candidate.note === undefined) {
		addError(errors, `${prefix}quote`, 'Each evidence item needs a verbatim quote or a note.');
	}
	// Where the source's text is archived, a quote must be in it: a paraphrase is a note.
	const archivedText = fields.newSource
		? fields.newSource.archivedText
		: graph.sources.find((source) => source.id === sourceId)?.archivedText;
	if (quoteStanding(candidate.quote, archivedText) === 'not found') {
		addError(errors, `${prefix}quote`, QUOTE_REFUSED);
	}
	if (Object.keys(errors).length > 0 || !parsed.success) return { errors };
	return { evidence: { ...parsed.data, source: sourceId }, newSource };
}

/** A relation's evidence with one item put in: at `index`, replacing it, or at the end. */
export function withEvidence(
	evidence: readonly Evidence[],
	item: Evidence,
	index?: number
): Evidence[] {
	return index === undefined || index >= evidence.length
		? [...evidence, item]
		: evidence.map((existing, i) => (i === index ? item : existing));
}
