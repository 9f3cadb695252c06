import { clip, type GraphProblem } from '$lib/model/graph-problem';
import { cellPlace } from './csv-sheet';

/** Where one record of a graph made from CSV came from: its file and row, and each field's column and text. */
export interface RecordPlace {
	file: string;
	row: number;
	fields: Record<string, { column: string; value: string } | undefined>;
	/** The columns to name for a problem with the record as a whole. */
	columns?: string;
}

/** A problem placed in a CSV file; `row` orders the problems of a file. */
export interface PlacedProblem extends GraphProblem {
	row: number;
}

/**
 * The records of a graph made from CSV, by their path in the graph file
 * (`relations[3]`, `relations[3].evidence[0]`, `actors[2]`), so that a
 * schema problem's path leads back to a file, a row and a column.
 */
export class CsvPlaces {
	readonly #records = new Map<string, RecordPlace>();

	set(path: string, place: RecordPlace): void {
		this.#records.set(path, place);
	}

	/**
	 * `relations[3].since: "2024-13-01" is not a date…` →
	 * `relations.csv`, `row 14, column since`. A message about a cell's
	 * value (`is empty`, `must be one of…`) is preceded by that value.
	 */
	place(problem: GraphProblem, file: string): PlacedProblem {
		const segments = problem.place.match(/[^.[\]]+|\[\d+\]/g) ?? [];
		for (let end = segments.length; end > 0; end--) {
			const record = this.#records.get(joinPath(segments.slice(0, end)));
			if (!record) continue;
			const field = segments[end]?.replace(/^\[|\]$/g, '');
			const cell = field === undefined ? undefined : record.fields[field];
			const place =
				cell !== undefined
					? cellPlace(record.row, cell.column)
					: field === undefined && record.columns
						? `row ${record.row}, columns ${record.columns}`
						: cellPlace(record.row);
			const aboutValue = /^(is|must|has|needs) /.test(problem.message);
			const message =
				cell && cell.value !== '' && aboutValue
					? `"${clip(cell.value, 60)}" ${problem.message}`
					: problem.message;
			return {
				origin: record.file,
				place,
				message: clip(message),
				row: record.row
			};
		}
		return { origin: file, place: problem.place, message: clip(problem.message), row: 0 };
	}
}

function joinPath(segments: readonly string[]): string {
	return segments.reduce(
		(path, segment) =>
			segment.startsWith('[') || path === '' ? `${path}${segment}` : `${path}.${segment}`,
		''
	);
}
