import { describe, expect, it } from 'vitest';
import {
	SHOW_ALL,
	statusesInUse,
	toggled,
	typesInUse,
	undatedHidden,
	visibleRelations,
	type RelationFilter
} from './relation-filter';
import type { Relation, RelationStatus, RelationType } from './schema';
import {
	actorOf,
	graphOf,
	relationOf,
	relationTypeOf
} from '../../../tests/fixtures/graph-builders';

const relation = (id: string, type: string, status: RelationStatus) =>
	relationOf(id, { type, status });

const graphWith = (relations: Relation[], relationTypes?: RelationType[]) =>
	graphOf({ actors: [actorOf('chn'), actorOf('prk')], relationTypes, relations });

const RELATIONS = [
	relation('trade', 'trade', 'confirmed'),
	relation('aid', 'aid', 'reported'),
	relation('arms', 'arms-transfer', 'alleged'),
	relation('pact', 'defense-pact', 'confirmed')
];

const ids = (relations: Relation[]) => relations.map((shown) => shown.id);

const filter = (hidden: Partial<RelationFilter>): RelationFilter => ({ ...SHOW_ALL, ...hidden });

describe('visibleRelations', () => {
	it('shows every relation when nothing is hidden', () => {
		expect(ids(visibleRelations(RELATIONS, SHOW_ALL))).toEqual(['trade', 'aid', 'arms', 'pact']);
	});

	it('takes out the relations of a hidden type', () => {
		const shown = visibleRelations(RELATIONS, filter({ hiddenTypes: new Set(['aid', 'trade']) }));
		expect(ids(shown)).toEqual(['arms', 'pact']);
	});

	it('takes out the relations with a hidden status', () => {
		const shown = visibleRelations(RELATIONS, filter({ hiddenStatuses: new Set(['confirmed']) }));
		expect(ids(shown)).toEqual(['aid', 'arms']);
	});

	it('takes out a relation when either its type or its status is hidden', () => {
		const shown = visibleRelations(RELATIONS, {
			hiddenTypes: new Set(['trade']),
			hiddenStatuses: new Set(['alleged'])
		});
		expect(ids(shown)).toEqual(['aid', 'pact']);
	});

	it('takes out the relations not in force as of the date, and keeps those that may have been', () => {
		const dated = [
			{ ...relation('old', 'trade', 'confirmed'), since: '1961', until: '1991-12' },
			{ ...relation('new', 'trade', 'confirmed'), since: '2024-06-19' },
			{ ...relation('undated', 'trade', 'confirmed') }
		];
		expect(ids(visibleRelations(dated, filter({ asOf: '2000' })))).toEqual([]);
		expect(ids(visibleRelations(dated, filter({ asOf: '2024-06' })))).toEqual(['new']);
		expect(ids(visibleRelations(dated, filter({ asOf: '1991' })))).toEqual(['old']);
	});

	it('shows every relation, dated or not, at the graph’s own date', () => {
		const dated = [
			{ ...relation('new', 'trade', 'confirmed'), since: '2024-06-19' },
			{ ...relation('undated', 'trade', 'confirmed') }
		];
		expect(ids(visibleRelations(dated, SHOW_ALL))).toEqual(['new', 'undated']);
	});

	it('shows a treaty signed but not yet in force', () => {
		const treaty = {
			...relation('treaty', 'defense-pact', 'confirmed'),
			signed: '2024-06-19',
			since: '2024-12-04'
		};
		expect(ids(visibleRelations([treaty], filter({ asOf: '2024-10-06' })))).toEqual(['treaty']);
		expect(ids(visibleRelations([treaty], filter({ asOf: '2023' })))).toEqual([]);
	});
});

describe('undatedHidden', () => {
	const relations = [
		relation('trade', 'trade', 'confirmed'),
		relation('aid', 'aid', 'reported'),
		{ ...relation('ties', 'diplomatic', 'confirmed'), since: '1949-10-06' }
	];

	it('finds the relations a past date hides only because their start is not known', () => {
		expect(ids(undatedHidden(relations, filter({ asOf: '1949-12-31' })))).toEqual(['trade', 'aid']);
	});

	it('counts none at the graph’s own date, where they are shown', () => {
		expect(undatedHidden(relations, SHOW_ALL)).toEqual([]);
	});

	it('leaves out what the types and statuses chosen hide anyway', () => {
		const chosen = filter({ asOf: '1949-12-31', hiddenStatuses: new Set(['reported']) });
		expect(ids(undatedHidden(relations, chosen))).toEqual(['trade']);
	});
});

describe('typesInUse', () => {
	it('lists only the types some relation uses', () => {
		const used = typesInUse(graphWith([relation('aid', 'aid', 'reported')]));
		expect(used.map((type) => type.id)).toEqual(['aid']);
	});

	it('lists the built-ins first, in their own order, then the types the file declares', () => {
		const graph = graphWith(
			[
				relation('arms', 'arms-transfer', 'alleged'),
				relation('diplomatic', 'diplomatic', 'confirmed'),
				relation('sanctions', 'sanctions', 'confirmed'),
				relation('trade', 'trade', 'confirmed')
			],
			[relationTypeOf('diplomatic', 'Diplomatic'), relationTypeOf('arms-transfer', 'Arms transfer')]
		);
		expect(typesInUse(graph).map((type) => type.id)).toEqual([
			'trade',
			'sanctions',
			'diplomatic',
			'arms-transfer'
		]);
	});

	it('keeps a restyled built-in in the built-in place, with the file’s style', () => {
		const restyled = { ...relationTypeOf('trade', 'Trade in goods'), directed: false };
		const graph = graphWith(
			[relation('arms', 'arms-transfer', 'alleged'), relation('trade', 'trade', 'confirmed')],
			[relationTypeOf('arms-transfer', 'Arms transfer'), restyled]
		);
		expect(typesInUse(graph)).toEqual([restyled, relationTypeOf('arms-transfer', 'Arms transfer')]);
	});

	it('lists nothing for a graph without relations', () => {
		expect(typesInUse(graphWith([]))).toEqual([]);
	});
});

describe('statusesInUse', () => {
	it('lists the statuses in use from confirmed to denied', () => {
		const graph = graphWith([
			relation('a', 'trade', 'denied'),
			relation('b', 'trade', 'alleged'),
			relation('c', 'trade', 'confirmed'),
			relation('d', 'trade', 'reported'),
			relation('e', 'trade', 'confirmed')
		]);
		expect(statusesInUse(graph)).toEqual(['confirmed', 'reported', 'alleged', 'denied']);
	});

	it('leaves out the statuses no relation has', () => {
		const graph = graphWith([relation('a', 'trade', 'alleged'), relation('b', 'aid', 'confirmed')]);
		expect(statusesInUse(graph)).toEqual(['confirmed', 'alleged']);
	});
});

describe('toggled', () => {
	it('hides a type that was shown', () => {
		expect([...toggled(new Set(['trade']), 'aid')]).toEqual(['trade', 'aid']);
	});

	it('shows again a type that was hidden', () => {
		expect([...toggled(new Set(['trade', 'aid']), 'trade')]).toEqual(['aid']);
	});

	it('leaves the set it was given as it was', () => {
		const hidden = new Set<RelationStatus>(['alleged']);
		toggled(hidden, 'denied');
		toggled(hidden, 'alleged');
		expect([...hidden]).toEqual(['alleged']);
	});
});
