import { relationTypesOf } from './builtin-types';
import type { GraphProblem } from './graph-problem';
import { earliestDay, formatPartialDate, latestDay } from './partial-date';
import { forceAsOf, standsAsOf, type Force } from './relations-as-of';
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

	// Counted, not iterated, and each place written only for a problem: a network of 60,000
	// relations has none, and an iterator or a text made for each would be garbage at once.
	const { relations } = graph;
	for (let index = 0; index < relations.length; index++) {
		const relation = relations[index];
		if (!types.has(relation.type)) {
			problems.push({
				origin: '',
				place: `${relationAt(index)}.type`,
				message: `no relation type has the id "${relation.type}" (declare it in relationTypes)`
			});
		}
		if (!actorIds.has(relation.source))
			unknownActor(relation, 'source', relationAt(index), problems);
		if (!actorIds.has(relation.target))
			unknownActor(relation, 'target', relationAt(index), problems);
		if (relation.source === relation.target) {
			problems.push({
				origin: '',
				place: `${relationAt(index)}.target`,
				message: `is the same actor as the source ("${relation.source}")`
			});
		}
		if (relation.signed || relation.since || relation.until)
			checkDates(relation, relationAt(index), problems);
		const { evidence } = relation;
		for (let item = 0; item < evidence.length; item++) {
			if (!sourceIds.has(evidence[item].source)) {
				problems.push({
					origin: '',
					place: `${relationAt(index)}.evidence[${item}].source`,
					message: `no source has the id "${evidence[item].source}"`
				});
			}
		}
	}
	checkStory(graph, actorIds, problems);
	return problems;
}

/** A relation's place in the file. */
function relationAt(index: number): string {
	return `relations[${index}]`;
}

function unknownActor(
	relation: Relation,
	end: 'source' | 'target',
	at: string,
	problems: GraphProblem[]
): void {
	problems.push({
		origin: '',
		place: `${at}.${end}`,
		message: `no actor has the id "${relation[end]}"`
	});
}

/**
 * A relation's dates follow one another: signed, then in force (since), then
 * ended (until). Only a certain contradiction is reported: until `2024` may
 * still end after since `2024-06-19`, and a treaty may take effect the day it
 * is signed.
 */
function checkDates(relation: Relation, at: string, problems: GraphProblem[]): void {
	const { signed, since, until } = relation;
	const before = (later: string, earlier: string) => latestDay(later) < earliestDay(earlier);
	if (signed && since && before(since, signed)) {
		problems.push({
			origin: '',
			place: `${at}.signed`,
			message: `${signed} is after since (${since}): a relation takes effect when or after it is signed`
		});
	}
	if (since && until && before(until, since)) {
		problems.push({
			origin: '',
			place: `${at}.until`,
			message: `${until} is before since (${since})`
		});
	} else if (!since && signed && until && before(until, signed)) {
		problems.push({
			origin: '',
			place: `${at}.until`,
			message: `${until} is before signed (${signed})`
		});
	}
}

/**
 * Every story step names actors and relations that exist, and never puts in
 * focus a relation that is not drawn as of the step's own date: one not yet
 * signed or begun, ended, or without a start date. A relation signed but not
 * yet in force is drawn (as signed), so a step about its signing may show it.
 */
function checkStory(graph: GraphFile, actorIds: Set<string>, problems: GraphProblem[]): void {
	if (!graph.story) return;
	const relations = new Map<string, Relation>(graph.relations.map((r) => [r.id, r]));
	const stepIds = new Set<string>();
	graph.story.forEach((step, index) => {
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
			if (!step.asOf) return;
			const force = forceAsOf(relation, step.asOf);
			if (standsAsOf(force)) return;
			problems.push({
				origin: '',
				place: `${at}.relations[${item}]`,
				message: `"${relationId}" ${whyNotShown(relation, force, formatPartialDate(step.asOf))}`
			});
		});
	});
}

/** Why a relation is not drawn on a step's date, in words. */
function whyNotShown(relation: Relation, force: Force, date: string): string {
	const stepDate = `as of the step's date (${date})`;
	if (force === 'undated') {
		return `has no start date: whether it was in force ${stepDate} is not known, so it is not drawn`;
	}
	if (force === 'ended') {
		return `ended ${formatPartialDate(relation.until!)}: it is not in force ${stepDate}`;
	}
	if (relation.signed) {
		return `is signed ${formatPartialDate(relation.signed)}: it is neither signed nor in force ${stepDate}`;
	}
	return `begins ${formatPartialDate(relation.since!)}: it is not in force ${stepDate}`;
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
