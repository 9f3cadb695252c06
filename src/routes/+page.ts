import { asset } from '$app/paths';
import { loadGraph } from '$lib/model/load-graph';
import type { PageLoad } from './$types';

/** The example network, read and checked before the page is drawn. */
export const load: PageLoad = async ({ fetch }) => {
	return loadGraph(fetch, asset('/graphs/dprk-prc-russia-un.json'));
};
