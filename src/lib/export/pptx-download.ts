import type { Positions } from '$lib/layout/point';
import { indexGraph, type GraphIndex } from '$lib/model/graph-index';
import type { GraphFile } from '$lib/model/schema';
import { storyOf } from '$lib/present/story-steps';
import { fileNameFor } from './file-name';
import { buildDeck } from './pptx-deck';
import { stepPicture } from './pptx-picture';
import { saveFile } from './save-file';

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * Saves the briefing of `graph` as a PowerPoint deck, named like every
 * export (`dprk-prc-russia-un-2024-10-06.pptx`): its story, or the one told
 * a relation type at a time, drawn with the actors where `positions` puts
 * them. Browser only.
 */
export async function downloadDeck(
	graph: GraphFile,
	positions: Positions,
	index: GraphIndex = indexGraph(graph)
): Promise<void> {
	const steps = storyOf(graph, index);
	if (steps.length === 0) {
		throw new Error('Nothing to put on slides yet: the graph has no relations and no story.');
	}
	const stage = { graph, index, positions };
	const deck = await buildDeck(graph, steps, (step) => stepPicture(stage, step), index).catch(
		(error: unknown) => {
			throw new Error(`The deck could not be written: ${shortMessage(error)}`);
		}
	);
	saveFile(
		new Blob([deck as Uint8Array<ArrayBuffer>], { type: PPTX_TYPE }),
		fileNameFor(graph, 'pptx')
	);
}

/** An error's message, cut short: a writer's message may quote a whole picture. */
function shortMessage(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.length > 160 ? `${message.slice(0, 160)}…` : message;
}
