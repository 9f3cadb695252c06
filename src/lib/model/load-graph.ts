import { decodeText } from '$lib/import/decode-text';
import { MAX_FILE_BYTES, tooLarge } from '$lib/import/import-limits';
import { openGraphText } from '$lib/import/read-graph-text';
import type { GraphProblem } from './graph-problem';
import type { GraphFile } from './schema';

/** A graph a page opens, checked, or every problem; `url` names where it came from. */
export type LoadedGraph =
	| { graph: GraphFile; problems?: undefined; url: string }
	| { graph?: undefined; problems: GraphProblem[]; url: string };

/**
 * Fetches a graph file (or a plain node-link file) and reads it as a file
 * the analyst opened is read, with the same guards and the same problems,
 * each led by `url`. A failed request is a problem like any other, never
 * thrown; a download larger than a file may be is cut off.
 */
export async function loadGraph(fetcher: typeof fetch, url: string): Promise<LoadedGraph> {
	const refusedAs = (message: string): LoadedGraph => ({
		url,
		problems: [{ origin: url, place: '', message }]
	});
	// A file from the web is as often another tool's network: its reader loads while the file downloads.
	void import('$lib/import/interchange/open-json-network').catch(() => undefined);
	let body: Uint8Array | { tooLarge: number | undefined };
	try {
		const response = await fetcher(url);
		if (!response.ok) return refusedAs(`could not be loaded (HTTP ${response.status})`);
		body = await bodyOf(response);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return refusedAs(`could not be loaded (${reason})`);
	}
	if ('tooLarge' in body) return refusedAs(tooLarge(body.tooLarge));
	const decoded = decodeText(body, 'json');
	if ('problem' in decoded) return refusedAs(decoded.problem);
	const opened = await openGraphText(decoded.text, url);
	return opened.ok ? { url, graph: opened.graph } : { url, problems: opened.problems };
}

/**
 * The bytes of a response, or its size when it is larger than a file may
 * be: said by its Content-Length before any is read, or found while reading
 * (a compressed response says less), where the reading stops.
 */
async function bodyOf(response: Response): Promise<Uint8Array | { tooLarge: number | undefined }> {
	const declared = Number(response.headers.get('content-length') ?? NaN);
	if (declared > MAX_FILE_BYTES) {
		await response.body?.cancel();
		return { tooLarge: declared };
	}
	if (!response.body) return new Uint8Array(await response.arrayBuffer());
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let length = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		length += value.byteLength;
		if (length > MAX_FILE_BYTES) {
			await reader.cancel();
			return { tooLarge: undefined };
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(length);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}
