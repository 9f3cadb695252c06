/** What the library says when the browser agreed to keep it (persistent storage). */
export const KEPT_NOTE =
	'This browser has agreed to keep your library: it will not clear it to free space.';

/** What the library says when the browser may clear it to free space. */
export const MAY_BE_CLEARED_NOTE =
	'This browser has not agreed to keep your library for good: it may clear it when space runs low. Download the graphs you cannot lose (Export → Graph file).';

/**
 * Asks the browser to keep the library for good (persistent storage), once:
 * what it answered, in words, or nothing where the browser cannot say.
 * Browsers decide by their own rules (an installed or bookmarked site, one
 * visited often); a library that may be cleared is said to be.
 */
export async function keepingNote(
	storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage
): Promise<string | undefined> {
	if (typeof storage?.persist !== 'function') return undefined;
	try {
		const kept = (await storage.persisted()) || (await storage.persist());
		return kept ? KEPT_NOTE : MAY_BE_CLEARED_NOTE;
	} catch {
		return undefined;
	}
}
