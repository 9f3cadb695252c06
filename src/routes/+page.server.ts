import { asset } from '$app/paths';
import { loadGraph } from '$lib/model/load-graph';
import type { PageServerLoad } from './$types';

/**
 * The example network, read and checked when the site is built: the page
 * carries it as data, so the browser needs no validator to open it.
 */
export const load: PageServerLoad = async ({ fetch }) => {
	return loadGraph(fetch, asset('/graphs/dprk-prc-russia-un.json'));
};
