import { CSV_COLUMNS, REQUIRED_CSV_COLUMNS } from '$lib/csv/csv-export';
import type { Evidence, Relation, RelationStatus, Source } from '$lib/model/schema';
import { clip } from '$lib/model/graph-problem';
import { csvDate } from './csv-date';
import { cellOf, cellPlace, type CsvSheet } from './csv-sheet';
import type { CsvPlaces, PlacedProblem } from './csv-places';
import type { CsvRow } from './csv-table';
import { slugId } from '$lib/import/slug-id';
import { TypeLabels } from './type-labels';

/**
 * The columns a relations CSV may have: those the export writes. `quote
 * checked` is written for the reader of the spreadsheet and not read back:
 * a CSV holds no archived text, so a quote opened from it stands unchecked
 * whatever the cell says.
 */
export const RELATION_COLUMNS: readonly string[] = CSV_COLUMNS;

export const REQUIRED_RELATION_COLUMNS: readonly string[] = REQUIRED_CSV_COLUMNS;

/** What all rows of one relation must say alike. */
const RELATION_FIELDS: Record<string, string> = {
	summary: 'summary',
	type: 'type',
	source: 'source actor',
	target: 'target actor',
	directed: 'directed',
	status: 'status',
	signed: 'signed',
	since: 'since',
	until: 'until'
};

/** Finds the actor a relations CSV names in a cell, or says why it cannot. */
export interface ActorNames {
	idOf(name: string, row: CsvRow, column: string): string | { problem: string };
}

export interface RelationsFromCsv {
	relations: Relation[];
	sources: Source[];
	relationTypes: TypeLabels['declared'];
	problems: PlacedProblem[];
	/** Sources the CSV gives no publication date, dated `published` instead. */
	undated: number;
	/** Dates not written YYYY-MM-DD, each as written and as read (`row 2, column since "06.10.1949" → 1949-10-06`). */
	readDates: string[];
}

/**
 * The relations of a relations CSV, one row per evidence item as the export
 * writes them: rows with the same relation id make one relation, and must
 * agree on its summary, type, actors, status and dates. A source is known by
 * its URL and title together; its rows must agree on the publisher. A source
 * without a `published` cell is dated `published`, and counted in `undated`.
 */
