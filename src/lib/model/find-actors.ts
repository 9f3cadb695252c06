import type { Actor } from './schema';

/** An actor found by the Find field, and the name or alias that matched. */
export interface FoundActor {
	actor: Actor;
	/** The text that matched, when it is not the actor's name (an alias or the full name). */
	matched?: string;
}

/** Lower case, accents taken off: "Pyŏngyang" is found by "pyongyang". */
export function foldForSearch(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

/**
 * The actors whose name, full name, code or alias match what was typed, best
 * first: the whole name, then names starting with it, then a word starting
 * with it, then anywhere within. Ties go to the shorter name, then the name.
 */
export function findActors(actors: readonly Actor[], query: string, limit = 8): FoundActor[] {
	const wanted = foldForSearch(query.trim());
	if (wanted === '') return [];
	const found: { actor: Actor; matched?: string; rank: number }[] = [];
	for (const actor of actors) {
		const names = [actor.name, actor.fullName, actor.code, actor.iso3166, ...(actor.aliases ?? [])];
		let best: { rank: number; text: string } | undefined;
		for (const name of names) {
			if (!name) continue;
			const rank = rankOf(foldForSearch(name), wanted);
			if (rank !== undefined && (!best || rank < best.rank)) best = { rank, text: name };
		}
		if (best) {
			found.push({
				actor,
				rank: best.rank,
				matched: best.text === actor.name ? undefined : best.text
			});
		}
	}
	found.sort(
		(a, b) =>
			a.rank - b.rank ||
			a.actor.name.length - b.actor.name.length ||
			a.actor.name.localeCompare(b.actor.name, 'en')
	);
	return found.slice(0, limit).map(({ actor, matched }) => ({ actor, matched }));
}

function rankOf(name: string, wanted: string): number | undefined {
	if (name === wanted) return 0;
	if (name.startsWith(wanted)) return 1;
	if (name.split(/[\s\-–,.()]+/).some((word) => word.startsWith(wanted))) return 2;
	if (name.includes(wanted)) return 3;
	return undefined;
}
