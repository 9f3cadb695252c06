import { addActor } from '$lib/editing/actor-edits';
import { newActorId } from '$lib/editing/actor-form';
import type { Actor, GraphFile } from '$lib/model/schema';
import type { ProposedActor } from './proposal';

/** A name as names are compared: no accents, no case, single spaces. */
function comparable(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

interface ActorsByName {
	/** By ISO 3166 code or short code, as written. */
	codes: Map<string, Actor>;
	/** By name, full name or alias, compared as names are. */
	names: Map<string, Actor>;
}

/** The graph's actors by every code and name they go by, made once per graph: the review asks often. */
const namesOfGraph = new WeakMap<GraphFile, ActorsByName>();

function actorsByName(graph: GraphFile): ActorsByName {
	let known = namesOfGraph.get(graph);
	if (!known) {
		known = { codes: new Map(), names: new Map() };
		const add = (map: Map<string, Actor>, key: string | undefined, actor: Actor) => {
			if (key !== undefined && !map.has(key)) map.set(key, actor);
		};
		for (const actor of graph.actors) {
			add(known.codes, actor.iso3166, actor);
			for (const name of [actor.name, actor.fullName, ...(actor.aliases ?? [])]) {
				add(known.names, name === undefined ? undefined : comparable(name), actor);
			}
		}
		for (const actor of graph.actors) add(known.codes, actor.code, actor);
		namesOfGraph.set(graph, known);
	}
	return known;
}

/**
 * The graph's actor a report's actor is, if the graph has it: the one the
 * reading found (while it is still there), else a state with its ISO code,
 * else an actor known by the same name, full name or alias. Asked again at
 * each acceptance, so an actor added by one acceptance is the next one's.
 */
export function actorInGraph(graph: GraphFile, proposed: ProposedActor): Actor | undefined {
	const found = proposed.graphId && graph.actors.find((actor) => actor.id === proposed.graphId);
	if (found) return found;
	const known = actorsByName(graph);
	const state = proposed.iso3166 ? known.codes.get(proposed.iso3166) : undefined;
	return state ?? known.names.get(comparable(proposed.name));
}

/**
 * The actor a report's actor becomes, its id made from its name as the
 * actor form makes it (`north-korea`). A state takes its ISO 3166 code, also
 * drawn in its circle; an international body its short name (`UN`, `NATO`).
 */
export function newActorOf(proposed: ProposedActor, graph: GraphFile): Actor {
	const name = proposed.name.trim().slice(0, 80).trim();
	const actor: Actor = { id: newActorId(name, graph), name, kind: proposed.kind };
	const iso = proposed.iso3166?.toUpperCase();
	if (proposed.kind === 'state' && iso && /^[A-Z]{2,3}$/.test(iso)) {
		actor.iso3166 = iso;
		actor.code = iso;
	} else if (proposed.kind === 'organization' && /^[A-Za-z0-9]{1,5}$/.test(proposed.key)) {
		actor.code = proposed.key.toUpperCase();
	}
	return actor;
}

/** The graph with a report's actor in it; the graph as it was if it has the actor already. */
export function acceptActor(graph: GraphFile, proposed: ProposedActor): GraphFile {
	return actorInGraph(graph, proposed) ? graph : addActor(graph, newActorOf(proposed, graph));
}

/** The id of a report's actor in the graph, the actor added first if it is new. */
export function withActor(
	graph: GraphFile,
	proposed: ProposedActor
): { graph: GraphFile; id: string } {
	const known = actorInGraph(graph, proposed);
	if (known) return { graph, id: known.id };
	const actor = newActorOf(proposed, graph);
	return { graph: addActor(graph, actor), id: actor.id };
}