export function readRelationsCsv(
	sheet: CsvSheet,
	actors: ActorNames,
	places: CsvPlaces,
	published: string
): RelationsFromCsv {
	const { file } = sheet;
	const relations: Relation[] = [];
	const sources: Source[] = [];
	const problems: PlacedProblem[] = [];
	const types = new TypeLabels();
	const firstRows = new Map<string, { relation: Relation; row: CsvRow; index: number }>();
	const sourceRows = new Map<string, { source: Source; row: CsvRow }>();
	const sourceIds = new Set<string>();
	let undated = 0;

	const cell = (row: CsvRow, column: string) => cellOf(sheet, row, column);
	const at = (row: CsvRow, column: string) =>
		sheet.columns.has(column) ? { column, value: cell(row, column) } : undefined;
	const problem = (row: CsvRow, column: string | undefined, message: string) =>
		problems.push({ origin: file, place: cellPlace(row.row, column), message, row: row.row });
	const optional = (value: string) => (value === '' ? undefined : value);
	const readDates: string[] = [];
	/** A date cell, read as csvDate reads it; a date it cannot read is a problem of its cell. */
	const dateCell = (row: CsvRow, column: string): string | undefined => {
		const text = cell(row, column);
		if (text === '') return undefined;
		const read = csvDate(text);
		if ('problem' in read) {
			problem(row, column, read.problem);
			return undefined;
		}
		if (read.read) {
			readDates.push(
				`${cellPlace(row.row, column)} "${clip(text, 20)}" → ${read.date} (${read.read})`
			);
		}
		return read.date;
	};

	/** The rows after a relation's first must say what it said; a difference is named, cell by cell. */
	const agree = (row: CsvRow, first: CsvRow, columns: readonly string[], what: string) => {
		for (const column of columns) {
			const value = cell(row, column);
			const before = cell(first, column);
			if (value !== before) {
				problem(
					row,
					column,
					`"${clip(value, 60)}" differs from row ${first.row} ("${clip(before, 60)}"): the rows of ${what} must agree`
				);
			}
		}
	};

	const actorOf = (row: CsvRow, column: string): string => {
		const found = actors.idOf(cell(row, column), row, column);
		if (typeof found === 'string') return found;
		problem(row, column, found.problem);
		return '';
	};

	const sourceOf = (row: CsvRow): string => {
		const title = cell(row, 'source title');
		const url = cell(row, 'URL');
		// A source is told apart by its address and title; one with no address, by all it has.
		const key =
			url === ''
				? `\u0000${title}\u0000${cell(row, 'publisher')}\u0000${cell(row, 'published')}`
				: `${url}\u0000${title}`;
		const known = sourceRows.get(key);
		if (known) {
			agree(row, known.row, ['publisher', 'published', 'reliability'], 'one source');
			return known.source.id;
		}
		const date = dateCell(row, 'published') ?? '';
		if (cell(row, 'published') === '') undated++;
		const source: Source = {
			id: slugId(title, 'source', sourceIds),
			title,
			publisher: cell(row, 'publisher'),
			published: date === '' ? published : date
		};
		// An empty URL is a source with no address, as the CSV export writes one.
		if (url !== '') source.url = url;
		const reliability = optional(cell(row, 'reliability').toUpperCase());
		if (reliability) source.reliability = reliability as Source['reliability'];
		places.set(`sources[${sources.length}]`, {
			file,
			row: row.row,
			fields: {
				id: at(row, 'source title'),
				title: at(row, 'source title'),
				publisher: at(row, 'publisher'),
				url: at(row, 'URL'),
				published: at(row, 'published'),
				reliability: at(row, 'reliability')
			}
		});
		sources.push(source);
		sourceRows.set(key, { source, row });
		return source.id;
	};

	const startRelation = (row: CsvRow, id: string): Relation => {
		const label = cell(row, 'type');
		let type = '';
		let newType: number | undefined;
		if (label === '') {
			problem(
				row,
				'type',
				'is empty: name the type (Trade, Aid, Defense pact, Sanctions or your own)'
			);
		} else {
			const declared = types.idOf(label);
			type = declared.id;
			newType = declared.index;
			if (declared.index !== undefined) {
				places.set(`relationTypes[${declared.index}]`, {
					file,
					row: row.row,
					fields: { label: at(row, 'type'), id: at(row, 'type') }
				});
			}
		}
		// `directed` (yes or no, as the export writes it): a new type takes it from its first relation,
		// and a relation that goes otherwise than its type keeps its own.
		const directedCell = cell(row, 'directed').toLowerCase();
		const directed = directedCell === 'yes' ? true : directedCell === 'no' ? false : undefined;
		if (directedCell !== '' && directed === undefined) {
			problem(row, 'directed', 'is neither yes nor no');
		}
		if (directed !== undefined && newType !== undefined)
			types.declared[newType].directed = directed;
		const relation: Relation = {
			id,
			type,
			source: actorOf(row, 'source actor'),
			target: actorOf(row, 'target actor'),
			status: cell(row, 'status').toLowerCase() as RelationStatus,
			summary: cell(row, 'summary'),
			evidence: []
		};
		const signed = dateCell(row, 'signed');
		const since = dateCell(row, 'since');
		const until = dateCell(row, 'until');
		if (directed !== undefined && type !== '' && directed !== types.directedOf(type)) {
			relation.directed = directed;
		}
		if (signed) relation.signed = signed;
		if (since) relation.since = since;
		if (until) relation.until = until;
		const fields: Record<string, { column: string; value: string } | undefined> = {
			id: at(row, 'relation')
		};
		for (const [field, column] of Object.entries(RELATION_FIELDS)) fields[field] = at(row, column);
		places.set(`relations[${relations.length}]`, { file, row: row.row, fields });
		relations.push(relation);
		return relation;
	};

	for (const row of sheet.rows) {
		const id = cell(row, 'relation');
		if (id === '') {
			problem(row, 'relation', "is empty: each row names its relation's id, shared by its rows");
			continue;
		}
		const first = firstRows.get(id);
		let relation: Relation;
		let index: number;
		if (first) {
			agree(row, first.row, Object.values(RELATION_FIELDS), `relation "${clip(id, 60)}"`);
			({ relation, index } = first);
		} else {
			index = relations.length;
			relation = startRelation(row, id);
			firstRows.set(id, { relation, row, index });
		}
		const evidence: Evidence = { source: sourceOf(row) };
		const quote = optional(cell(row, 'quote'));
		const note = optional(cell(row, 'note'));
		const locator = optional(cell(row, 'locator'));
		if (quote) evidence.quote = quote;
		if (note) evidence.note = note;
		if (locator) evidence.locator = locator;
		const credibility = cell(row, 'credibility');
		if (credibility !== '') {
			if (/^-?\d+(\.\d+)?$/.test(credibility)) evidence.credibility = Number(credibility);
			else problem(row, 'credibility', `"${clip(credibility, 60)}" is not a number from 1 to 6`);
		}
		places.set(`relations[${index}].evidence[${relation.evidence.length}]`, {
			file,
			row: row.row,
			columns: 'quote and note',
			fields: {
				source: at(row, 'source title'),
				quote: at(row, 'quote'),
				note: at(row, 'note'),
				locator: at(row, 'locator'),
				credibility: at(row, 'credibility')
			}
		});
		relation.evidence.push(evidence);
	}
	if (sheet.rows.length === 0) {
		problems.push({ origin: file, place: '', message: 'has no rows below its header', row: 0 });
	}
	return { relations, sources, relationTypes: types.declared, problems, undated, readDates };
}
