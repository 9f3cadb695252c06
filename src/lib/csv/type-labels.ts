import { BUILTIN_RELATION_TYPES } from '$lib/model/builtin-types';
import type { RelationType } from '$lib/model/schema';
import { columnKey } from './csv-sheet';
import { slugId } from '$lib/import/slug-id';

/** Colours for types a CSV brings, apart from the built-in ones (Okabe–Ito, then grey). */
const COLOURS = ['#E69F00', '#56B4E9', '#CC79A7', '#6B6B6B'];
/** Their lines, so that they stay apart in grayscale: patterns the built-in types leave free… */
const DASHES: readonly RelationType['dash'][] = ['dotted', 'dash-dot', 'short-dash'];
/** …drawn heavier each time the patterns come round again. */
const WEIGHTS = [2, 3.5, 5];

/**
 * Relation types by the label a CSV gives (the export writes labels, such as
 * "Defense pact"). A built-in type is found by its label or its id, whatever
 * the case; any other label becomes a type of its own, with a line pattern
 * and weight of its own, so that no two look alike without colour.
 */
export class TypeLabels {
	readonly declared: RelationType[] = [];
	readonly #ids = new Map<string, string>();
	readonly #asWritten = new Map<string, string>();
	readonly #taken = new Set(BUILTIN_RELATION_TYPES.map((type) => type.id));

	constructor() {
		for (const type of BUILTIN_RELATION_TYPES) {
			this.#ids.set(columnKey(type.label), type.id);
			this.#ids.set(columnKey(type.id), type.id);
		}
	}

	/** Whether relations of the type `id` are directed, unless one says otherwise. */
	directedOf(id: string): boolean {
		const type = [...BUILTIN_RELATION_TYPES, ...this.declared].find((t) => t.id === id);
		return type?.directed ?? false;
	}

	/** The id of the type labelled `label`, declaring it when it is new; `isNew` for the first mention. */
	idOf(label: string): { id: string; index?: number } {
		// Thousands of rows name a few types: each label is looked up as written first.
		const asWritten = this.#asWritten.get(label);
		if (asWritten !== undefined) return { id: asWritten };
		const key = columnKey(label);
		const known = this.#ids.get(key);
		if (known !== undefined) {
			this.#asWritten.set(label, known);
			return { id: known };
		}
		const id = slugId(label, 'type', this.#taken);
		this.#ids.set(key, id);
		const n = this.declared.length;
		this.declared.push({
			id,
			label,
			colour: COLOURS[n % COLOURS.length],
			dash: DASHES[n % DASHES.length],
			end: 'arrow',
			weight: WEIGHTS[Math.floor(n / DASHES.length) % WEIGHTS.length],
			directed: false
		});
		return { id, index: this.declared.length - 1 };
	}
}
