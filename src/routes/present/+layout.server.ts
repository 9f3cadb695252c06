import { asset } from '$app/paths';
import { loadGraph } from '$lib/model/load-graph';
import type { LayoutServerLoad } from './$types';

/** The example network, read and checked at build time, as on the explorer's page. */
export const load: LayoutServerLoad = async ({ fetch }) => {
	return loadGraph(fetch, asset('/graphs/dprk-prc-russia-un.json'));
};
