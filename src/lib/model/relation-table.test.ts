import { describe, expect, it } from 'vitest';
import { indexGraph } from './graph-index';
import { relationRows, sortRows, type RelationRow, type TableColumn } from './relation-table';
import type { Relation } from './schema';
import {
	actorOf,
	citing,
	graphOf,
	relationOf,
	relationTypeOf,
	sourceOf
} from '../../../tests/fixtures/graph-builders';

const RELATIONS: Relation[] = [
	relationOf('chn-prk-aid', {
		type: 'aid',
		status: 'reported',
		since: '2024-06',
		summary: 'Food and fertiliser shipments',
		evidence: citing('kita', 'nknews', 'kita')
	}),
	relationOf('chn-prk-trade', { summary: 'Most of North Korea’s trade', evidence: citing('kita') }),
	relationOf('prk-rus-arms', {
		type: 'arms-transfer',
		source: 'prk',
		target: 'rus',
		status: 'alleged',
		since: '2023',
		summary: 'Artillery shells for Russia',
		evidence: citing('rusi', 'nknews', 'kita')
	}),
	relationOf('rus-prk-trade', {
		source: 'rus',
		status: 'denied',
		since: '2023',
		until: '2024',
		summary: 'Oil above the UN cap',
		evidence: citing('rusi')
	}),
	relationOf('un-prk-sanctions', {
		type: 'sanctions',
		source: 'un',
		since: '2006-10-14',
		summary: 'Resolution 1718',
		evidence: citing('un', 'nknews')
	})
];

const GRAPH = graphOf({
	title: 'North Korea’s ties',
	asOf: '2024-10',
	actors: ['prk', 'chn', 'rus', 'un'].map((id) => actorOf(id)),
	relationTypes: [relationTypeOf('arms-transfer', 'Arms transfer')],
	relations: RELATIONS
});

const ROWS = relationRows(RELATIONS, indexGraph(GRAPH));

const ids = (rows: readonly RelationRow[]) => rows.map((row) => row.id);

describe('relationRows', () => {
	it('shows a relation with its type label, actor names, period and source count', () => {
		expect(ROWS[0]).toMatchObject({
			id: 'chn-prk-aid',
			type: 'Aid',
			from: 'China',
			to: 'North Korea',
			ends: 'from China to North Korea',
			status: 'reported',
			period: 'Jun 2024 – present',
			sources: 2,
			summary: 'Food and fertiliser shipments'
		});
	});

	it('uses the label of a type the file declares', () => {
		expect(ROWS[2]).toMatchObject({ type: 'Arms transfer', from: 'North Korea', to: 'Russia' });
	});

	it('shows a dash for a relation without dates and a closed period for one that ended', () => {
		expect(ROWS.map((row) => row.period)).toEqual([
			'Jun 2024 – present',
			'—',
			'2023 – present',
			'2023 – 2024',
			'14 Oct 2006 – present'
		]);
	});

	it('says when a treaty was signed and took effect, and that it was not yet in force then', () => {
		const treaty = relationOf('rus-prk-treaty', {
			type: 'defense-pact',
			source: 'rus',
			signed: '2024-06-19',
			since: '2024-12-04'
		});
		const [asOfGraph] = relationRows([treaty], indexGraph(GRAPH), '2024-10-06');
		expect(asOfGraph).toMatchObject({
			period: 'signed 19 Jun 2024, in force from 4 Dec 2024',
			standing: 'signed, not yet in force as of 6 Oct 2024',
			sinceDay: '2024-06-19'
		});
		const [later] = relationRows([treaty], indexGraph(GRAPH), '2025');
		expect(later.standing).toBeUndefined();
	});

	it('says nothing of where a relation stood when no date is given', () => {
		expect(ROWS.map((row) => row.standing)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
			undefined
		]);
	});

	it('words an undirected relation as between its actors', () => {
		expect(ROWS[1].ends).toBe('between China and North Korea');
	});

	it('says when a relation has quotes not checked against their source', () => {
		expect(ROWS.every((row) => row.uncheckedQuotes.length === 0)).toBe(true);
		const quoted = graphOf({
			sources: [sourceOf('kita', { archivedText: 'Trade fell by a third.' }), sourceOf('rusi')],
			relations: [
				relationOf('r', {
					evidence: [
						{ source: 'kita', quote: 'Trade fell by a third.' },
						{ source: 'rusi', quote: 'Trade fell.' },
						{ source: 'rusi', quote: 'Trade fell again.' }
					]
				})
			]
		});
		expect(relationRows(quoted.relations, indexGraph(quoted))[0].uncheckedQuotes).toEqual([
			'2 quotes not checked against the source'
		]);
	});

	it('falls back to ids for an actor or type it does not know', () => {
		const [row] = relationRows(
			[{ ...RELATIONS[1], type: 'loans', target: 'kor' }],
			indexGraph(GRAPH)
		);
		expect(row).toMatchObject({ type: 'loans', from: 'China', to: 'kor' });
	});
});

/** The relations by a short name, for the orders below. */
const BY_NAME: Record<string, string> = {
	aid: 'chn-prk-aid',
	trade: 'chn-prk-trade',
	arms: 'prk-rus-arms',
	oil: 'rus-prk-trade',
	un: 'un-prk-sanctions'
};
const order = (names: string) => names.split(' ').map((name) => BY_NAME[name]);

/** Each column's ascending order; descending is the reverse except for ties, kept by id. */
const ORDERS: [TableColumn, string[], string[]][] = (
	[
		['type', 'aid arms un trade oil', 'trade oil un arms aid'],
		['from', 'aid trade arms oil un', 'un oil arms aid trade'],
		['to', 'aid trade oil un arms', 'arms aid trade oil un'],
		['status', 'trade un aid arms oil', 'oil arms aid trade un'],
		['period', 'trade un oil arms aid', 'aid arms oil un trade'],
		['sources', 'trade oil aid un arms', 'arms aid un trade oil']
	] as const
).map(([column, ascending, descending]) => [column, order(ascending), order(descending)]);

describe('sortRows', () => {
	it.each(ORDERS)('sorts by %s ascending', (column, ascending) => {
		expect(ids(sortRows(ROWS, column, 'ascending'))).toEqual(ascending);
	});

	it.each(ORDERS)('sorts by %s descending', (column, _ascending, descending) => {
		expect(ids(sortRows(ROWS, column, 'descending'))).toEqual(descending);
	});

	it('sorts status from firmest to weakest, not by alphabet', () => {
		const statuses = sortRows(ROWS, 'status', 'ascending').map((row) => row.status);
		expect(statuses).toEqual(['confirmed', 'confirmed', 'reported', 'alleged', 'denied']);
	});

	it('puts relations without a start date first, and of two with the same start, the one that ended', () => {
		const periods = sortRows(ROWS, 'period', 'ascending').map((row) => row.period);
		expect(periods).toEqual([
			'—',
			'14 Oct 2006 – present',
			'2023 – 2024',
			'2023 – present',
			'Jun 2024 – present'
		]);
	});

	it('gives the same order whatever order the rows come in', () => {
		const reversed = [...ROWS].reverse();
		for (const [column] of ORDERS) {
			for (const direction of ['ascending', 'descending'] as const) {
				expect(ids(sortRows(reversed, column, direction))).toEqual(
					ids(sortRows(ROWS, column, direction))
				);
			}
		}
	});

	it('leaves the rows it was given in their order', () => {
		const before = ids(ROWS);
		sortRows(ROWS, 'status', 'descending');
		expect(ids(ROWS)).toEqual(before);
	});
});
