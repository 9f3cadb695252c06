import type { InterchangeNetwork } from './network';
import type { ActorsOfNodes } from './actors-of-nodes';
import { TIE, type RelationsOfEdges } from './relations-of-edges';
import { grouped } from '$lib/model/count-words';

const SHOWN = 3;

/**
 * What the analyst should know of a network opened from another tool: that
 * its relations have no evidence yet, which ids were changed and how, what
 * the actors' kinds and the relations' types were made from, and which of
 * the file's attributes the graph file has no place for.
 */
export function networkNotes(
	network: InterchangeNetwork,
	origin: string,
	today: string,
	actors: ActorsOfNodes,
	relations: RelationsOfEdges
): string[] {
	const notes: string[] = [];
	const count = relations.relations.length;
	if (count > 0) {
		notes.push(
			`${origin} is a ${network.format} file: it gives no evidence, so ${count === 1 ? 'its relation cites' : `each of its ${grouped(count)} relations cites`} the file itself, dated ${today}, the day it was opened, with a note saying so, and stands as reported: add sources before briefing from it.`
		);
	}
	if (actors.renamed.length > 0) {
		const shown = actors.renamed
			.slice(0, SHOWN)
			.map(({ from, to }) => `"${from.slice(0, 60)}" → ${to}`)
			.join(', ');
		const more = actors.renamed.length - SHOWN;
		notes.push(
			`${grouped(actors.renamed.length)} node ${actors.renamed.length === 1 ? 'id was' : 'ids were'} not an actor id (lower-case letters, digits, ".", "_" or "-"), so ${actors.renamed.length === 1 ? 'it was' : 'each was'} made into one: ${shown}${more > 0 ? ` and ${grouped(more)} more` : ''}.`
		);
	}
	const others = actors.actors.filter((actor) => actor.kind === 'other').length;
	if (others > 0) {
		notes.push(
			`${others === actors.actors.length ? `Each of the ${grouped(others)} actors is` : `${grouped(others)} actors are`} of kind "other", as the file does not say${actors.states > 0 ? `; ${actors.states} with an ISO country code are states` : ''}.`
		);
	}
	const declared = relations.types.declared.map((type) => type.label);
	const named = declared.filter((label) => label !== TIE);
	const untyped = declared.includes(TIE);
	if (named.length === 0 && untyped) {
		notes.push(`The file names no relation types: each relation is of a new type, "${TIE}".`);
	} else if (named.length > 0) {
		notes.push(
			`New relation ${named.length === 1 ? 'type' : 'types'} made from the file: ${named.map((label) => `"${label}"`).join(', ')}${untyped ? `; those it gives no type are of a new type, "${TIE}"` : ''}.`
		);
	}
	if (actors.positioned > 0) {
		notes.push(
			`The file's positions were kept for ${actors.positioned === actors.actors.length ? `all ${actors.positioned} actors` : `${actors.positioned} of the ${actors.actors.length} actors`}.`
		);
	}
	const unkept = [
		actors.unkept.size > 0 ? `on nodes, ${actors.unkept.describe('node')}` : '',
		relations.unkept.size > 0
			? `on ${network.edgeWord}s, ${relations.unkept.describe(network.edgeWord)}`
			: ''
	].filter((part) => part !== '');
	if (unkept.length > 0) {
		notes.push(`Attributes a Ties graph has no place for were not kept: ${unkept.join('; ')}.`);
	}
	return notes;
}
