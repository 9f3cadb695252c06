/**
 * How much a file may hold before Ties refuses to open it. The limits keep a
 * hostile or broken file from freezing the page; real graph files stay far
 * below them (the example is 40 kB, five levels deep, its longest text 3,000
 * characters).
 */

/** A graph file or CSV larger than this is refused before it is read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * The longest text (or field name) a graph file may hold, in characters. A
 * source's `archivedText` is left to the schema, which sets its own limit.
 */
export const MAX_TEXT_LENGTH = 1_000_000;

/** How deeply arrays and objects may nest. A graph file needs five levels. */
export const MAX_DEPTH = 100;

/**
 * Why a graph of `bytes` is refused, said the same for a file, an address or
 * a text: `is 20.1 MB: Ties opens files of up to 20 MB`. Without `bytes`, the
 * size is known only to be over the limit (a download cut off there).
 */
export function tooLarge(bytes?: number): string {
	const size = bytes === undefined ? `more than ${megabytes(MAX_FILE_BYTES)}` : megabytes(bytes);
	return `is ${size}: Ties opens files of up to ${megabytes(MAX_FILE_BYTES)}`;
}

/** Megabytes to one decimal, rounded up: a file just over the limit never reads as at it. */
function megabytes(bytes: number): string {
	const tenths = Math.ceil((bytes * 10) / (1024 * 1024)) / 10;
	return `${tenths.toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}
