import { visibleRelations, type RelationFilter } from './relation-filter';
import type { Relation, RelationStatus } from './schema';

/** How many relations each legend entry stands for, by type id and by status. */
export interface LegendCounts {
	types: ReadonlyMap<string, number>;
	statuses: ReadonlyMap<RelationStatus, number>;
}

type Counted = Pick<Relation, 'type' | 'status' | 'signed' | 'since' | 'until'>;

/**
 * The legend's counts of what the picture shows as of the filter's date.
 * Each entry counts the relations it shows when ticked: a type counts its
 * relations that stand then and whose status is shown, a status those whose
 * type is shown. So a type the analyst hides keeps the count it would bring
 * back, and every ticked entry counts exactly what is drawn of it.
 */
export function legendCounts(relations: readonly Counted[], filter: RelationFilter): LegendCounts {
	const byType = visibleRelations(relations, { ...filter, hiddenTypes: new Set() });
	const byStatus = visibleRelations(relations, { ...filter, hiddenStatuses: new Set() });
	return {
		types: tally(byType.map((relation) => relation.type)),
		statuses: tally(byStatus.map((relation) => relation.status))
	};
}

function tally<K>(keys: readonly K[]): Map<K, number> {
	const counts = new Map<K, number>();
	for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
	return counts;
}
