import type { ReadNetwork } from './network';

/** A file a graphology parser refused, said in the analyst's words: "could not be read as GEXF (…)". */
export function unreadableNetwork(format: string, origin: string, error: unknown): ReadNetwork {
	const reason = (error instanceof Error ? error.message : String(error)).replace(
		/^graphology-\w+\/parser: /,
		''
	);
	return {
		ok: false,
		problems: [{ origin, place: '', message: `could not be read as ${format} (${reason})` }]
	};
}
