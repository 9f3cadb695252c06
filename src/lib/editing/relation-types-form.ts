import { relationTypesOf } from '$lib/model/builtin-types';
import {
	RelationTypeSchema,
	type GraphFile,
	type LineDash,
	type LineEnd,
	type RelationType
} from '$lib/model/schema';
import { distinctStyle, lookAlikePairs } from '$lib/stage/look-alike-types';
import { addError, addIssues, type FieldErrors } from './field-errors';
import { isBuiltinType } from './relation-type-edits';
import { uniqueId } from './unique-id';

/** One relation type as the form holds it: text as typed. */
export interface TypeFields {
	/** The type's id; `''` for a type not saved yet, whose id comes from its label. */
	id: string;
	label: string;
	colour: string;
	dash: LineDash;
	end: LineEnd;
	directed: boolean;
	/** A line width in pixels, or `''` for the usual one. */
	weight: string;
}

export const TYPE_LABELS: Record<Exclude<keyof TypeFields, 'id'>, string> = {
	label: 'Label',
	colour: 'Colour',
	dash: 'Line pattern',
	end: 'Ending',
	directed: 'One way',
	weight: 'Weight'
};

export const LINE_ENDS: readonly { end: LineEnd; label: string }[] = [
	{ end: 'arrow', label: 'Arrow' },
	{ end: 'bar', label: 'Bar ⊣' },
	{ end: 'none', label: 'None (an arrow where a relation says it flows one way)' }
];

/** A type's fields. */
export function typeFields(type: RelationType): TypeFields {
	return { ...type, weight: type.weight === undefined ? '' : String(type.weight) };
}

/** Every type of the graph, built-in first, in the form's fields. */
export function typesFields(graph: GraphFile): TypeFields[] {
	return [...relationTypesOf(graph).values()].map(typeFields);
}

/**
 * A new type's fields: no label yet, mutual, drawn with a pattern and colour
 * that set it apart from every type the form holds.
 */
export function newTypeFields(rows: readonly TypeFields[]): TypeFields {
	const style = distinctStyle(drawable(rows).map(({ type }) => type));
	return typeFields({ id: '', label: '', directed: false, ...style });
}

/** What a row draws, if its colour and weight can be drawn (a row being typed may not). */
function asType(row: TypeFields, index: number): RelationType | undefined {
	if (!/^#[0-9a-f]{6}$/i.test(row.colour.trim())) return undefined;
	const weight = row.weight.trim() === '' ? undefined : Number(row.weight);
	if (weight !== undefined && !(weight >= 0.5 && weight <= 8)) return undefined;
	return {
		id: row.id || `new-${index}`,
		label: row.label.trim() || 'The new type',
		colour: row.colour.trim(),
		dash: row.dash,
		end: row.end,
		directed: row.directed,
		...(weight === undefined ? {} : { weight })
	};
}

function drawable(rows: readonly TypeFields[]) {
	return rows.flatMap((row, index) => {
		const type = asType(row, index);
		return type ? [{ index, type }] : [];
	});
}

/**
 * For each row, in words, which other types it would look like printed in
 * grayscale: "Arms transfers and Aid look alike in grayscale: give one a
 * different pattern". Said beside both types; it does not stop a save.
 */
export function lookAlikeWarnings(rows: readonly TypeFields[]): Map<number, string[]> {
	const types = drawable(rows);
	const rowOf = new Map(types.map(({ index, type }) => [type, index]));
	const warnings = new Map<number, string[]>();
	for (const [one, other] of lookAlikePairs(types.map(({ type }) => type))) {
		const words = `${one.label} and ${other.label} look alike in grayscale: give one a different pattern or colour.`;
		for (const type of [one, other]) {
			const index = rowOf.get(type)!;
			warnings.set(index, [...(warnings.get(index) ?? []), words]);
		}
	}
	return warnings;
}

/** The style a row draws with, for the form's sample and its suggestions; none while unreadable. */
export function typeOfRow(rows: readonly TypeFields[], index: number): RelationType | undefined {
	return asType(rows[index], index);
}

/**
 * The types the form describes, each checked by the graph file's schema, new
 * ones given an id from their label; or what is wrong, keyed by
 * `types[2].colour`. Two types may not share a label: the legend would not
 * tell them apart.
 */
export function typesFromForm(
	rows: readonly TypeFields[],
	graph: GraphFile
): { types: RelationType[] } | { errors: FieldErrors } {
	const errors: FieldErrors = {};
	const taken = new Set([...relationTypesOf(graph).keys(), ...rows.map((row) => row.id)]);
	const labels = new Map<string, number>();
	const types: RelationType[] = [];
	rows.forEach((row, index) => {
		const at = `types[${index}].`;
		const label = row.label.trim();
		const id = row.id || uniqueId(label, taken, 'type');
		taken.add(id);
		const weightText = row.weight.trim();
		const weight = weightText === '' ? undefined : Number(weightText);
		if (weight !== undefined && Number.isNaN(weight)) {
			errors[`${at}weight`] = `Weight: "${weightText}" is not a number.`;
		}
		const earlier = labels.get(label.toLowerCase());
		if (label !== '' && earlier !== undefined) {
			addError(
				errors,
				`${at}label`,
				`Label: another type is already called "${rows[earlier].label.trim()}".`
			);
		}
		labels.set(label.toLowerCase(), index);
		const parsed = RelationTypeSchema.safeParse(
			{
				id,
				label,
				colour: row.colour.trim(),
				dash: row.dash,
				end: row.end,
				...(weight === undefined || Number.isNaN(weight) ? {} : { weight }),
				directed: row.directed
			},
			{ reportInput: true }
		);
		if (parsed.success) types.push(parsed.data);
		else
			addIssues(
				errors,
				parsed.error.issues,
				// A new type's id is made from its label: what is wrong with it is said there.
				(path) => (path === 'id' ? `${at}label` : path in TYPE_LABELS ? at + path : undefined),
				(field) => TYPE_LABELS[field.slice(at.length) as keyof typeof TYPE_LABELS]
			);
	});
	return Object.keys(errors).length > 0 ? { errors } : { types };
}

/** Whether a row's type may be deleted at all: the four built in stay. */
export function deletable(row: TypeFields): boolean {
	return !isBuiltinType(row.id);
}
