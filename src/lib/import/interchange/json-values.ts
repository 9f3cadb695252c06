/** A plain object of a parsed JSON file. */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An id as a file may write it (`"Napoleon"`, `12`), as a string; undefined when it is none. */
export function idOf(value: unknown): string | undefined {
	if (typeof value === 'string' && value !== '') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	// d3's simulation replaces a link's ends by the nodes themselves; a file saved after it holds them.
	if (isRecord(value) && value.id !== undefined && !isRecord(value.id)) return idOf(value.id);
	return undefined;
}

/** The fields of `record` but those named. */
export function without(
	record: Record<string, unknown>,
	names: readonly string[]
): Record<string, unknown> {
	return Object.fromEntries(Object.entries(record).filter(([name]) => !names.includes(name)));
}
