import { forceNote } from './force-words';
import { formatPeriod, earliestDay, type PartialDate } from './partial-date';
import { relationEnds, sourceCount } from './describe-relation';
import type { GraphIndex } from './graph-index';
import { quoteCountWords, relationQuoteCounts } from './quote-standing';
import type { Relation, RelationStatus } from './schema';

/** One line of the table view: a relation as the analyst scans it. */
export interface RelationRow {
	id: string;
	type: string;
	from: string;
	to: string;
	/** "from … to …" or "between … and …". */
	ends: string;
	status: RelationStatus;
	period: string;
	/** Where it stood on the as-of date, when not plainly in force: "signed, not yet in force as of 6 Oct 2024". */
	standing?: string;
	/** The start date (signed, else in force) as a sortable day; relations with no start sort first. */
	sinceDay: string;
	untilDay: string;
	sources: number;
	summary: string;
	/** What its quotes lack: `['1 quote not checked against the source']`; empty when all were found. */
	uncheckedQuotes: string[];
}

export type TableColumn = 'type' | 'from' | 'to' | 'status' | 'period' | 'sources';
export type SortDirection = 'ascending' | 'descending';

/** The rows of the relations, as they stood on `asOf` (the date the table is shown as of). */
export function relationRows(
	relations: readonly Relation[],
	index: GraphIndex,
	asOf?: PartialDate
): RelationRow[] {
	return relations.map((relation) => ({
		id: relation.id,
		type: index.types.get(relation.type)?.label ?? relation.type,
		from: index.actors.get(relation.source)?.name ?? relation.source,
		to: index.actors.get(relation.target)?.name ?? relation.target,
		ends: relationEnds(relation, index),
		status: relation.status,
		period: formatPeriod(relation),
		standing: asOf ? forceNote(relation, asOf) : undefined,
		sinceDay: startDay(relation),
		untilDay: relation.until ? earliestDay(relation.until) : '9999',
		sources: sourceCount(relation),
		summary: relation.summary,
		uncheckedQuotes: quoteCountWords(relationQuoteCounts(relation, index))
	}));
}

/** When a relation began, as a sortable day: signed, else in force; `''` when neither is known. */
function startDay(relation: Relation): string {
	const start = relation.signed ?? relation.since;
	return start ? earliestDay(start) : '';
}

const STATUS_RANK: Record<RelationStatus, number> = {
	confirmed: 0,
	reported: 1,
	alleged: 2,
	denied: 3
};

/** Rows sorted by one column; ties keep a stable order by relation id. */
export function sortRows(
	rows: readonly RelationRow[],
	column: TableColumn,
	direction: SortDirection
): RelationRow[] {
	const sign = direction === 'ascending' ? 1 : -1;
	return [...rows].sort((a, b) => {
		const order = compareBy(column, a, b);
		if (order !== 0) return sign * order;
		return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
	});
}

function compareBy(column: TableColumn, a: RelationRow, b: RelationRow): number {
	switch (column) {
		case 'status':
			return STATUS_RANK[a.status] - STATUS_RANK[b.status];
		case 'sources':
			return a.sources - b.sources;
		case 'period':
			return a.sinceDay.localeCompare(b.sinceDay) || a.untilDay.localeCompare(b.untilDay);
		default:
			return a[column].localeCompare(b[column], 'en');
	}
}
