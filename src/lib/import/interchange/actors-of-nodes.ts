import { ACTOR_CODE_PATTERN, ISO_3166_PATTERN, isGraphId } from '$lib/model/field-patterns';
import { ActorKindSchema, type Actor, type ActorKind } from '$lib/model/schema';
import { slugId } from '../slug-id';
import type { InterchangeNode } from './network';
import { AttributeNames, textOf } from './attribute-names';
import { UnkeptAttributes } from './unkept-attributes';

/** What the graph file has a place for, by the names tools give it (compared in lower case). */
const NAME = ['label', 'name', 'title'];
const KIND = ['kind'];
const ISO = ['iso3166', 'iso', 'iso2', 'iso3', 'iso_a2', 'iso_a3', 'iso code', 'country code'];
const CODE = ['code'];
const FULL_NAME = ['fullname', 'full name'];
const ALIASES = ['aliases'];
const KEPT = new Set([...NAME, ...KIND, ...ISO, ...CODE, ...FULL_NAME, ...ALIASES, 'id', 'x', 'y']);

const NAME_LENGTH = 80;
const FULL_NAME_LENGTH = 200;

export interface ActorsOfNodes {
	actors: Actor[];
	/** The actor id of each node id. */
	ids: Map<string, string>;
	/** Node ids that were not actor ids, with the id each was given. */
	renamed: { from: string; to: string }[];
	/** Actors that are states because the file gives them an ISO code. */
	states: number;
	positioned: number;
	unkept: UnkeptAttributes;
}

/**
 * The actors of a file's nodes, in its order: an id that is already a valid
 * actor id is kept, any other is made into one as a CSV's names are
 * (`Napoleon` → `napoleon`) and reported; the name is the label (or the id);
 * the kind is the file's `kind` when it is one of Ties', a state when the
 * node has an ISO 3166 code, else "other", as a CSV's actors are.
 */
export function actorsOfNodes(nodes: readonly InterchangeNode[]): ActorsOfNodes {
	const taken = new Set<string>();
	for (const node of nodes) if (isGraphId(node.id)) taken.add(node.id);
	const ids = new Map<string, string>();
	const renamed: ActorsOfNodes['renamed'] = [];
	const unkept = new UnkeptAttributes();
	let states = 0;
	let positioned = 0;
	// Each node is asked only for the names the file's nodes use.
	const names = new AttributeNames(nodes.map((node) => node.attributes));
	const asked = names.usedOf({ NAME, KIND, ISO, CODE, FULL_NAME, ALIASES });
	const countUnkept = names.usesOtherThan(KEPT);
	const actors = nodes.map((node): Actor => {
		let id = node.id;
		if (!isGraphId(id)) {
			id = slugId(id, 'actor', taken);
			renamed.push({ from: node.id, to: id });
		}
		ids.set(node.id, id);
		const attributes = names.of(node.attributes);
		const label =
			(node.label ?? textOf(attributes, asked.NAME) ?? '').trim() || node.id.trim() || id;
		const fullName =
			textOf(attributes, asked.FULL_NAME) ?? (label.length > NAME_LENGTH ? label : '');
		const written = textOf(attributes, asked.ISO)?.toUpperCase();
		const iso = written && ISO_3166_PATTERN.test(written) ? written : undefined;
		const code = textOf(attributes, asked.CODE);
		const aliases = textOf(attributes, asked.ALIASES);
		// Fields in the schema's order: the check keeps the actor as it is made (see quickShape).
		const actor = { id, name: clipped(label, NAME_LENGTH) } as Actor;
		if (fullName) actor.fullName = clipped(fullName, FULL_NAME_LENGTH);
		actor.kind = kindOf(textOf(attributes, asked.KIND)) ?? (iso ? 'state' : 'other');
		if (iso) actor.iso3166 = iso;
		if (code && ACTOR_CODE_PATTERN.test(code)) actor.code = code;
		if (aliases) actor.aliases = splitList(aliases);
		if (actor.kind === 'state' && iso) states++;
		if (node.position) {
			actor.position = node.position;
			positioned++;
		}
		if (countUnkept) unkept.add(node.attributes, KEPT);
		return actor;
	});
	return { actors, ids, renamed, states, positioned, unkept };
}

const KINDS: ReadonlySet<string> = new Set(ActorKindSchema.options);

function kindOf(text: string | undefined): ActorKind | undefined {
	const kind = text?.toLowerCase();
	return kind !== undefined && KINDS.has(kind) ? (kind as ActorKind) : undefined;
}

/** `a | b; c` → `['a', 'b', 'c']`, each short enough for the schema, at most 50. */
function splitList(text: string): string[] {
	return text
		.split(/[|;]/)
		.map((part) => clipped(part.trim(), FULL_NAME_LENGTH))
		.filter((part) => part !== '')
		.slice(0, 50);
}

function clipped(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
