import { uniqueId } from '$lib/editing/unique-id';
import { ActorSchema, type Actor, type ActorKind, type GraphFile } from '$lib/model/schema';
import { addIssues, type FieldErrors } from './field-errors';
import { dropUndefined, optional, splitList } from './form-values';

/** An actor as its form holds it: text as typed. */
export interface ActorFields {
	id: string;
	name: string;
	fullName: string;
	/** One of the kinds; checked, like the rest, when saved. */
	kind: string;
	iso3166: string;
	code: string;
	/** One alias per line or separated by commas. */
	aliases: string;
}

export const ACTOR_LABELS: Record<keyof ActorFields, string> = {
	id: 'Id',
	name: 'Name',
	fullName: 'Full name',
	kind: 'Kind',
	iso3166: 'ISO code',
	code: 'Short code',
	aliases: 'Aliases'
};

export const ACTOR_KINDS: { kind: ActorKind; label: string }[] = [
	{ kind: 'state', label: 'State' },
	{ kind: 'organization', label: 'Organization' },
	{ kind: 'person', label: 'Person' },
	{ kind: 'other', label: 'Other' }
];

/** The fields of an actor's form: the actor's own, or empty for a new one. */
export function actorFields(actor?: Actor): ActorFields {
	return {
		id: actor?.id ?? '',
		name: actor?.name ?? '',
		fullName: actor?.fullName ?? '',
		kind: actor?.kind ?? 'state',
		iso3166: actor?.iso3166 ?? '',
		code: actor?.code ?? '',
		aliases: actor?.aliases?.join(', ') ?? ''
	};
}

/** The id a new actor gets from its name: `south-korea`, or `south-korea-2` when taken. */
export function newActorId(name: string, graph: GraphFile): string {
	return uniqueId(name, new Set(graph.actors.map((actor) => actor.id)), 'actor');
}

/**
 * The actor a form describes, or what is wrong with it, field by field.
 * `editing`: the id of the actor being changed; none for a new one, whose id
 * is made from its name.
 */
export function actorFromForm(
	fields: ActorFields,
	graph: GraphFile,
	editing?: string
): { actor: Actor } | { errors: FieldErrors } {
	const id = editing === undefined ? newActorId(fields.name, graph) : fields.id.trim();
	const before = editing === undefined ? undefined : graph.actors.find((a) => a.id === editing);
	const aliases = splitList(fields.aliases);
	const candidate = {
		id,
		name: fields.name.trim(),
		fullName: optional(fields.fullName),
		kind: fields.kind,
		// ISO codes are capitals by definition: "prk" is taken to mean PRK.
		iso3166: optional(fields.iso3166)?.toUpperCase(),
		code: optional(fields.code),
		aliases: aliases.length > 0 ? aliases : undefined,
		// Where the analyst placed the actor is not the form's business: it stays.
		position: before?.position,
		pinned: before?.pinned
	};
	const errors: FieldErrors = {};
	if (id !== editing && graph.actors.some((actor) => actor.id === id)) {
		errors.id = `Id: another actor already has the id "${id}".`;
	}
	const parsed = ActorSchema.safeParse(dropUndefined(candidate), { reportInput: true });
	if (parsed.success && Object.keys(errors).length === 0) return { actor: parsed.data };
	if (!parsed.success) {
		addIssues(
			errors,
			parsed.error.issues,
			(path) => fieldOfActor(path, editing === undefined),
			(field) => ACTOR_LABELS[field as keyof ActorFields]
		);
	}
	return { errors };
}

/** A new actor's id is made from its name: what is wrong with it is said next to the name. */
function fieldOfActor(path: string, isNew: boolean): string | undefined {
	const field = path.replace(/\[\d+\]$/, '');
	if (field === 'id' && isNew) return 'name';
	return field in ACTOR_LABELS ? field : undefined;
}
