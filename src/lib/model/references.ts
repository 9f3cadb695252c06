import { relationTypesOf } from './builtin-types';
import type { GraphProblem } from './graph-problem';
import { earliestDay, latestDay } from './partial-date';
import type { GraphFile } from './schema';

/**
 * What the file's shape cannot say: ids are unique, and every relation names
 * a type, actors and sources that exist.
 */
export function checkReferences(graph: GraphFile): GraphProblem[] {
	const problems: GraphProblem[] = [];
	const actorIds = uniqueIds(graph.actors, 'actors', 'actor', problems);
	const sourceIds = uniqueIds(graph.sources, 'sources', 'source', problems);
	uniqueIds(graph.relations, 'relations', 'relation', problems);
	uniqueIds(graph.relationTypes ?? [], 'relationTypes', 'relation type', problems);
	const types = relationTypesOf(graph);

	graph.relations.forEach((relation, index) => {
		const at = `relations[${index}]`;
		if (!types.has(relation.type)) {
			problems.push({
				path: `${at}.type`,
				message: `no relation type has the id "${relation.type}" (declare it in relationTypes)`
			});
		}
		for (const end of ['source', 'target'] as const) {
			if (!actorIds.has(relation[end])) {
				problems.push({ path: `${at}.${end}`, message: `no actor has the id "${relation[end]}"` });
			}
		}
		if (relation.source === relation.target) {
			problems.push({
				path: `${at}.target`,
				message: `is the same actor as the source ("${relation.source}")`
			});
		}
		// Only a certain contradiction: until `2024` may still end after since `2024-06-19`.
		if (
			relation.since &&
			relation.until &&
			latestDay(relation.until) < earliestDay(relation.since)
		) {
			problems.push({
				path: `${at}.until`,
				message: `${relation.until} is before since (${relation.since})`
			});
		}
		relation.evidence.forEach((evidence, item) => {
			if (!sourceIds.has(evidence.source)) {
				problems.push({
					path: `${at}.evidence[${item}].source`,
					message: `no source has the id "${evidence.source}"`
				});
			}
		});
	});
	return problems;
}

function uniqueIds(
	records: readonly { id: string }[],
	list: string,
	what: string,
	problems: GraphProblem[]
): Set<string> {
	const seen = new Set<string>();
	records.forEach((record, index) => {
		if (seen.has(record.id)) {
			problems.push({
				path: `${list}[${index}].id`,
				message: `another ${what} already has the id "${record.id}"`
			});
		}
		seen.add(record.id);
	});
	return seen;
}
