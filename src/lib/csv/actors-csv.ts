import { csvCell } from '$lib/csv/csv-export';
import type { Actor, ActorKind, GraphFile } from '$lib/model/schema';
import { clip } from '$lib/model/graph-problem';
import { cellOf, cellPlace, type CsvSheet } from './csv-sheet';
import type { CsvPlaces, PlacedProblem } from './csv-places';
import type { CsvRow } from './csv-table';
import type { ActorNames } from './relations-csv';
import { slugId } from '$lib/import/slug-id';

/**
 * The actors CSV, which goes with a relations CSV: one row per actor. Only
 * `name` is required; `actor` is the id (made from the name when empty),
 * `kind` is state, organization, person or other (other when empty),
 * `aliases` holds one alias per line of the cell, `x` and `y` the position
 * the analyst gave the actor.
 */
export const ACTOR_COLUMNS = [
	'actor',
	'name',
	'full name',
	'kind',
	'ISO 3166',
	'code',
	'aliases',
	'x',
	'y'
] as const;

export const REQUIRED_ACTOR_COLUMNS = ['name'];

/** The actors of a graph as an actors CSV, written as the relations CSV is (BOM, CRLF, formula guard). */
export function exportActorsCsv(graph: GraphFile): string {
	const rows: string[][] = [[...ACTOR_COLUMNS]];
	for (const actor of graph.actors) {
		rows.push([
			actor.id,
			actor.name,
			actor.fullName ?? '',
			actor.kind,
			actor.iso3166 ?? '',
			actor.code ?? '',
			(actor.aliases ?? []).join('\n'),
			actor.position ? String(actor.position.x) : '',
			actor.position ? String(actor.position.y) : ''
		]);
	}
	return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The actors an actors CSV lists, each placed by its row, with the problems the schema cannot see. */
export function readActorsCsv(
	sheet: CsvSheet,
	places: CsvPlaces
): { actors: ListedActors; problems: PlacedProblem[] } {
	const { file } = sheet;
	const problems: PlacedProblem[] = [];
	const list: Actor[] = [];
	const rows: CsvRow[] = [];
	const given = new Set(sheet.rows.map((row) => cellOf(sheet, row, 'actor')).filter(Boolean));
	const cell = (row: CsvRow, column: string) => cellOf(sheet, row, column);
	const at = (row: CsvRow, column: string) =>
		sheet.columns.has(column) ? { column, value: cell(row, column) } : undefined;
	const optional = (value: string) => (value === '' ? undefined : value);

	for (const row of sheet.rows) {
		const name = cell(row, 'name');
		const actor: Actor = {
			id: cell(row, 'actor') || slugId(name, 'actor', given),
			name,
			kind: (cell(row, 'kind').toLowerCase() || 'other') as ActorKind
		};
		const fullName = optional(cell(row, 'full name'));
		const iso3166 = optional(cell(row, 'ISO 3166'));
		const code = optional(cell(row, 'code'));
		const aliases = cell(row, 'aliases')
			.split(/\r\n|\r|\n/)
			.map((alias) => alias.trim())
			.filter(Boolean);
		if (fullName) actor.fullName = fullName;
		if (iso3166) actor.iso3166 = iso3166;
		if (code) actor.code = code;
		if (aliases.length > 0) actor.aliases = aliases;
		const position = positionOf(cell(row, 'x'), cell(row, 'y'));
		if (typeof position === 'string') {
			problems.push({
				origin: file,
				place: cellPlace(row.row, 'x and y'),
				message: position,
				row: row.row
			});
		} else if (position) actor.position = position;
		places.set(`actors[${list.length}]`, {
			file,
			row: row.row,
			fields: {
				id: at(row, 'actor') ?? at(row, 'name'),
				name: at(row, 'name'),
				fullName: at(row, 'full name'),
				kind: at(row, 'kind'),
				iso3166: at(row, 'ISO 3166'),
				code: at(row, 'code'),
				aliases: at(row, 'aliases'),
				position: at(row, 'x')
			}
		});
		list.push(actor);
		rows.push(row);
	}
	if (sheet.rows.length === 0) {
		problems.push({ origin: file, place: '', message: 'has no rows below its header', row: 0 });
	}
	return { actors: new ListedActors(file, list, rows), problems };
}

/** `{ x, y }`, nothing when both cells are empty, or why not. */
function positionOf(x: string, y: string): { x: number; y: number } | string | undefined {
	if (x === '' && y === '') return undefined;
	if (x === '' || y === '') return 'a position needs both x and y';
	const point = { x: Number(x), y: Number(y) };
	if (!Number.isFinite(point.x) || !Number.isFinite(point.y)) {
		return `"${clip(x, 30)}", "${clip(y, 30)}" is not a position: x and y must be numbers`;
	}
	return point;
}

/**
 * The actors of an actors CSV, found by the names the relations CSV gives
 * (as the export writes them), or by their ids when a name is not unique.
 */
export class ListedActors implements ActorNames {
	readonly #byName = new Map<string, { id: string; row: number }[]>();
	readonly #ids = new Set<string>();

	constructor(
		readonly file: string,
		readonly list: readonly Actor[],
		rows: readonly CsvRow[]
	) {
		list.forEach((actor, index) => {
			const named = this.#byName.get(actor.name) ?? [];
			named.push({ id: actor.id, row: rows[index].row });
			this.#byName.set(actor.name, named);
			this.#ids.add(actor.id);
		});
	}

	idOf(name: string): string | { problem: string } {
		if (name === '') return { problem: 'is empty: name the actor' };
		const named = this.#byName.get(name) ?? [];
		if (named.length === 1) return named[0].id;
		if (this.#ids.has(name)) return name;
		if (named.length > 1) {
			const rows = named.map((actor) => actor.row).join(', ');
			return {
				problem: `"${clip(name, 60)}" names ${named.length} actors in ${this.file} (rows ${rows}): give them different names, or write the actor's id here`
			};
		}
		return { problem: `no actor in ${this.file} is named "${clip(name, 60)}"` };
	}
}
