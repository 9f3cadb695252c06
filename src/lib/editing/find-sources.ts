import { foldForSearch } from '$lib/model/find-actors';
import type { Source } from '$lib/model/schema';

/**
 * The sources whose title, publisher or id contain every word typed, those
 * whose title starts with it first. Nothing typed: the latest added, as the
 * source of a new piece of evidence is most often one just cited.
 */
export function findSources(sources: readonly Source[], query: string, limit = 8): Source[] {
	const words = foldForSearch(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return sources.slice(-limit).reverse();
	const found: { source: Source; rank: number }[] = [];
	for (const source of sources) {
		const title = foldForSearch(source.title);
		const text = `${title} ${foldForSearch(source.publisher)} ${source.id}`;
		if (!words.every((word) => text.includes(word))) continue;
		found.push({ source, rank: title.startsWith(words[0]) ? 0 : 1 });
	}
	found.sort((a, b) => a.rank - b.rank || a.source.title.localeCompare(b.source.title, 'en'));
	return found.slice(0, limit).map(({ source }) => source);
}
