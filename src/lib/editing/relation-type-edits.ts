import { BUILTIN_RELATION_TYPES } from '$lib/model/builtin-types';
import type { GraphFile, RelationType } from '$lib/model/schema';

const BUILTIN = new Map(BUILTIN_RELATION_TYPES.map((type) => [type.id, type]));

/** Whether a type is one of the four every graph knows, which cannot be deleted. */
export function isBuiltinType(id: string): boolean {
	return BUILTIN.has(id);
}

/** The relations of a type: they must move to another before it can go. */
export function relationsOfType(graph: GraphFile, id: string) {
	return graph.relations.filter((relation) => relation.type === id);
}

/** Whether two descriptions of a type draw and name it the same. */
function sameType(a: RelationType, b: RelationType): boolean {
	return (
		a.label === b.label &&
		a.colour.toLowerCase() === b.colour.toLowerCase() &&
		a.dash === b.dash &&
		a.end === b.end &&
		a.weight === b.weight &&
		a.directed === b.directed
	);
}

/** The graph's declared types as given, with no entry left empty: a graph without any says none. */
function withDeclared(graph: GraphFile, declared: RelationType[]): GraphFile {
	if (declared.length > 0) return { ...graph, relationTypes: declared };
	const next = { ...graph };
	delete next.relationTypes;
	return next;
}

/** The graph with a type of its own, declared after the others. */
export function addRelationType(graph: GraphFile, type: RelationType): GraphFile {
	if (isBuiltinType(type.id) || graph.relationTypes?.some((other) => other.id === type.id))
		throw new TypeError(`addRelationType: the graph already has a type "${type.id}"`);
	return withDeclared(graph, [...(graph.relationTypes ?? []), type]);
}

/**
 * The graph with a type renamed or restyled, its id kept so that relations
 * still name it. A built-in type restyled is stored as an override; one set
 * back as it was built leaves none. Nothing changed: the same graph.
 */
export function updateRelationType(graph: GraphFile, type: RelationType): GraphFile {
	const declared = graph.relationTypes ?? [];
	const before = declared.find((other) => other.id === type.id) ?? BUILTIN.get(type.id);
	if (!before) throw new TypeError(`updateRelationType: the graph has no type "${type.id}"`);
	if (sameType(before, type)) return graph;
	const builtin = BUILTIN.get(type.id);
	const override = builtin && sameType(builtin, type) ? [] : [type];
	const at = declared.findIndex((other) => other.id === type.id);
	if (at < 0) return withDeclared(graph, [...declared, ...override]);
	return withDeclared(graph, [...declared.slice(0, at), ...override, ...declared.slice(at + 1)]);
}

/**
 * The graph without a declared type. A built-in type cannot be deleted, nor
 * a type relations still use: `moveAndDeleteRelationType` moves them first.
 */
export function deleteRelationType(graph: GraphFile, id: string): GraphFile {
	if (isBuiltinType(id)) throw new TypeError(`deleteRelationType: "${id}" is built in`);
	const used = relationsOfType(graph, id).length;
	if (used > 0)
		throw new TypeError(
			`deleteRelationType: ${used} relations are of type "${id}"; move them first`
		);
	return withDeclared(
		graph,
		(graph.relationTypes ?? []).filter((type) => type.id !== id)
	);
}

/** The graph with a type's relations moved to another type, and the type deleted: one change. */
export function moveAndDeleteRelationType(graph: GraphFile, id: string, to: string): GraphFile {
	if (to === id) throw new TypeError(`moveAndDeleteRelationType: "${id}" cannot move to itself`);
	if (!isBuiltinType(to) && !graph.relationTypes?.some((type) => type.id === to))
		throw new TypeError(`moveAndDeleteRelationType: the graph has no type "${to}"`);
	const moved: GraphFile = {
		...graph,
		relations: graph.relations.map((relation) =>
			relation.type === id ? { ...relation, type: to } : relation
		)
	};
	return deleteRelationType(moved, id);
}

/** The graph with every type of the form saved: the known ones updated, the new ones declared. */
export function saveRelationTypes(graph: GraphFile, types: readonly RelationType[]): GraphFile {
	return types.reduce(
		(next, type) =>
			isBuiltinType(type.id) || next.relationTypes?.some((other) => other.id === type.id)
				? updateRelationType(next, type)
				: addRelationType(next, type),
		graph
	);
}
