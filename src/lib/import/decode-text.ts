/** A file's bytes as text, with a note when they were not UTF-8; or why they cannot be read. */
export type DecodedText = { text: string; note?: string } | { problem: string };

/**
 * Decodes a file's bytes. UTF-8 first (a byte-order mark is dropped), and
 * UTF-16 when its byte-order mark says so (Excel's "Unicode text"), or when
 * its zero bytes do: a file saved as UTF-16 without the mark is read as
 * such, with a note. A CSV that is not UTF-8 was most likely saved by Excel
 * as "CSV" in the Windows code page: it is read as Windows-1252, and the
 * analyst is told. A graph file (JSON, GEXF, GraphML) not in UTF-8 or
 * UTF-16 is refused.
 */
export function decodeText(bytes: Uint8Array, kind: 'json' | 'xml' | 'csv'): DecodedText {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode(bytes, 'utf-16le') };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode(bytes, 'utf-16be') };
	const utf16 = utf16Without(bytes);
	if (utf16) {
		return {
			text: decode(bytes, utf16),
			note: `was saved as UTF-16 (${utf16 === 'utf-16le' ? 'little' : 'big'}-endian) without a byte-order mark, and read as such: check its letters, and save as UTF-8 next time.`
		};
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		if (kind === 'json') {
			return { problem: 'is not UTF-8 text: a graph file is JSON, saved as UTF-8' };
		}
		if (kind === 'xml') {
			return { problem: 'is not UTF-8 or UTF-16 text: save it as UTF-8 and open it again' };
		}
		return {
			text: decode(bytes, 'windows-1252'),
			note: 'was not saved as UTF-8, so it was read as Windows-1252 (Excel’s “CSV”): check accented letters, and save as “CSV UTF-8” next time.'
		};
	}
}

/**
 * Which UTF-16 the bytes are in when they carry no byte-order mark: text
 * mostly of Latin letters has a zero in every other byte, which no UTF-8 or
 * Windows-1252 text has. Judged on the first 4,000 bytes.
 */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	const length = Math.min(bytes.length, 4000) & ~1;
	if (length < 4) return undefined;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < length; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	const pairs = length / 2;
	if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
	if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
	return undefined;
}

function decode(bytes: Uint8Array, encoding: string): string {
	return new TextDecoder(encoding).decode(bytes);
}
