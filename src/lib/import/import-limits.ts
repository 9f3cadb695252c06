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
