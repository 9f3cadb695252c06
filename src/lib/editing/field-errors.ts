import type * as z from 'zod';
import { formatPath } from '$lib/model/graph-problem';

/** What is wrong with a form: one message per field, keyed by the field's path (`evidence[0].quote`). */
export type FieldErrors = Record<string, string>;

/**
 * A schema's message as a sentence about the field, next to which it is shown:
 * "is empty" on Name reads "Name is empty."; a message that starts with the
 * value reads "Since: "2024-13-01" is not a date: …".
 */
export function sentence(label: string, message: string): string {
	// The schema names ids by record ("actor id must be …"); next to the Id field, the field says which.
	const fragment = message.replace(/^(actor|source|relation|relation type) id (?=is|must)/, '');
	const end = /[.?!]$/.test(fragment) ? '' : '.';
	return /^(is|must|needs|has)\b/.test(fragment)
		? `${label} ${fragment}${end}`
		: `${label}: ${fragment}${end}`;
}

/** Zod's wording where an analyst would not follow it, else the schema's own words. */
export function issueMessage(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined ? 'is missing' : issue.message;
		case 'invalid_value':
			return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
		default:
			return issue.message;
	}
}

/**
 * Puts each issue next to its field: `fieldOf` turns a record's path into a
 * form's field (or `undefined` to leave it out), `labelOf` names the field.
 * A field keeps its first message: the one to fix first.
 */
export function addIssues(
	errors: FieldErrors,
	issues: readonly z.core.$ZodIssue[],
	fieldOf: (path: string) => string | undefined,
	labelOf: (field: string) => string
): FieldErrors {
	for (const issue of issues) {
		const field = fieldOf(formatPath(issue.path));
		if (field === undefined || field in errors) continue;
		errors[field] = sentence(labelOf(field), issueMessage(issue));
	}
	return errors;
}

/** Sets a field's message unless it has one already. */
export function addError(errors: FieldErrors, field: string, message: string): void {
	if (!(field in errors)) errors[field] = message;
}

/** A field's DOM id in a form: `relation-evidence-0-quote`. */
export function fieldId(form: string, field: string): string {
	return `${form}-field-${field.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

/**
 * An error as the summary at the top of a form lists it: nested fields say
 * which evidence item they belong to, as the message beside them need not.
 */
export function summaryLine(field: string, message: string): string {
	const type = /^types\[(\d+)\]\./.exec(field);
	if (type) return `Relation type ${Number(type[1]) + 1}: ${message}`;
	const item = /^evidence\[(\d+)\]\.(newSource\.)?/.exec(field);
	if (!item) return message;
	const where = `Evidence item ${Number(item[1]) + 1}${item[2] ? ', new source' : ''}`;
	return `${where}: ${message}`;
}
