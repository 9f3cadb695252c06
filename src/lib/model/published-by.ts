import { latestDay, type PartialDate } from './partial-date';
import type { Source } from './schema';

/**
 * Whether a source (and so the evidence that cites it) certainly existed by
 * `asOf`: its publication date, at its own precision, ended by then. A source
 * "published 2023" has not certainly appeared by 30 Jun 2023, so evidence is
 * never credited to a date before it could be read.
 */
export function publishedBy(source: Pick<Source, 'published'>, asOf: PartialDate): boolean {
	return latestDay(source.published) <= latestDay(asOf);
}
