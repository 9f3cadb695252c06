import { readFileSync } from 'node:fs';
import type { GraphFile } from '$lib/model/schema';

/** The example network, as the form tests start from it. */
export const example: GraphFile = JSON.parse(
	readFileSync(new URL('../../../static/graphs/dprk-prc-russia-un.json', import.meta.url), 'utf8')
);
