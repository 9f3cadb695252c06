/** Text fields left empty are fields not given. */
export function optional(text: string): string | undefined {
	const trimmed = text.trim();
	return trimmed === '' ? undefined : trimmed;
}

/** "DPRK, Pyongyang" or one per line → `['DPRK', 'Pyongyang']`, each once. */
export function splitList(text: string): string[] {
	return [
		...new Set(
			text
				.split(/[,\n]/)
				.map((item) => item.trim())
				.filter(Boolean)
		)
	];
}

/** Optional fields not given are left out, as a graph file leaves them out. */
export function dropUndefined<T extends object>(record: T): T {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
