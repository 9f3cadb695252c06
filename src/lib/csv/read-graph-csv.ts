import type { GraphProblem } from '$lib/model/graph-problem';
import { parseGraph } from '$lib/model/parse-graph';
import type { GraphFile } from '$lib/model/schema';
import {
	ACTOR_COLUMNS,
	REQUIRED_ACTOR_COLUMNS,
	readActorsCsv,
	type ListedActors
} from './actors-csv';
import { CsvPlaces, type PlacedProblem } from './csv-places';
import { columnKey, readSheet, type CsvSheet } from './csv-sheet';
import { readCsvTable } from './csv-table';
import { refused, type OpenedGraph } from '$lib/import/opened-graph';
import { NamedActors } from './named-actors';
import { RELATION_COLUMNS, REQUIRED_RELATION_COLUMNS, readRelationsCsv } from './relations-csv';
import { titleFromFileName } from '$lib/import/title-from-file-name';

/** A CSV file's name and text. */
export interface CsvFile {
	name: string;
	text: string;
}

/**
 * Opens a relations CSV, alone or with its actors CSV, as a graph; which file
 * is which, their header says (a relations CSV has a `relation` column). The
 * graph is titled after the relations file and drawn as of `today`; without
 * an actors CSV, actors are made from the names the relations give. Every
 * problem is placed by file, row and column; never half a graph. Never throws.
 */
export function readGraphCsv(files: readonly CsvFile[], today: string): OpenedGraph {
	const problems: GraphProblem[] = [];
	let relationsFile: CsvFile | undefined;
	let actorsFile: CsvFile | undefined;
	const tables = new Map(files.map((file) => [file, readCsvTable(file.text)]));
	for (const file of files) {
		const header = (tables.get(file)?.rows[0]?.cells ?? []).map(columnKey);
		if (header.every((cell) => cell === '')) {
			problems.push({ origin: file.name, place: '', message: 'is empty' });
		} else if (header.includes('relation')) {
			if (relationsFile) problems.push(twice(file, relationsFile, 'relations'));
			relationsFile = file;
		} else if (header.includes('name')) {
			if (actorsFile) problems.push(twice(file, actorsFile, 'actors'));
			actorsFile = file;
		} else {
			problems.push({
				origin: file.name,
				place: 'row 1',
				message:
					'is neither a relations CSV (its header has a "relation" column) nor an actors CSV (a "name" column)'
			});
		}
	}
	if (!relationsFile) {
		if (actorsFile) {
			problems.push({
				origin: actorsFile.name,
				place: '',
				message: 'lists actors only: open it together with its relations CSV'
			});
		}
		return refused(problems);
	}
	if (problems.length > 0) return refused(problems);

	const places = new CsvPlaces();
	const placed: PlacedProblem[] = [];
	const sheetOf = (file: CsvFile, known: readonly string[], required: readonly string[]) => {
		const read = readSheet(file.name, tables.get(file)!, known, required);
		placed.push(...read.problems.map((problem) => ({ ...problem, row: rowOf(problem.place) })));
		return read.sheet;
	};

	let listed: ListedActors | undefined;
	if (actorsFile) {
		const sheet = sheetOf(actorsFile, ACTOR_COLUMNS, REQUIRED_ACTOR_COLUMNS);
		if (sheet) {
			const read = readActorsCsv(sheet, places);
			listed = read.actors;
			placed.push(...read.problems);
		}
	}
	const sheet = sheetOf(relationsFile, RELATION_COLUMNS, REQUIRED_RELATION_COLUMNS);
	if (sheet && !sheet.columns.has('quote') && !sheet.columns.has('note')) {
		placed.push({
			origin: sheet.file,
			place: 'row 1',
			message: 'the columns "quote" and "note" are both missing: each evidence item needs one',
			row: 1
		});
		return refused(ordered(placed));
	}
	// Without the columns it needs, a file's rows would only repeat that they are missing.
	if (!sheet || (actorsFile && !listed)) return refused(ordered(placed));
	const named = listed ? undefined : new NamedActors(sheet.file, places);
	const read = readRelationsCsv(sheet, listed ?? named!, places, today);
	placed.push(...read.problems);
	if (sheet.rows.length === 0) return refused(ordered(placed));

	const graph: GraphFile = {
		title: titleFromFileName(relationsFile.name),
		asOf: today,
		actors: [...(listed?.list ?? named!.list)],
		sources: read.sources,
		relations: read.relations
	};
	if (read.relationTypes.length > 0) graph.relationTypes = read.relationTypes;
	const parsed = parseGraph(graph);
	if (!parsed.ok) {
		// A cell already found wrong is named once, by the reader that knows why.
		const seen = new Set(placed.map((problem) => `${problem.origin} ${problem.place}`));
		for (const problem of parsed.problems) {
			const found = places.place(problem, sheet.file);
			if (!seen.has(`${found.origin} ${found.place}`)) placed.push(found);
		}
	}
	if (placed.length > 0 || !parsed.ok) return refused(ordered(placed));
	return {
		ok: true,
		graph: parsed.graph,
		name: relationsFile.name,
		notes: notesOn(read.undated, sheet, named, today, read.readDates)
	};
}

/** What the analyst should know about a graph made from CSV: what was filled in for them. */
function notesOn(
	undated: number,
	sheet: CsvSheet,
	named: NamedActors | undefined,
	today: string,
	readDates: readonly string[]
): string[] {
	const notes: string[] = [];
	if (readDates.length > 0) {
		const shown = readDates.slice(0, 3).join('; ');
		const more = readDates.length > 3 ? `; and ${readDates.length - 3} more` : '';
		notes.push(
			`${readDates.length === 1 ? '1 date' : `${readDates.length} dates`} in ${sheet.file} ${readDates.length === 1 ? 'was' : 'were'} not written YYYY-MM-DD, and ${readDates.length === 1 ? 'was' : 'were'} read as: ${shown}${more}. Check ${readDates.length === 1 ? 'it' : 'them'}, and write dates as YYYY-MM-DD to be sure.`
		);
	}
	if (undated > 0) {
		const sources = undated === 1 ? '1 source has' : `${undated} sources have`;
		notes.push(
			`${sources} no publication date in ${sheet.file}, so ${undated === 1 ? 'it is' : 'they are'} dated ${today}, the day the file was opened: correct ${undated === 1 ? 'it' : 'them'} before reading the network as of an earlier date.`
		);
	}
	if (named) {
		notes.push(
			`${sheet.file} names its actors only: each of the ${named.list.length} actors was made from its name, of kind "other".`
		);
	}
	return notes;
}

function twice(file: CsvFile, other: CsvFile, what: string): GraphProblem {
	return {
		origin: file.name,
		place: '',
		message: `is a second ${what} CSV (besides ${other.name}): open one relations CSV, with or without one actors CSV`
	};
}

function rowOf(place: string): number {
	return Number(/^row (\d+)/.exec(place)?.[1] ?? 0);
}

/** Problems as the analyst reads the files: by file, row and column, whole-file problems first. */
function ordered(problems: readonly PlacedProblem[]): GraphProblem[] {
	const columns: readonly string[] = [...RELATION_COLUMNS, ...ACTOR_COLUMNS];
	const column = (place: string) =>
		columns.indexOf(/columns? (.+?)(?: and .*)?$/.exec(place)?.[1] ?? '');
	return [...problems]
		.sort((a, b) =>
			a.origin !== b.origin
				? a.origin < b.origin
					? -1
					: 1
				: a.row - b.row || column(a.place) - column(b.place)
		)
		.map(({ origin, place, message }) => ({ origin, place, message }));
}
