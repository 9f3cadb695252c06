import type { Actor } from '$lib/model/schema';
import type { CsvPlaces } from './csv-places';
import type { CsvRow } from './csv-table';
import type { ActorNames } from './relations-csv';
import { slugId } from '$lib/import/slug-id';

/**
 * The actors of a relations CSV opened without an actors CSV: one actor per
 * distinct name (exactly as written), in the order they first appear, its id
 * made from the name and its kind "other", as the CSV cannot say more.
 */
export class NamedActors implements ActorNames {
	readonly list: Actor[] = [];
	readonly #ids = new Map<string, string>();
	readonly #taken = new Set<string>();

	constructor(
		readonly file: string,
		readonly places: CsvPlaces
	) {}

	idOf(name: string, row: CsvRow, column: string): string | { problem: string } {
		if (name === '') return { problem: 'is empty: name the actor' };
		const known = this.#ids.get(name);
		if (known !== undefined) return known;
		const id = slugId(name, 'actor', this.#taken);
		this.#ids.set(name, id);
		this.places.set(`actors[${this.list.length}]`, {
			file: this.file,
			row: row.row,
			fields: { name: { column, value: name }, id: { column, value: name } }
		});
		this.list.push({ id, name, kind: 'other' });
		return id;
	}
}
