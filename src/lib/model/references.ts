import { relationTypesOf } from './builtin-types';
import type { GraphProblem } from './graph-problem';
import { earliestDay, formatPartialDate, latestDay } from './partial-date';
import { outOfForce } from './relations-as-of';
import type { GraphFile, Relation } from './schema';

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
				origin: '',
				place: `${at}.type`,
				message: `no relation type has the id "${relation.type}" (declare it in relationTypes)`
			});
		}
		for (const end of ['source', 'target'] as const) {
			if (!actorIds.has(relation[end])) {
				problems.push({
					origin: '',
					place: `${at}.${end}`,
					message: `no actor has the id "${relation[end]}"`
				});
			}
		}
		if (relation.source === relation.target) {
			problems.push({
				origin: '',
				place: `${at}.target`,
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
				origin: '',
				place: `${at}.until`,
				message: `${relation.until} is before since (${relation.since})`
			});
		}
		relation.evidence.forEach((evidence, item) => {
			if (!sourceIds.has(evidence.source)) {
				problems.push({
					origin: '',
					place: `${at}.evidence[${item}].source`,
					message: `no source has the id "${evidence.source}"`
				});
			}
		});
	});
	checkStory(graph, actorIds, problems);
	return problems;
}

/**
 * Every story step names actors and relations that exist, and never puts in
 * focus a relation that was not in force as of the step's own date.
 */
function checkStory(graph: GraphFile, actorIds: Set<string>, problems: GraphProblem[]): void {
	const relations = new Map<string, Relation>(graph.relations.map((r) => [r.id, r]));
	const stepIds = new Set<string>();
	graph.story?.forEach((step, index) => {
		const at = `story[${index}]`;
		if (step.id !== undefined) {
			if (stepIds.has(step.id)) {
				problems.push({
					origin: '',
					place: `${at}.id`,
					message: `another story step already has the id "${step.id}"`
				});
			}
			stepIds.add(step.id);
		}
		step.actors?.forEach((actorId, item) => {
			if (!actorIds.has(actorId)) {
				problems.push({
					origin: '',
					place: `${at}.actors[${item}]`,
					message: `no actor has the id "${actorId}"`
				});
			}
		});
		step.relations?.forEach((relationId, item) => {
			const relation = relations.get(relationId);
			if (!relation) {
				problems.push({
					origin: '',
					place: `${at}.relations[${item}]`,
					message: `no relation has the id "${relationId}"`
				});
				return;
			}
			const out = step.asOf ? outOfForce(relation, step.asOf) : undefined;
			if (out && step.asOf) {
				const when =
					out === 'not begun'
						? `begins ${formatPartialDate(relation.since!)}`
						: `ended ${formatPartialDate(relation.until!)}`;
				problems.push({
					origin: '',
					place: `${at}.relations[${item}]`,
					message: `"${relationId}" ${when}: it is not in force as of the step's date (${formatPartialDate(step.asOf)})`
				});
			}
		});
	});
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
				origin: '',
				place: `${list}[${index}].id`,
				message: `another ${what} already has the id "${record.id}"`
			});
		}
		seen.add(record.id);
	});
	return seen;
}
