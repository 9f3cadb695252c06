import { asset } from '$app/paths';
import { fileNameFor } from '$lib/export/file-name';
import { saveFile } from '$lib/export/save-file';
import type { GraphFile } from '$lib/model/schema';
import { embedGraph } from './graph-element';

/** Where the site keeps the pack template (written by scripts/build-pack.mjs). */
const TEMPLATE = '/pack-template.html';

/**
 * Saves the briefing pack of `graph`: the site's pack template, fetched now
 * (never with the page), with the graph written into it. Browser only.
 */
export async function saveBriefingPack(graph: GraphFile): Promise<void> {
	let response: Response;
	try {
		response = await fetch(asset(TEMPLATE));
	} catch (error) {
		throw new Error(
			`The briefing pack template could not be loaded (${(error as Error).message})`,
			{
				cause: error
			}
		);
	}
	if (!response.ok) {
		throw new Error(
			`The briefing pack template could not be loaded (HTTP ${response.status}): the site is built without it`
		);
	}
	const pack = embedGraph(await response.text(), graph);
	saveFile(
		new Blob([pack], { type: 'text/html;charset=utf-8' }),
		fileNameFor(graph, 'briefing.html')
	);
}
