import { BUILTIN_RELATION_TYPES } from '$lib/model/builtin-types';
import type { RelationType } from '$lib/model/schema';
import { columnKey } from './csv-sheet';
import { slugId } from '$lib/import/slug-id';

/** Colours for types a CSV brings, apart from the built-in ones (Okabe–Ito, then grey). */
const COLOURS = ['#E69F00', '#56B4E9', '#CC79A7', '#6B6B6B'];

/**
 * Relation types by the label a CSV gives (the export writes labels, such as
 * "Defense pact"). A built-in type is found by its label or its id, whatever
 * the case; any other label becomes a type of its own, drawn dotted, as the
 * explorer draws types beyond the four built in.
 */
export class TypeLabels {
	readonly declared: RelationType[] = [];
	readonly #ids = new Map<string, string>();
	readonly #taken = new Set(BUILTIN_RELATION_TYPES.map((type) => type.id));

	constructor() {
		for (const type of BUILTIN_RELATION_TYPES) {
			this.#ids.set(columnKey(type.label), type.id);
			this.#ids.set(columnKey(type.id), type.id);
		}
	}

	/** The id of the type labelled `label`, declaring it when it is new; `isNew` for the first mention. */
	idOf(label: string): { id: string; index?: number } {
		const key = columnKey(label);
		const known = this.#ids.get(key);
		if (known !== undefined) return { id: known };
		const id = slugId(label, 'type', this.#taken);
		this.#ids.set(key, id);
		this.declared.push({
			id,
			label,
			colour: COLOURS[this.declared.length % COLOURS.length],
			dash: 'dotted',
			end: 'arrow',
			directed: false
		});
		return { id, index: this.declared.length - 1 };
	}
}
