import type { ActorKind } from '$lib/model/schema';

const RADIUS: Record<ActorKind, number> = { state: 26, organization: 22, person: 16, other: 16 };

/** The circle of an actor: states are drawn larger than organizations and people. */
export function actorRadius(kind: ActorKind): number {
	return RADIUS[kind];
}
