import type { GraphFile } from '$lib/model/schema';

/**
 * A link that carries a small graph itself, for a graph that lives only in
 * one browser: the graph file, compressed, in the address's fragment
 * (`#graph-data=…`). The fragment is never sent to the server that hosts
 * Ties, so the graph goes only where the link goes.
 */

const KEY = 'graph-data';
/** Links longer than this are cut by mail programs and chat apps; such a graph travels as a file. */
export const MAX_LINK_LENGTH = 8000;

/** The link to `page` with `graph` inside, or `undefined` when it would be too long to share. */
export async function linkWithGraph(page: URL, graph: GraphFile): Promise<URL | undefined> {
	const text = JSON.stringify(graph);
	// Graph files compress about tenfold at best: a larger one is not worth compressing to find out.
	if (text.length > MAX_LINK_LENGTH * 20) return undefined;
	const packed = toBase64Url(await squeeze(new TextEncoder().encode(text)));
	const link = new URL(page.pathname, page);
	link.hash = `${KEY}=${packed}`;
	return link.href.length <= MAX_LINK_LENGTH ? link : undefined;
}

/** Whether an address carries a graph. */
export function carriesGraph(url: URL): boolean {
	return new URLSearchParams(url.hash.slice(1)).has(KEY);
}

/** The graph file's text a link carries, or why it cannot be read. */
export async function graphTextOfLink(url: URL): Promise<{ text: string } | { problem: string }> {
	const packed = new URLSearchParams(url.hash.slice(1)).get(KEY) ?? '';
	const bytes = fromBase64Url(packed);
	if (!bytes) return { problem: `${KEY}: the graph in the link is damaged (not base64url)` };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(await unsqueeze(bytes)) };
	} catch {
		return { problem: `${KEY}: the graph in the link is damaged or cut short` };
	}
}

async function squeeze(bytes: Uint8Array): Promise<Uint8Array> {
	return through(bytes, new CompressionStream('deflate-raw'));
}

async function unsqueeze(bytes: Uint8Array): Promise<Uint8Array> {
	return through(bytes, new DecompressionStream('deflate-raw'));
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
	const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(piped).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
	if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
	try {
		const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
		return Uint8Array.from(binary, (char) => char.charCodeAt(0));
	} catch {
		return undefined;
	}
}
