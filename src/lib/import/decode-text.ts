/** A file's bytes as text, with a note when they were not UTF-8; or why they cannot be read. */
export type DecodedText = { text: string; note?: string } | { problem: string };

/**
 * Decodes a file's bytes. UTF-8 first (a byte-order mark is dropped), and
 * UTF-16 when its byte-order mark says so (Excel's "Unicode text"). A CSV
 * that is not UTF-8 was most likely saved by Excel as "CSV" in the Windows
 * code page: it is read as Windows-1252, and the analyst is told. A graph
 * file is JSON, always UTF-8: anything else is refused.
 */
export function decodeText(bytes: Uint8Array, kind: 'json' | 'csv'): DecodedText {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode(bytes, 'utf-16le') };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode(bytes, 'utf-16be') };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		if (kind === 'json') {
			return { problem: 'is not UTF-8 text: a graph file is JSON, saved as UTF-8' };
		}
		return {
			text: decode(bytes, 'windows-1252'),
			note: 'was not saved as UTF-8, so it was read as Windows-1252 (Excel’s “CSV”): check accented letters, and save as “CSV UTF-8” next time.'
		};
	}
}

function decode(bytes: Uint8Array, encoding: string): string {
	return new TextDecoder(encoding).decode(bytes);
}
